package io.github.smpkit.examples.cli;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.LoadFailure;
import io.github.smpkit.json.Partnerships;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code bin/smp} command: reads partnerships in smpkit's JSON format from files or folders
 * (by default the bundled catalogue of real partnerships), checks each against the essential
 * elements of the IOM guidance (IOM SMP Guidance 2023, ch. 3 to 12) and prints, for each, the
 * table of the ten elements and the findings, then a portfolio summary.
 *
 * <p>Exit status: {@value #OK} when no partnership has a breach at or above the {@code --fail-on}
 * severity (default {@code error}); {@value #BREACHES} when one has; {@value #USAGE} on a usage
 * error, when an input could not be read or when a rule failed to run. Open questions (facts not
 * recorded) never change the exit status. A file that cannot be read is reported with its path and
 * the JSON problems, and the other files are still checked.
 */
public final class SmpCommand {

  /** Exit status when no breach at or above the {@code --fail-on} severity was found. */
  public static final int OK = 0;
  /** Exit status when a breach at or above the {@code --fail-on} severity was found. */
  public static final int BREACHES = 1;
  /** Exit status for a usage error, an input that could not be read or a rule that failed. */
  public static final int USAGE = 2;

  /** The system property naming the catalogue read when no path is given; {@code bin/smp} sets it. */
  public static final String CATALOG_PROPERTY = "smp.catalog";

  private final PrintStream out;
  private final PrintStream err;

  private SmpCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command-line arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, err);
    out.flush();
    System.exit(status);
  }

  /**
   * Runs the command, reading standard input ({@code -}) from {@code System.in}.
   *
   * @param args the command-line arguments
   * @param out where the reports go
   * @param err where errors go
   * @return the exit status: {@link #OK}, {@link #BREACHES} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command, writing the reports to {@code out} and errors to {@code err}.
   *
   * @param args the command-line arguments
   * @param in what {@code -} reads
   * @param out where the reports go (unless {@code --output} names a file)
   * @param err where errors go: usage errors, every input that could not be read (file, line,
   *     column, JSON pointer, message) and rules that failed
   * @return the exit status: {@link #OK}, {@link #BREACHES} or {@link #USAGE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return new SmpCommand(out, err).run(args, in);
  }

  static String usage() {
    return String.join("\n",
        "Usage: bin/smp [OPTIONS] [FILE|DIR|- ...]",
        "       bin/smp convert [--force] IN OUT     (.json, .jsonl, .xlsx; .csv out; see convert --help)",
        "       bin/smp --classpath | jshell [--catalog] [JSHELL ARGS] | run CLASS [ARGS]",
        "",
        "Checks Skills Mobility Partnerships written in smpkit's JSON format against the essential",
        "elements of IOM's guidance (2023) and prints, for each partnership, the table of the ten",
        "elements, the breaches with their evidence, the open questions (facts not recorded) and the",
        "recommendations met, then a summary of the whole portfolio.",
        "",
        "With no FILE or DIR, reads the bundled catalogue of real partnerships (examples/catalog).",
        "A DIR is searched for *.json and *.jsonl files. A .json file holds one partnership or an",
        "array of them; a .jsonl file holds one per line. '-' reads standard input: an array, JSON",
        "Lines, or one document (its '{' alone on the first line). Files are read as streams; a bad",
        "record is reported with its file, line, column and JSON pointer, and the others are checked.",
        "",
        "Options:",
        "  --format FORMAT      " + Format.names() + " (default: text); csv has one row per finding",
        "  -o, --output FILE    write the report to FILE instead of standard output",
        "  --summary-only       leave out the findings: per partnership the verdict, the measures",
        "                       and the element table, then the portfolio summary",
        "  -q, --quiet          print no report; errors still go to standard error",
        "  --fail-on SEV        exit 1 when a breach of at least this severity is found: info,",
        "                       warning or error (default: error)",
        "  --rule-set NAME      the rule set to check against (default: iom-smp); known:",
        "                       " + String.join(", ", PartnershipValidator.ruleSetNames()),
        "  --version            print the version and exit",
        "  -h, --help           print this help and exit",
        "  --                   treat every later argument as a FILE or DIR",
        "  --classpath          print the class path of smpkit, for java or jshell, and exit",
        "  jshell               open JShell with smpkit on the class path and its packages imported;",
        "                       --catalog also loads the catalogue into 'catalog' and 'portfolio'",
        "  run CLASS            run a main class with smpkit on the class path",
        "  new ID TITLE ORIGIN DESTINATION [FILE]",
        "                       write a starting partnership (with $schema) to FILE or stdout",
        "  worksheet [--json] FILE",
        "                       print the design worksheet of a partnership: its open questions by",
        "                       design step and element (Markdown, or JSON with --json)",
        "  convert IN OUT       convert partnerships between JSON, JSON Lines and XLSX workbooks",
        "                       by extension (a file named 'convert' is ./convert)",
        "",
        "Reports go to standard output, errors to standard error.",
        "Exit status:",
        "  0  no breach at or above --fail-on was found",
        "  1  a breach at or above --fail-on was found",
        "  2  a usage error, an input that could not be read (a missing file, invalid JSON or",
        "     UTF-8, a bad record), or a rule that failed to run; 2 wins over 1",
        "Open questions (facts not recorded) are never breaches and never change the exit status.",
        "");
  }

  private int usageError(String message) {
    err.println("smp: " + message);
    err.println("Try 'bin/smp --help' for more.");
    return USAGE;
  }

  private int run(String[] args, InputStream in) {
    if (args.length > 0 && args[0].equals("convert")) {
      return new Convert(out, err).run(List.of(args).subList(1, args.length));
    }
    if (args.length > 0 && (args[0].equals("new") || args[0].equals("worksheet"))) {
      return new Design(out, err).run(args[0], List.of(args).subList(1, args.length));
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (Options.UsageException e) {
      return usageError(e.getMessage());
    }
    if (options.help()) {
      out.print(usage());
      return OK;
    }
    if (options.version()) {
      out.println(Version.line());
      return OK;
    }
    PartnershipValidator validator;
    try {
      validator = options.ruleSet() == null ? PartnershipValidator.standard()
          : PartnershipValidator.builder().ruleSets(options.ruleSet()).build();
    } catch (IllegalArgumentException e) {
      return usageError(e.getMessage());
    }
    List<String> inputs = new ArrayList<>(options.inputs());
    if (inputs.isEmpty()) {
      Path catalog = Path.of(System.getProperty(CATALOG_PROPERTY, "examples/catalog"));
      if (!Files.isDirectory(catalog)) {
        return usageError("no FILE or DIR given, and the bundled catalogue " + catalog + " is not there");
      }
      inputs.add(catalog.toString());
    }
    if (options.output() != null) {
      for (String input : inputs) {
        if (!input.equals(Options.STDIN) && sameFile(Path.of(input), options.output())) {
          return usageError("--output " + options.output() + " is also an input; the report would overwrite it");
        }
      }
    }
    Map<Path, Checked.Read> read = new LinkedHashMap<>();
    for (String input : inputs) {
      Partnerships loaded;
      Path path;
      if (input.equals(Options.STDIN)) {
        path = Path.of(Options.STDIN);
        loaded = Partnerships.read(in, path, SmpJson.standard());
      } else {
        try {
          path = Path.of(input);
        } catch (InvalidPathException e) {
          return usageError("'" + input + "' is not a valid path: " + e.getReason());
        }
        loaded = Partnerships.load(path);
        if (loaded.byFile().isEmpty() && loaded.isComplete()) {
          read.put(path, new Checked.Read(List.of(), List.of(LoadFailure.unreadable(path,
              "no .json or .jsonl file in this folder"))));
          continue;
        }
      }
      for (Map.Entry<Path, List<Partnership>> e : loaded.byFile().entrySet()) {
        read.put(e.getKey(), new Checked.Read(e.getValue(), loaded.failures(e.getKey())));
      }
      List<LoadFailure> elsewhere = loaded.failures().stream().filter(f -> !loaded.byFile().containsKey(f.file()))
          .collect(Collectors.toList());
      if (!elsewhere.isEmpty()) {
        read.put(path, new Checked.Read(List.of(), elsewhere));
      }
    }
    Checked checked = Checked.of(options.ruleSet() == null ? "iom-smp" : options.ruleSet(), validator,
        options.failOn(), read);
    for (LoadFailure f : checked.failures()) {
      err.println("smp: " + located(f));
    }
    for (Report r : checked.reports()) {
      r.failures().forEach(f -> err.println("smp: rule " + f.ruleId() + " failed on " + r.partnershipId() + ": "
          + f.message()));
    }
    if (options.output() != null) {
      try {
        writeFile(options.output(), checked, options);
      } catch (IOException | UncheckedIOException e) {
        err.println("smp: cannot write " + options.output() + ": " + describe(e));
        return USAGE;
      }
    } else if (!options.quiet()) {
      render(checked, options, out);
      out.flush();
    }
    int status = checked.exitStatus();
    if (status == USAGE) {
      err.println("smp: " + (checked.unreadable() > 0 ? checked.unreadable() + " of " + checked.sources().size()
          + " inputs could not be read in full" + (checked.ruleFailed() ? " and a rule failed" : "")
          : "a rule failed to run (a defect of the rule, not of the partnership)") + "; exit status " + USAGE);
    }
    return status;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing the names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Writes the report to a temporary file beside {@code file}, then moves it into place: no half-written report. */
  private static void writeFile(Path file, Checked checked, Options options) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
    try {
      try (PrintStream to = new PrintStream(new BufferedOutputStream(Files.newOutputStream(tmp)), false,
          StandardCharsets.UTF_8)) {
        render(checked, options, to);
        if (to.checkError()) {
          throw new IOException("writing failed");
        }
      }
      Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    if (t instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** {@code file:line:column: pointer: message}, the file as {@link #display(Path)} shows it. */
  static String located(LoadFailure f) {
    return LoadFailure.at(Path.of(display(f.file())), f.line(), f.column(), f.pointer(), f.message()).toString();
  }

  private static void render(Checked checked, Options options, PrintStream to) {
    switch (options.format()) {
      case JSON:
        to.print(PrettyJson.write(JsonOutput.tree(checked, options.summaryOnly())));
        break;
      case CSV:
        CsvOutput.write(checked, to);
        break;
      case HTML:
        // one report per partnership: the portfolio keeps the first of partnerships with one id
        java.util.Map<String, Report> first = new java.util.LinkedHashMap<>();
        checked.reports().forEach(r -> first.putIfAbsent(r.partnershipId(), r));
        io.github.smpkit.portfolio.Portfolio portfolio = checked.portfolio();
        to.print(portfolio.size() == 1
            ? io.github.smpkit.html.HtmlReport.of(portfolio.partnerships().get(0), first.values().iterator().next())
                .toHtml()
            : io.github.smpkit.html.HtmlReport.portfolio(portfolio, first.values()).toHtml());
        break;
      case MARKDOWN:
        printMarkdown(checked, options.summaryOnly(), to);
        break;
      case TEXT:
        printText(checked, options.summaryOnly(), to);
        break;
      default:
        throw new IllegalStateException("no renderer for " + options.format());
    }
  }

  /** A path as the user reads it best: relative to the working directory when it lies below it. */
  static String display(Path path) {
    if (path.toString().equals(Options.STDIN)) {
      return "<stdin>";
    }
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : path.toString();
  }

  private static void printText(Checked checked, boolean summaryOnly, PrintStream out) {
    for (Checked.Source source : checked.sources()) {
      if (!source.failures().isEmpty()) {
        out.println("=== " + display(source.path()) + ": could not be read" + (source.reports().isEmpty() ? ""
            : " in full; the records below were read"));
        source.failures().forEach(f -> out.println("  " + located(f)));
        out.println();
      }
      for (Report r : source.reports()) {
        out.println("=== " + display(source.path()));
        out.print(summaryOnly ? r.toSummaryText() : r.toText());
        out.println();
      }
    }
    checked.notes().forEach(d -> out.println("Note: " + d));
    out.println("=== Portfolio summary");
    out.println(checked.verdict());
    out.println();
    out.println(checked.portfolio());
    out.println("The ten essential elements: completeness per chapter, design and completeness overall");
    out.print(checked.coverage());
    out.println();
    out.println("What each partnership costs per participant, what the worker bears, SDG indicator 10.7.1"
        + " (docs/costing.md)");
    out.print(checked.portfolio().costings());
  }

  private static void printMarkdown(Checked checked, boolean summaryOnly, PrintStream out) {
    for (Checked.Source source : checked.sources()) {
      if (!source.failures().isEmpty()) {
        out.println("## `" + display(source.path()) + "` could not be read" + (source.reports().isEmpty() ? ""
            : " in full"));
        out.println();
        source.failures().forEach(f -> out.println("- " + markdown(located(f))));
        out.println();
      }
      for (Report r : source.reports()) {
        out.println("<!-- " + display(source.path()).replace("--", "- -") + " -->");
        if (summaryOnly) {
          out.println("## " + markdown(r.partnershipId()));
          out.println();
          out.println("```text");
          out.print(r.toSummaryText());
          out.println("```");
        } else {
          out.print(r.toMarkdown());
        }
        out.println();
      }
    }
    checked.notes().forEach(d -> out.println("> Note: " + markdown(d)));
    out.println("## Portfolio summary");
    out.println();
    out.println(checked.verdict());
    out.println();
    out.println("```text");
    out.print(checked.portfolio());
    out.println();
    out.println("The ten essential elements: completeness per chapter, design and completeness overall");
    out.print(checked.coverage());
    out.println();
    out.println("What each partnership costs per participant, what the worker bears, SDG indicator 10.7.1"
        + " (docs/costing.md)");
    out.print(checked.portfolio().costings());
    out.println("```");
  }

  private static String markdown(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("`", "\\`");
  }
}
