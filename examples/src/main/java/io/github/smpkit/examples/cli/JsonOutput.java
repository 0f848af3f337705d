package io.github.smpkit.examples.cli;

import io.github.smpkit.portfolio.Corridor;
import io.github.smpkit.portfolio.CoverageMatrix;
import io.github.smpkit.portfolio.Grouping;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the plain tree that {@code --format json} writes. */
final class JsonOutput {

  private JsonOutput() {
  }

  static Map<String, Object> tree(String ruleSet, Map<Inputs.Loaded, List<Report>> reports, List<String> duplicates,
      Portfolio portfolio, CoverageMatrix coverage, boolean errors) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("ruleSet", ruleSet);
    root.put("errors", errors);
    List<Object> files = new ArrayList<>();
    for (Map.Entry<Inputs.Loaded, List<Report>> e : reports.entrySet()) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("path", SmpCommand.display(e.getKey().path()));
      if (!e.getKey().problems().isEmpty()) {
        file.put("problems", e.getKey().problems());
      }
      List<Object> rs = new ArrayList<>();
      for (Report r : e.getValue()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.partnershipId());
        m.put("title", r.partnershipTitle());
        m.put("valid", r.isValid());
        m.put("score", r.score());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
          counts.put(s.name(), r.count(s));
        }
        m.put("counts", counts);
        m.put("elements", SmpCommand.elements(r));
        List<Object> findings = new ArrayList<>();
        r.findings().forEach(f -> findings.add(SmpCommand.finding(f)));
        m.put("findings", findings);
        rs.add(m);
      }
      file.put("reports", rs);
      files.add(file);
    }
    root.put("files", files);
    if (!duplicates.isEmpty()) {
      root.put("notes", duplicates);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("partnerships", portfolio.size());
    List<Object> corridors = new ArrayList<>();
    for (Grouping.Group<Corridor> g : portfolio.byCorridor().groups()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("origin", g.key().origin().code());
      c.put("destination", g.key().destination().code());
      c.put("partnerships", g.partnershipIds());
      corridors.add(c);
    }
    summary.put("corridors", corridors);
    Map<String, Object> cov = new LinkedHashMap<>();
    for (String id : coverage.partnershipIds()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (io.github.smpkit.rules.Element el : io.github.smpkit.rules.Element.values()) {
        coverage.status(id, el).ifPresent(s -> row.put(el.name(), s.name()));
      }
      cov.put(id, row);
    }
    summary.put("coverage", cov);
    root.put("summary", summary);
    return root;
  }
}
