package io.github.smpkit.examples.cli;

import io.github.smpkit.portfolio.Corridor;
import io.github.smpkit.portfolio.CoverageMatrix;
import io.github.smpkit.portfolio.Grouping;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the plain tree that {@code --format json} writes: the rule set, the {@code --fail-on}
 * severity and whether a breach at or above it was found, per file its path, its problems if it could not be read and the smp-rules JSON report
 * of each partnership in it, and a summary (corridors and the coverage of the ten elements).
 */
final class JsonOutput {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonOutput() {
  }

  static Map<String, Object> tree(String ruleSet, Map<Inputs.Loaded, List<Report>> reports, List<String> duplicates,
      Portfolio portfolio, CoverageMatrix coverage, String failOn, boolean failed) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("ruleSet", ruleSet);
    root.put("failOn", failOn);
    root.put("breachesAtOrAboveFailOn", failed);
    List<Object> files = new ArrayList<>();
    for (Map.Entry<Inputs.Loaded, List<Report>> e : reports.entrySet()) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("path", SmpCommand.display(e.getKey().path()));
      if (!e.getKey().problems().isEmpty()) {
        file.put("problems", e.getKey().problems());
      }
      List<Object> rs = new ArrayList<>();
      for (Report r : e.getValue()) {
        // each report exactly as smp-rules writes it (Report.toJson), so every smpkit JSON report looks alike
        rs.add(MAPPER.readValue(r.toJson(), LinkedHashMap.class));
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
      for (io.github.smpkit.rules.EssentialElement el : io.github.smpkit.rules.EssentialElement.values()) {
        coverage.result(id, el).ifPresent(r -> {
          Map<String, Object> cell = new LinkedHashMap<>();
          cell.put("design", r.design().toString());
          cell.put("completeness", r.completeness().toString());
          cell.put("breaches", r.count(io.github.smpkit.rules.Outcome.BREACH));
          row.put(el.name(), cell);
        });
      }
      cov.put(id, row);
    }
    summary.put("coverage", cov);
    root.put("summary", summary);
    return root;
  }
}
