package io.github.smpkit.benchmarks;

import io.github.smpkit.json.SmpJson;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documents every benchmark works on, by name: {@code catalogue} is a real partnership of the
 * catalogue as it is stored ({@code examples/catalog/de-western-balkans.json}, 6.5 KB, pretty),
 * {@code complete} a generated partnership with every optional attribute present (seed 42, about
 * 15 KB, pretty).
 */
final class Documents {

  /** The catalogue document, relative to the repository root (the directory the benchmarks run in). */
  static final String CATALOGUE = "examples/catalog/de-western-balkans.json";

  private Documents() {
  }

  /**
   * The bytes of a document.
   *
   * @param name {@code catalogue} or {@code complete}
   * @return its JSON, UTF-8
   */
  static byte[] bytes(String name) {
    switch (name) {
      case "catalogue":
        return catalogue();
      case "complete":
        return SmpJson.standard().write(PartnershipGenerator.withSeed(42).complete().next())
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      default:
        throw new IllegalArgumentException("unknown document '" + name + "'; use catalogue or complete");
    }
  }

  private static byte[] catalogue() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve(CATALOGUE);
      if (Files.isRegularFile(file)) {
        try {
          return Files.readAllBytes(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("cannot find " + CATALOGUE + " from " + Path.of("").toAbsolutePath()
        + "; run the benchmarks from the repository root");
  }
}
