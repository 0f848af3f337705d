package io.github.smpkit.sheets;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonProblem;
import io.github.smpkit.json.RecordResult;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.json.SmpJsonException;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Partnership files by extension, for command lines and scripts that convert between the forms
 * smpkit reads and writes: {@code .json} (one document, or an array of them), {@code .jsonl}
 * (JSON Lines, one document per line), {@code .xlsx} (the workbook of {@link SmpSheets}) and,
 * for writing only, {@code .csv} (the flat table of {@link PartnershipCsv}).
 *
 * <p>Reading collects every problem of the file before failing, and returns nothing while there
 * is one: a JSON or JSON Lines file fails with one {@link SmpJsonException} holding the problems
 * of every bad record (pointers in an array start with the element's index; JSON Lines problems
 * carry their line), a workbook with a {@link SheetsException}.
 *
 * <pre>{@code
 * int n = PartnershipFiles.convert(Path.of("catalog.jsonl"), Path.of("catalog.xlsx"));
 * }</pre>
 */
public final class PartnershipFiles {

  private PartnershipFiles() {}

  /** A kind of partnership file, known by its extension. */
  public enum Format {
    /** {@code .json}: one JSON document, or a JSON array of documents. */
    JSON(".json", true),
    /** {@code .jsonl}: JSON Lines, one compact document per line. */
    JSON_LINES(".jsonl", true),
    /** {@code .xlsx}: a workbook in the layout of {@link SmpSheets}. */
    XLSX(".xlsx", true),
    /** {@code .csv}: the flat table of {@link PartnershipCsv}, one row per partnership (written only). */
    CSV(".csv", false);

    private final String extension;
    private final boolean readable;

    Format(String extension, boolean readable) {
      this.extension = extension;
      this.readable = readable;
    }

    /** The file name extension, with its dot. */
    public String extension() {
      return extension;
    }

    /** Whether partnerships can be read from this format (CSV is written only: it keeps the typology, not everything). */
    public boolean isReadable() {
      return readable;
    }

    /**
     * The format of a file by its name's extension (case ignored).
     *
     * @throws IllegalArgumentException naming the file and the extensions known
     */
    public static Format of(Path file) {
      String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
      for (Format f : values()) {
        if (name.endsWith(f.extension)) {
          return f;
        }
      }
      throw new IllegalArgumentException("cannot tell the format of '" + file + "' from its name: use one of the"
          + " extensions .json, .jsonl, .xlsx (or .csv to write)");
    }
  }

  /**
   * Reads every partnership of the file, by its extension.
   *
   * @param file a .json, .jsonl or .xlsx file
   * @return the partnerships, in the file's order
   * @throws IllegalArgumentException when the extension is not known or the format is written only
   * @throws SmpJsonException naming every problem of a JSON or JSON Lines file
   * @throws SheetsException naming every problem of a workbook
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Partnership> read(Path file) {
    Format format = Format.of(file);
    try {
      return switch (format) {
        case XLSX -> SmpSheets.standard().read(file);
        case JSON -> readJson(file);
        case JSON_LINES -> {
          try (InputStream in = Files.newInputStream(file);
              Stream<RecordResult> records = SmpJson.standard().readLinesResults(in)) {
            yield collect(records);
          }
        }
        case CSV -> throw new IllegalArgumentException("cannot read partnerships from '" + file + "': the CSV holds"
            + " only their typology; read the .json, .jsonl or .xlsx it was made from");
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Partnership> readJson(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      if (firstSignificant(in) == '[') {
        try (Stream<RecordResult> records = SmpJson.standard().readArrayResults(in)) {
          return collect(records);
        }
      }
      return List.of(SmpJson.standard().read(in));
    }
  }

  /** The first byte that is not white space or a UTF-8 byte-order mark, leaving the stream where it was. */
  private static int firstSignificant(InputStream in) throws IOException {
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int b = in.read();
        if (b < 0 || !(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF)) {
          return b;
        }
      }
      return -1;
    } finally {
      in.reset();
    }
  }

  private static List<Partnership> collect(Stream<RecordResult> records) {
    List<Partnership> result = new ArrayList<>();
    List<JsonProblem> problems = new ArrayList<>();
    records.forEach(r -> {
      r.partnership().ifPresent(result::add);
      r.failure().ifPresent(f -> problems.addAll(f.problems()));
    });
    if (!problems.isEmpty()) {
      throw new SmpJsonException(problems);
    }
    return List.copyOf(result);
  }

  /**
   * Writes the partnerships to the file, by its extension, replacing it: {@code .json} holds one
   * document when there is exactly one partnership and an array otherwise.
   *
   * @param partnerships the partnerships, in order
   * @param file a .json, .jsonl, .xlsx or .csv file
   * @throws IllegalArgumentException when the extension is not known
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(List<Partnership> partnerships, Path file) {
    Objects.requireNonNull(partnerships, "partnerships");
    Format format = Format.of(file);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (format == Format.XLSX) {
        SmpSheets.standard().write(partnerships, out);
        return;
      }
      Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      switch (format) {
        case JSON -> {
          if (partnerships.size() == 1) {
            SmpJson.standard().write(partnerships.get(0), text);
          } else {
            SmpJson.standard().writeArray(partnerships, text);
          }
        }
        case JSON_LINES -> SmpJson.standard().writeLines(partnerships, text);
        case CSV -> PartnershipCsv.write(partnerships, text);
        case XLSX -> throw new IllegalStateException("written above");
      }
      text.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads every partnership of {@code in} and writes them to {@code out}, each by its extension;
   * nothing is written when reading fails.
   *
   * @param in a .json, .jsonl or .xlsx file
   * @param out a .json, .jsonl, .xlsx or .csv file
   * @return how many partnerships were converted
   * @throws IllegalArgumentException when an extension is not known, or {@code in} is a CSV
   * @throws SmpJsonException naming every problem of a JSON or JSON Lines input
   * @throws SheetsException naming every problem of a workbook input
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static int convert(Path in, Path out) {
    Format.of(out);
    List<Partnership> partnerships = read(in);
    write(partnerships, out);
    return partnerships.size();
  }
}
