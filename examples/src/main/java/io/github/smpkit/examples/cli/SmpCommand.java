package io.github.smpkit.examples.cli;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.portfolio.CoverageMatrix;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

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

  /** Hibernate Validator announces its version on the INFO level; the command keeps stderr for problems. */
  private static final Logger QUIET_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

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
    QUIET_VALIDATOR_LOG.setLevel(Level.WARNING);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /**
   * Runs the command, writing the reports to {@code out} and usage errors to {@code err}.
   *
   * @param args the command-line arguments
   * @param out where the reports go
   * @param err where usage errors go
   * @return the exit status: {@link #OK}, {@link #BREACHES} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new SmpCommand(out, err).run(args);
  }

  static String usage() {
    return String.join("\n",
        "Usage: bin/smp [--rule-set NAME] [--format text|markdown|json] [--fail-on SEVERITY] [FILE|DIR ...]",
        "       bin/smp --classpath | jshell [JSHELL OPTIONS] | run CLASS [ARGS]",
        "",
        "Checks Skills Mobility Partnerships written in smpkit's JSON format against the essential",
        "elements of IOM's guidance (2023) and prints, for each partnership, the table of the ten",
        "elements, the breaches with their evidence, the open questions (facts not recorded) and the",
        "recommendations met, then a summary of the whole portfolio.",
        "",
        "With no FILE or DIR, reads the bundled catalogue of real partnerships (examples/catalog).",
        "A DIR is searched for *.json and *.jsonl files. A .json file holds one partnership or an",
        "array of them; a .jsonl file holds one per line.",
        "",
        "Options:",
        "  --rule-set NAME   the rule set to check against (default: iom-smp); known: "
            + String.join(", ", PartnershipValidator.ruleSetNames()),
        "  --format FORMAT   text (default), markdown or json",
        "  --fail-on SEV     exit 1 when a breach of at least this severity is found: info, warning",
        "                    or error (default: error)",
        "  --classpath       print the class path of smpkit, for java or jshell, and exit",
        "  jshell            open JShell with smpkit on the class path",
        "  run CLASS         run a main class with smpkit on the class path",
        "  -h, --help        print this help and exit",
        "",
        "Exit status: 0 when no breach at or above --fail-on was found; 1 when one was; 2 on a usage",
        "error, an input that could not be read, or a rule that failed to run. Open questions (facts",
        "not recorded) are never breaches and never change the exit status.",
        "");
  }

  private int usageError(String message) {
    err.println("smp: " + message);
    err.println("Try 'bin/smp --help' for more.");
    return USAGE;
  }

  private int run(String[] args) {
    String ruleSet = null;
    Format format = Format.TEXT;
    Severity failOn = Severity.ERROR;
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h":
        case "--help":
          out.print(usage());
          return OK;
        case "--rule-set":
        case "--format":
        case "--fail-on":
          if (i + 1 >= args.length) {
            return usageError(a + " needs a value");
          }
          String value = args[++i];
          if (a.equals("--rule-set")) {
            ruleSet = value;
          } else if (a.equals("--fail-on")) {
            Optional<Severity> sev = java.util.Arrays.stream(Severity.values())
                .filter(x -> x.name().equalsIgnoreCase(value)).findFirst();
            if (sev.isEmpty()) {
              return usageError("unknown severity '" + value + "' for --fail-on; use info, warning or error");
            }
            failOn = sev.get();
          } else {
            Optional<Format> f = Format.parse(value);
            if (f.isEmpty()) {
              return usageError("unknown format '" + value + "'; use text, markdown or json");
            }
            format = f.get();
          }
          break;
        default:
          if (a.startsWith("--rule-set=") || a.startsWith("--format=") || a.startsWith("--fail-on=")) {
            String[] kv = a.split("=", 2);
            String[] again = new String[args.length + 1];
            System.arraycopy(args, 0, again, 0, i);
            again[i] = kv[0];
            again[i + 1] = kv[1];
            System.arraycopy(args, i + 1, again, i + 2, args.length - i - 1);
            return run(again);
          }
          if (a.startsWith("-") && a.length() > 1) {
            return usageError("unknown option '" + a + "'");
          }
          paths.add(Path.of(a));
      }
    }
    PartnershipValidator validator;
    try {
      validator = ruleSet == null ? PartnershipValidator.standard()
          : PartnershipValidator.builder().ruleSets(ruleSet).build();
    } catch (IllegalArgumentException e) {
      return usageError(e.getMessage());
    }
    if (paths.isEmpty()) {
      Path catalog = Path.of(System.getProperty(CATALOG_PROPERTY, "examples/catalog"));
      if (!Files.isDirectory(catalog)) {
        return usageError("no FILE or DIR given, and the bundled catalogue " + catalog + " is not there");
      }
      paths.add(catalog);
    }
    return check(paths, validator, ruleSet == null ? "iom-smp" : ruleSet, format, failOn);
  }

  private int check(List<Path> paths, PartnershipValidator validator, String ruleSet, Format format,
      Severity failOn) {
    Inputs inputs = new Inputs();
    List<Inputs.Loaded> loaded = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        loaded.add(new Inputs.Loaded(path, List.of(), List.of("no such file or directory")));
        continue;
      }
      try {
        for (Path file : Inputs.files(path)) {
          loaded.add(inputs.read(file));
        }
      } catch (IOException e) {
        loaded.add(new Inputs.Loaded(path, List.of(), List.of("cannot list the directory: " + e.getMessage())));
      }
    }
    List<Partnership> all = new ArrayList<>();
    Map<String, Path> seen = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    Map<Inputs.Loaded, List<Report>> reports = new LinkedHashMap<>();
    for (Inputs.Loaded l : loaded) {
      List<Report> rs = new ArrayList<>();
      for (Partnership p : l.partnerships()) {
        rs.add(validator.validate(p));
        Path first = seen.putIfAbsent(p.id(), l.path());
        if (first == null) {
          all.add(p);
        } else {
          duplicates.add("'" + p.id() + "' in " + display(l.path()) + " repeats the id of a partnership in " + display(first)
              + "; the summary counts the first");
        }
      }
      reports.put(l, rs);
    }
    boolean unreadable = loaded.stream().anyMatch(l -> !l.problems().isEmpty());
    boolean ruleFailed = reports.values().stream().flatMap(List::stream).anyMatch(r -> !r.failures().isEmpty());
    boolean errors = reports.values().stream().flatMap(List::stream).anyMatch(r -> r.hasBreach(failOn));
    Portfolio portfolio = Portfolio.of(all);
    CoverageMatrix coverage = CoverageMatrix.of(
        reports.values().stream().flatMap(List::stream).filter(r -> seen.containsKey(r.partnershipId()))
            .collect(java.util.stream.Collectors.toMap(Report::partnershipId, r -> r, (a, b) -> a,
                LinkedHashMap::new)).values());
    switch (format) {
      case JSON:
        out.print(SmpJson.writeTree(JsonOutput.tree(ruleSet, reports, duplicates, portfolio, coverage,
            failOn.name(), errors)));
        break;
      case MARKDOWN:
        printMarkdown(reports, duplicates, portfolio, coverage, checked(portfolio, failOn, errors));
        break;
      default:
        printText(reports, duplicates, portfolio, coverage, checked(portfolio, failOn, errors));
    }
    if (unreadable) {
      err.println("smp: some input could not be read (see the report); exit status " + USAGE);
    }
    if (ruleFailed) {
      err.println("smp: a rule failed to run (a defect of the rule, listed in the report); exit status " + USAGE);
    }
    return unreadable || ruleFailed ? USAGE : errors ? BREACHES : OK;
  }

  /** A path as the user reads it best: relative to the working directory when it lies below it. */
  static String display(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : path.toString();
  }

  private static String checked(Portfolio portfolio, Severity failOn, boolean found) {
    String at = failOn.name().toLowerCase(java.util.Locale.ROOT);
    return portfolio.size() + (portfolio.size() == 1 ? " partnership" : " partnerships") + " checked; "
        + (found ? "breaches of severity " + at + " or above found." : "no breach of severity " + at
        + " or above.");
  }

  private void printText(Map<Inputs.Loaded, List<Report>> reports, List<String> duplicates, Portfolio portfolio,
      CoverageMatrix coverage, String verdict) {
    int files = 0;
    int unreadable = 0;
    for (Map.Entry<Inputs.Loaded, List<Report>> e : reports.entrySet()) {
      files++;
      Inputs.Loaded l = e.getKey();
      if (!l.problems().isEmpty()) {
        unreadable++;
        out.println("=== " + display(l.path()) + ": could not be read");
        l.problems().forEach(p -> out.println("  " + p));
        out.println();
      }
      for (Report r : e.getValue()) {
        out.println("=== " + display(l.path()));
        out.print(r.toText());
        out.println();
      }
    }
    duplicates.forEach(d -> out.println("Note: " + d));
    out.println("=== Portfolio summary");
    out.println(files + (files == 1 ? " file" : " files") + ", " + unreadable + " could not be read; " + verdict);
    out.println();
    out.println(portfolio);
    out.println("The ten essential elements: completeness per chapter, design and completeness overall");
    out.print(coverage);
  }

  private void printMarkdown(Map<Inputs.Loaded, List<Report>> reports, List<String> duplicates, Portfolio portfolio,
      CoverageMatrix coverage, String verdict) {
    for (Map.Entry<Inputs.Loaded, List<Report>> e : reports.entrySet()) {
      Inputs.Loaded l = e.getKey();
      if (!l.problems().isEmpty()) {
        out.println("## `" + display(l.path()) + "` could not be read");
        out.println();
        l.problems().forEach(p -> out.println("- " + p.replace("|", "\\|")));
        out.println();
      }
      for (Report r : e.getValue()) {
        out.println("<!-- " + display(l.path()) + " -->");
        out.print(r.toMarkdown());
        out.println();
      }
    }
    duplicates.forEach(d -> out.println("> Note: " + d));
    out.println("## Portfolio summary");
    out.println();
    out.println(verdict);
    out.println();
    out.println("```text");
    out.print(portfolio);
    out.println();
    out.println("The ten essential elements: completeness per chapter, design and completeness overall");
    out.print(coverage);
    out.println("```");
  }
}
