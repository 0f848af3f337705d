package io.github.smpkit.json;

import io.github.smpkit.core.Partnership;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Partnerships read from files, together with everything that could not be read: a loader that
 * keeps what it can use and says precisely what it cannot (file, line, column, JSON pointer,
 * message), after Strata's {@code ValueWithFailures}. A bad record never hides the good ones.
 *
 * <pre>{@code
 * Partnerships loaded = Partnerships.load(Path.of("examples/catalog"));
 * loaded.failures().forEach(System.err::println);   // catalog/x.json:7:15: /status: unknown ...
 * List<Partnership> partnerships = loaded.partnerships();
 * }</pre>
 *
 * <p>What is read, by the file's name: a {@code .jsonl} file is JSON Lines (one compact document
 * per line, blank lines skipped); any other file holds one document or, when it starts with
 * {@code [}, an array of documents. A folder stands for its {@code .json} and {@code .jsonl} files,
 * searched through its sub-folders and read in the order of their paths. Files are read as byte
 * streams in UTF-8 (a byte-order mark is skipped), never held whole: a file of any length is read
 * in bounded memory, and a record over {@link SmpJson}'s limits is a failure, not an
 * {@link OutOfMemoryError}. Invalid UTF-8 is a failure at its line and column.
 *
 * <p>Instances are immutable.
 */
public final class Partnerships {

  private final Map<Path, List<Partnership>> byFile;
  private final List<LoadFailure> failures;

  private Partnerships(Map<Path, List<Partnership>> byFile, List<LoadFailure> failures) {
    Map<Path, List<Partnership>> copy = new LinkedHashMap<>();
    byFile.forEach((file, list) -> copy.put(file, List.copyOf(list)));
    this.byFile = Collections.unmodifiableMap(copy);
    this.failures = List.copyOf(failures);
  }

  /**
   * Reads the partnerships of a file or a folder with {@link SmpJson#standard()}.
   *
   * @param path a {@code .json} or {@code .jsonl} file, or a folder of them
   * @return the partnerships read and the failures; a path that does not exist is a failure
   */
  public static Partnerships load(Path path) {
    return load(path, SmpJson.standard());
  }

  /**
   * Reads the partnerships of a file or a folder.
   *
   * @param path a {@code .json} or {@code .jsonl} file, or a folder of them
   * @param json the reader (its unknown-field policy and limits apply to every record)
   * @return the partnerships read and the failures; a path that does not exist is a failure
   */
  public static Partnerships load(Path path, SmpJson json) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(json, "json");
    Map<Path, List<Partnership>> read = new LinkedHashMap<>();
    List<LoadFailure> failures = new ArrayList<>();
    if (!Files.exists(path)) {
      read.put(path, List.of());
      failures.add(LoadFailure.unreadable(path, "no such file or folder"));
    } else if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).filter(Partnerships::isJsonFile).sorted()
            .collect(Collectors.toList());
      } catch (IOException | UncheckedIOException e) {
        failures.add(LoadFailure.unreadable(path, "cannot list the folder: " + describe(e)));
        files = List.of();
      }
      for (Path file : files) {
        readFile(file, json, read, failures);
      }
    } else {
      readFile(path, json, read, failures);
    }
    return new Partnerships(read, failures);
  }

  /**
   * Reads the partnerships of a stream (not closed), telling its layout from its first bytes: a
   * {@code [} starts an array; a <code>{</code> with more on the same line starts JSON Lines; any
   * other start is one document (typically indented, its <code>{</code> alone on the first line).
   *
   * @param in the stream, in UTF-8
   * @param name the name failures give as their file, for example {@code -} for standard input
   * @param json the reader
   * @return the partnerships read and the failures
   */
  public static Partnerships read(InputStream in, Path name, SmpJson json) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
    Map<Path, List<Partnership>> read = new LinkedHashMap<>();
    List<LoadFailure> failures = new ArrayList<>();
    read(in, name, null, json, read, failures);
    return new Partnerships(read, failures);
  }

  private static boolean isJsonFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".jsonl");
  }

  private static void readFile(Path file, SmpJson json, Map<Path, List<Partnership>> read,
      List<LoadFailure> failures) {
    boolean lines = file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    try (InputStream in = Files.newInputStream(file)) {
      read(in, file, lines ? ByteLines.Start.LINES : null, json, read, failures);
    } catch (NoSuchFileException e) {
      read.put(file, List.of());
      failures.add(LoadFailure.unreadable(file, "no such file"));
    } catch (IOException e) {
      read.put(file, List.of());
      failures.add(LoadFailure.unreadable(file, "cannot read the file: " + describe(e)));
    }
  }

  /** Reads one stream; {@code layout} null means: look at its first bytes (a .json file, a stream). */
  private static void read(InputStream in, Path file, ByteLines.Start layout, SmpJson json,
      Map<Path, List<Partnership>> read, List<LoadFailure> failures) {
    List<Partnership> found = new ArrayList<>();
    read.put(file, found);
    ByteLines bytes = new ByteLines(in);
    try {
      ByteLines.Start start = layout != null ? layout : bytes.sniff();
      if (layout == null && start == ByteLines.Start.LINES && isJsonFile(file)) {
        start = ByteLines.Start.DOCUMENT; // a .json file holds a document, even on one line
      }
      switch (start) {
        case ARRAY:
          try (Stream<RecordResult> records = json.readArrayResults(bytes.rest())) {
            records.forEach(r -> {
              r.partnership().ifPresent(found::add);
              r.failure().ifPresent(f -> f.problems().forEach(p -> failures.add(LoadFailure.of(file, p))));
            });
          }
          break;
        case LINES:
          readLines(bytes, file, json, found, failures);
          break;
        default:
          try {
            found.add(json.read(bytes.rest()));
          } catch (SmpJsonException e) {
            e.problems().forEach(p -> failures.add(LoadFailure.of(file, p)));
          }
      }
    } catch (IOException e) {
      failures.add(LoadFailure.at(file, bytes.lineNumber(), 0, "", "cannot read: " + describe(e)));
    } catch (UncheckedIOException e) {
      failures.add(LoadFailure.at(file, bytes.lineNumber(), 0, "", "cannot read: " + describe(e.getCause())));
    }
  }

  private static void readLines(ByteLines bytes, Path file, SmpJson json, List<Partnership> found,
      List<LoadFailure> failures) throws IOException {
    while (bytes.nextRecord()) {
      int line = bytes.lineNumber();
      try {
        found.add(json.read(bytes.line()));
      } catch (SmpJsonException e) {
        for (JsonProblem p : e.problems()) {
          // the parser saw one line: its line 1 is this line of the file
          int at = p.line() > 0 ? line + p.line() - 1 : line;
          failures.add(LoadFailure.at(file, at, p.line() > 0 ? p.column() : 0, p.pointer(), p.message()));
        }
      }
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return describe(e.getCause());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** {@return every partnership read, file by file, in the order of the files and of their records} */
  public List<Partnership> partnerships() {
    return byFile.values().stream().flatMap(List::stream).collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return every file read, and a path given that does not exist, each with the partnerships read
   * from it (none when it could not be read)}
   */
  public Map<Path, List<Partnership>> byFile() {
    return byFile;
  }

  /** {@return what could not be read, in the order found} */
  public List<LoadFailure> failures() {
    return failures;
  }

  /**
   * The failures of one file.
   *
   * @param file a file as {@link #byFile()} names it
   * @return its failures, in the order found
   */
  public List<LoadFailure> failures(Path file) {
    return failures.stream().filter(f -> f.file().equals(file)).collect(Collectors.toUnmodifiableList());
  }

  /** {@return whether everything was read} */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /**
   * The partnerships, when everything was read.
   *
   * @return every partnership read
   * @throws IllegalStateException naming the first failures, when something could not be read
   */
  public List<Partnership> getOrThrow() {
    if (!failures.isEmpty()) {
      throw new IllegalStateException(failures.size() + (failures.size() == 1 ? " failure" : " failures")
          + " while loading partnerships: " + failures.stream().limit(3).map(LoadFailure::toString)
              .collect(Collectors.joining("; ")) + (failures.size() > 3 ? "; ..." : ""));
    }
    return partnerships();
  }

  /** {@return one line: how many partnerships from how many files, and how many failures} */
  @Override
  public String toString() {
    int n = byFile.values().stream().mapToInt(List::size).sum();
    return "Partnerships[" + n + " read from " + byFile.size() + (byFile.size() == 1 ? " file, " : " files, ")
        + failures.size() + (failures.size() == 1 ? " failure" : " failures")
        + (failures.isEmpty() ? "" : "; first: " + failures.get(0)) + "]";
  }
}
