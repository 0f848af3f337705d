package io.github.smpkit.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats of the command. */
enum Format {
  /** Text for a terminal (the default). */
  TEXT,
  /** Markdown, for a wiki or a pull request. */
  MARKDOWN,
  /** One JSON document with every report, the problems of what could not be read, and the summary. */
  JSON,
  /** One row per finding of every report, for pandas and R. */
  CSV;

  static Optional<Format> parse(String name) {
    for (Format f : values()) {
      if (f.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The names a user types, for messages: {@code text, markdown, json or csv}. */
  static String names() {
    String all = Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
