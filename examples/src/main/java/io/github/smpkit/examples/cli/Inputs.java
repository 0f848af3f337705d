package io.github.smpkit.examples.cli;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonProblem;
import io.github.smpkit.json.RecordResult;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.json.SmpJsonException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the partnership files under the paths given and reads them, keeping every failure with its file. */
final class Inputs {

  /**
   * What one file gave: the partnerships read, and the problems of what could not be read.
   *
   * @param path the file
   * @param partnerships the partnerships read from it
   * @param problems one line per problem, empty when everything was read
   */
  record Loaded(Path path, List<Partnership> partnerships, List<String> problems) {
    Loaded {
      partnerships = List.copyOf(partnerships);
      problems = List.copyOf(problems);
    }
  }

  private final SmpJson json = SmpJson.defaults();

  /** The files a path stands for: itself, or the *.json and *.jsonl files of a directory tree, sorted. */
  static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).filter(p -> {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl");
      }).sorted().collect(Collectors.toList());
    }
  }

  /** Reads one file: a JSON object, a JSON array of objects, or JSON Lines ({@code .jsonl}). */
  Loaded read(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Loaded(path, List.of(), List.of("cannot read the file: " + describe(e)));
    }
    List<Partnership> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean lines = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    if (lines || text.stripLeading().startsWith("[")) {
      try (Reader in = new StringReader(text);
          Stream<RecordResult> records = lines ? json.readLinesResults(in) : json.readArrayResults(in)) {
        records.forEach(r -> {
          r.partnership().ifPresent(read::add);
          r.failure().ifPresent(f -> problems.add((lines ? "line " + r.line() : "element " + r.index())
              + ": " + problems(f)));
        });
      } catch (SmpJsonException e) {
        problems.add(problems(e));
      } catch (IOException | RuntimeException e) {
        problems.add(describe(e));
      }
    } else {
      try {
        read.add(json.read(text));
      } catch (SmpJsonException e) {
        problems.add(problems(e));
      } catch (RuntimeException e) {
        problems.add(describe(e));
      }
    }
    return new Loaded(path, read, problems);
  }

  private static String problems(SmpJsonException e) {
    return e.problems().stream().map(JsonProblem::toString).collect(Collectors.joining("; "));
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
