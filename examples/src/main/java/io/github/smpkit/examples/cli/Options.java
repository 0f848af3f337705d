package io.github.smpkit.examples.cli;

import io.github.smpkit.rules.Severity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of {@code bin/smp}, parsed: every option checked here, so that a usage error
 * names the option and the value at fault before any file is read.
 *
 * @param help {@code --help}: print the usage and stop
 * @param version {@code --version}: print the version and stop
 * @param ruleSet the rule set, or {@code null} for the default
 * @param format the output format
 * @param failOn the least severity of a breach that makes the exit status 1
 * @param output the file the report goes to, or {@code null} for standard output
 * @param summaryOnly whether to leave out the findings of each report
 * @param quiet whether to print no report on standard output (errors still go to standard error)
 * @param inputs the files and folders to read, {@code -} for standard input; empty for the catalogue
 */
record Options(boolean help, boolean version, String ruleSet, Format format, Severity failOn, Path output,
    boolean summaryOnly, boolean quiet, List<String> inputs) {

  /** The argument that stands for standard input. */
  static final String STDIN = "-";

  Options {
    inputs = List.copyOf(inputs);
  }

  /** A usage error: what is wrong with the command line, in words. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Parses the arguments.
   *
   * @param args the arguments
   * @return the options
   * @throws UsageException naming the argument at fault
   */
  static Options parse(String[] args) throws UsageException {
    boolean help = false;
    boolean version = false;
    String ruleSet = null;
    Format format = Format.TEXT;
    Severity failOn = Severity.ERROR;
    Path output = null;
    boolean summaryOnly = false;
    boolean quiet = false;
    List<String> inputs = new ArrayList<>();
    boolean onlyInputs = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (onlyInputs || a.equals(STDIN) || !a.startsWith("-")) {
        inputs.add(a);
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (name) {
        case "--":
          onlyInputs = true;
          break;
        case "-h":
        case "--help":
          help = true;
          break;
        case "--version":
          version = true;
          break;
        case "--summary-only":
          summaryOnly = true;
          break;
        case "-q":
        case "--quiet":
          quiet = true;
          break;
        case "--rule-set":
        case "--format":
        case "--fail-on":
        case "-o":
        case "--output":
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new UsageException(name + " needs a value");
            }
            value = args[++i];
          }
          if (value.isEmpty()) {
            throw new UsageException(name + " needs a value, but was given an empty one");
          }
          String v = value;
          switch (name) {
            case "--rule-set":
              ruleSet = v;
              break;
            case "--format":
              format = Format.parse(v).orElseThrow(() -> new UsageException(
                  "unknown format '" + v + "' for --format; use " + Format.names()));
              break;
            case "--fail-on":
              failOn = severity(v).orElseThrow(() -> new UsageException(
                  "unknown severity '" + v + "' for --fail-on; use info, warning or error"));
              break;
            default:
              try {
                output = Path.of(v);
              } catch (InvalidPathException e) {
                throw new UsageException("--output '" + v + "' is not a valid file name: " + e.getReason());
              }
          }
          break;
        default:
          throw new UsageException("unknown option '" + name + "'");
      }
    }
    if (summaryOnly && format == Format.CSV) {
      throw new UsageException("--summary-only applies to text, markdown and json; --format csv has one row per"
          + " finding");
    }
    if (inputs.stream().filter(STDIN::equals).count() > 1) {
      throw new UsageException("'-' (standard input) is given more than once");
    }
    return new Options(help, version, ruleSet, format, failOn, output, summaryOnly, quiet, inputs);
  }

  private static Optional<Severity> severity(String value) {
    for (Severity s : Severity.values()) {
      if (s.name().equals(value.toUpperCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
