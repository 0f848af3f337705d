package io.github.smpkit.examples.cli;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.LoadFailure;
import io.github.smpkit.portfolio.CoverageMatrix;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one run found: per file, the partnerships read, what could not be read and the report of
 * each partnership; notes (repeated ids); the portfolio of the partnerships read and the coverage
 * of the ten elements. Every output format renders this one value, so they all carry the same.
 */
final class Checked {

  /**
   * One file (or standard input, or a path that does not exist).
   *
   * @param path the path as given or found in a folder
   * @param failures what could not be read, located
   * @param reports the report of each partnership read, in file order
   */
  record Source(Path path, List<LoadFailure> failures, List<Report> reports) {
    Source {
      failures = List.copyOf(failures);
      reports = List.copyOf(reports);
    }
  }

  private final String ruleSet;
  private final Severity failOn;
  private final List<Source> sources;
  private final List<String> notes;
  private final Portfolio portfolio;
  private final CoverageMatrix coverage;

  private Checked(String ruleSet, Severity failOn, List<Source> sources, List<String> notes, Portfolio portfolio,
      CoverageMatrix coverage) {
    this.ruleSet = ruleSet;
    this.failOn = failOn;
    this.sources = List.copyOf(sources);
    this.notes = List.copyOf(notes);
    this.portfolio = portfolio;
    this.coverage = coverage;
  }

  /**
   * Checks every partnership read. The portfolio and the coverage count each id once (the first).
   *
   * @param ruleSet the rule set's name, for the outputs
   * @param validator the validator of that rule set
   * @param failOn the least severity that fails the run
   * @param read per file, the partnerships read and the failures
   * @return the result
   */
  static Checked of(String ruleSet, PartnershipValidator validator, Severity failOn,
      Map<Path, Read> read) {
    List<Source> sources = new ArrayList<>();
    List<Partnership> all = new ArrayList<>();
    Map<String, Report> first = new LinkedHashMap<>();
    Map<String, Path> seen = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (Map.Entry<Path, Read> e : read.entrySet()) {
      List<Report> reports = new ArrayList<>();
      for (Partnership p : e.getValue().partnerships()) {
        Report r = validator.validate(p);
        reports.add(r);
        Path earlier = seen.putIfAbsent(p.id(), e.getKey());
        if (earlier == null) {
          all.add(p);
          first.put(p.id(), r);
        } else {
          notes.add("'" + p.id() + "' in " + SmpCommand.display(e.getKey()) + " repeats the id of a partnership in "
              + SmpCommand.display(earlier) + "; the summary counts the first");
        }
      }
      sources.add(new Source(e.getKey(), e.getValue().failures(), reports));
    }
    return new Checked(ruleSet, failOn, sources, notes, Portfolio.of(all), CoverageMatrix.of(first.values()));
  }

  /**
   * What was read from one path.
   *
   * @param partnerships the partnerships read
   * @param failures what could not be read
   */
  record Read(List<Partnership> partnerships, List<LoadFailure> failures) {
    Read {
      partnerships = List.copyOf(partnerships);
      failures = List.copyOf(failures);
    }
  }

  String ruleSet() {
    return ruleSet;
  }

  Severity failOn() {
    return failOn;
  }

  List<Source> sources() {
    return sources;
  }

  List<String> notes() {
    return notes;
  }

  Portfolio portfolio() {
    return portfolio;
  }

  CoverageMatrix coverage() {
    return coverage;
  }

  /** Every report, file by file. */
  List<Report> reports() {
    List<Report> all = new ArrayList<>();
    sources.forEach(s -> all.addAll(s.reports()));
    return all;
  }

  /** Every failure to read, file by file. */
  List<LoadFailure> failures() {
    List<LoadFailure> all = new ArrayList<>();
    sources.forEach(s -> all.addAll(s.failures()));
    return all;
  }

  /** The number of files (and paths) with at least one failure. */
  int unreadable() {
    return (int) sources.stream().filter(s -> !s.failures().isEmpty()).count();
  }

  /** Whether a rule failed to run on some partnership. */
  boolean ruleFailed() {
    return reports().stream().anyMatch(r -> !r.failures().isEmpty());
  }

  /** Whether some report has a breach at or above {@link #failOn()}. */
  boolean breaches() {
    return reports().stream().anyMatch(r -> r.hasBreach(failOn));
  }

  /** The exit status: 2 when something could not be read or a rule failed, else 1 on breaches, else 0. */
  int exitStatus() {
    if (unreadable() > 0 || ruleFailed()) {
      return SmpCommand.USAGE;
    }
    return breaches() ? SmpCommand.BREACHES : SmpCommand.OK;
  }

  /** The summary line: files, what could not be read, partnerships checked, breaches at or above --fail-on. */
  String verdict() {
    String at = failOn.name().toLowerCase(Locale.ROOT);
    int files = sources.size();
    int n = portfolio.size();
    return files + (files == 1 ? " file" : " files") + ", " + unreadable() + " could not be read; " + n
        + (n == 1 ? " partnership" : " partnerships") + " checked; "
        + (breaches() ? "breaches of severity " + at + " or above found." : "no breach of severity " + at + " or above.");
  }
}
