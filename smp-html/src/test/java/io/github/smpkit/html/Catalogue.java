package io.github.smpkit.html;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.SmpJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled catalogue of real partnerships (examples/catalog), read once for the tests. */
final class Catalogue {

  private static List<Partnership> all;

  private Catalogue() {}

  /** The catalogue folder; the tests run in the module folder. */
  static Path folder() {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.isDirectory(here.resolve("examples")) ? here : here.getParent();
    return root.resolve("examples/catalog");
  }

  /** Every partnership of the catalogue, ordered by file name. */
  static synchronized List<Partnership> all() {
    if (all == null) {
      try (Stream<Path> files = Files.list(folder())) {
        SmpJson json = SmpJson.standard();
        all = files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> read(json, f)).toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  /** One partnership of the catalogue, by id. */
  static Partnership get(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no catalogue entry " + id));
  }

  private static Partnership read(SmpJson json, Path file) {
    try {
      return json.read(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
