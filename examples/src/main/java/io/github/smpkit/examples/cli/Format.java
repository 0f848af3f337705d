package io.github.smpkit.examples.cli;

import java.util.Locale;
import java.util.Optional;

/** The output formats of the command. */
enum Format {
  TEXT, MARKDOWN, JSON;

  static Optional<Format> parse(String name) {
    for (Format f : values()) {
      if (f.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
