package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.Proportion;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.RuleFailure;
import io.github.smpkit.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Report} as canonical pretty JSON (the same bytes smp-json would write for the
 * tree). Field names follow
 * the Java accessor names; absent values are omitted, as in smpkit's partnership documents.
 */
public final class JsonReport {

  /** The version of the report format, the first field of every JSON report. */
  public static final String VERSION = "2.0";

  private JsonReport() {
  }

  /**
   * The report as canonical pretty JSON.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String render(Report report) {
    return JsonText.write(tree(report));
  }

  /**
   * The report as a plain tree.
   *
   * @param report the report
   * @return maps, lists, strings, numbers and booleans
   */
  public static Map<String, Object> tree(Report report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("reportVersion", VERSION);
    root.put("partnershipId", report.partnershipId());
    root.put("partnershipTitle", report.partnershipTitle());
    root.put("verdict", report.verdict());
    root.put("rulesRun", report.rulesRun());
    root.put("design", proportion(report.design()));
    root.put("completeness", proportion(report.completeness()));
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      counts.put(severity.name(), report.count(severity));
    }
    root.put("breachesBySeverity", counts);
    List<Object> elements = new ArrayList<>();
    for (ElementResult r : report.elements().values()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("element", r.element().name());
      e.put("chapter", r.element().chapter());
      e.put("title", r.element().title());
      e.put("design", proportion(r.design()));
      e.put("completeness", proportion(r.completeness()));
      for (Outcome o : Outcome.values()) {
        e.put(LOWER_CAMEL.get(o), new ArrayList<>(r.rules(o)));
      }
      elements.add(e);
    }
    root.put("elements", elements);
    root.put("breaches", findings(report.breaches()));
    root.put("openQuestions", findings(report.openQuestions()));
    root.put("met", findings(report.met()));
    List<Object> failures = new ArrayList<>();
    for (RuleFailure f : report.failures()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", f.ruleId());
      m.put("message", f.message());
      failures.add(m);
    }
    root.put("failures", failures);
    return root;
  }

  private static final Map<Outcome, String> LOWER_CAMEL = Map.of(Outcome.MET, "met", Outcome.BREACH, "breached",
      Outcome.GAP, "gaps", Outcome.NOT_APPLICABLE, "notApplicable");

  private static Map<String, Object> proportion(Proportion p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("part", p.part());
    m.put("total", p.total());
    p.percent().ifPresent(x -> m.put("percent", x));
    return m;
  }

  private static List<Object> findings(List<Finding> findings) {
    List<Object> out = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", f.ruleId());
      m.put("outcome", f.outcome().name());
      f.severity().ifPresent(s -> m.put("severity", s.name()));
      f.element().map(EssentialElement::name).ifPresent(e -> m.put("element", e));
      m.put("chapter", f.chapter());
      m.put("source", f.source());
      m.put("path", f.path());
      m.put("message", f.message());
      f.hint().ifPresent(h -> m.put("hint", h));
      if (!f.evidence().isEmpty()) {
        List<Object> evidence = new ArrayList<>();
        for (Evidence e : f.evidence()) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("pointer", e.pointer());
          x.put("value", e.value());
          evidence.add(x);
        }
        m.put("evidence", evidence);
      }
      out.add(m);
    }
    return out;
  }
}
