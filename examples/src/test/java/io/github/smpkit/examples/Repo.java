package io.github.smpkit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository and the examples module, for the tests (which run in the module folder). */
final class Repo {

  private Repo() {
  }

  /** The examples module folder. */
  static Path module() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("catalog")) ? here : here.resolve("examples");
  }

  /** The repository root. */
  static Path root() {
    return module().getParent();
  }

  /** The bundled catalogue. */
  static Path catalog() {
    return module().resolve("catalog");
  }

  /** The runtime class path of smpkit as the build wrote it, with the module's own classes first. */
  static String classPath() {
    try {
      String deps = Files.readString(module().resolve("target/classpath.txt"), StandardCharsets.UTF_8).trim();
      return module().resolve("target/classes") + java.io.File.pathSeparator + deps;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
