package io.github.smpkit.examples.cli;

import io.github.smpkit.json.LoadFailure;
import io.github.smpkit.portfolio.Corridor;
import io.github.smpkit.portfolio.CrossTab;
import io.github.smpkit.portfolio.Grouping;
import io.github.smpkit.portfolio.ParticipantTotals;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the plain tree that {@code --format json} writes, with everything the text output has:
 * the rule set, the {@code --fail-on} severity, whether a breach at or above it was found and the
 * exit status; per file its path, its problems as objects (line, column, pointer, message) and the
 * smp-rules JSON report of each partnership ({@link Report#toJsonTree()}, embedded as it is); the
 * notes; and the portfolio summary (groupings, participants, training, coverage of the ten elements).
 */
final class JsonOutput {

  /** The version of this document's layout; the reports inside carry their own {@code reportVersion}. */
  static final String VERSION = "1.0";

  private JsonOutput() {
  }

  static Map<String, Object> tree(Checked checked, boolean summaryOnly) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("smpOutputVersion", VERSION);
    root.put("smpVersion", Version.text());
    root.put("ruleSet", checked.ruleSet());
    root.put("failOn", checked.failOn().name());
    root.put("breachesAtOrAboveFailOn", checked.breaches());
    root.put("exitStatus", checked.exitStatus());
    List<Object> files = new ArrayList<>();
    for (Checked.Source s : checked.sources()) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("path", SmpCommand.display(s.path()));
      file.put("problems", problems(s.failures()));
      List<Object> reports = new ArrayList<>();
      for (Report r : s.reports()) {
        Map<String, Object> tree = r.toJsonTree();
        if (summaryOnly) {
          tree.remove("breaches");
          tree.remove("openQuestions");
          tree.remove("met");
        }
        reports.add(tree);
      }
      file.put("reports", reports);
      files.add(file);
    }
    root.put("files", files);
    root.put("notes", checked.notes());
    root.put("summary", summary(checked));
    return root;
  }

  private static List<Object> problems(List<LoadFailure> failures) {
    List<Object> out = new ArrayList<>();
    for (LoadFailure f : failures) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", f.line());
      m.put("column", f.column());
      m.put("pointer", f.pointer());
      m.put("message", f.message());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> summary(Checked checked) {
    Portfolio portfolio = checked.portfolio();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("files", checked.sources().size());
    summary.put("unreadable", checked.unreadable());
    summary.put("partnerships", portfolio.size());
    summary.put("verdict", checked.verdict());
    List<Object> corridors = new ArrayList<>();
    for (Grouping.Group<Corridor> g : portfolio.byCorridor().groups()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("origin", g.key().origin().code());
      c.put("destination", g.key().destination().code());
      c.put("partnerships", g.partnershipIds());
      corridors.add(c);
    }
    summary.put("corridors", corridors);
    summary.put("status", groups(portfolio.byStatus()));
    summary.put("sectors", groups(portfolio.bySector()));
    summary.put("skillLevels", groups(portfolio.bySkillLevel()));
    summary.put("decades", groups(portfolio.byDecade()));
    List<Object> participants = new ArrayList<>();
    for (ParticipantTotals.Total t : portfolio.participants().totals()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", t.kind().name());
      t.planned().ifPresent(c -> m.put("planned", c.toString()));
      m.put("plannedFrom", t.plannedFrom());
      t.actual().ifPresent(c -> m.put("actual", c.toString()));
      m.put("actualFrom", t.actualFrom());
      participants.add(m);
    }
    summary.put("participants", participants);
    summary.put("trainingSiteByPayer", crossTab(portfolio.trainingTypology().siteByPayer()));
    Map<String, Object> coverage = new LinkedHashMap<>();
    for (String id : checked.coverage().partnershipIds()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (EssentialElement el : EssentialElement.values()) {
        checked.coverage().result(id, el).ifPresent(r -> {
          Map<String, Object> cell = new LinkedHashMap<>();
          cell.put("design", r.design().toString());
          cell.put("completeness", r.completeness().toString());
          cell.put("breaches", r.count(Outcome.BREACH));
          cell.put("gaps", r.count(Outcome.GAP));
          row.put(el.name(), cell);
        });
      }
      coverage.put(id, row);
    }
    summary.put("coverage", coverage);
    return summary;
  }

  private static Map<String, Object> groups(Grouping<?> grouping) {
    List<Object> groups = new ArrayList<>();
    for (Grouping.Group<?> g : grouping.groups()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", g.label());
      m.put("partnerships", g.partnershipIds());
      groups.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("groups", groups);
    out.put("notStated", grouping.notStated());
    return out;
  }

  private static List<Object> crossTab(CrossTab table) {
    List<Object> out = new ArrayList<>();
    for (String row : table.rows()) {
      for (String column : table.columns()) {
        List<String> ids = table.ids(row, column);
        if (!ids.isEmpty()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("site", row);
          m.put("payer", column);
          m.put("partnerships", ids);
          out.add(m);
        }
      }
    }
    return out;
  }
}
