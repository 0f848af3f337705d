package io.github.smpkit.core.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled RFC 4180 code-list files (header row, quotes only where needed). */
final class Csv {

  private Csv() {}

  /** Reads a bundled resource of this package, without its header row. */
  static List<List<String>> read(String resource) {
    InputStream in = Csv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("code list resource missing from the jar: " + resource);
    }
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty()) {
          rows.add(split(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read code list " + resource, e);
    }
    return rows;
  }

  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
