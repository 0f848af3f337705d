package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares text with a checked-in file; on a difference writes the actual text to target/golden for review. */
final class Golden {

  private Golden() {}

  static void assertMatchesResource(String resource, String actual) {
    String expected;
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!actual.equals(expected)) {
      save(resource, actual);
    }
    assertEquals(expected, actual, "differs from " + resource + "; the actual text is in target/golden");
  }

  static void save(String name, String actual) {
    try {
      Path out = Path.of("target", "golden", Path.of(name).getFileName().toString());
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
