package io.github.smpkit.rules.internal;

import io.github.smpkit.json.SmpJson;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Report} as JSON through smp-json's canonical tree writer. Field names follow
 * the Java accessor names; absent values are omitted, as in smpkit's partnership documents.
 */
public final class JsonReport {

  /** The version of the report format, the first field of every JSON report. */
  public static final String VERSION = "1.0";

  private JsonReport() {
  }

  /**
   * The report as canonical pretty JSON.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String render(Report report) {
    return SmpJson.writeTree(tree(report));
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
    root.put("valid", report.isValid());
    root.put("score", report.score());
    root.put("rulesRun", report.rulesRun());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Severity severity : new Severity[] {Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      counts.put(severity.name(), report.count(severity));
    }
    root.put("counts", counts);
    List<Object> elements = new ArrayList<>();
    for (ElementResult r : report.elements().values()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("element", r.element().name());
      e.put("chapter", r.element().chapter());
      e.put("title", r.element().title());
      e.put("status", r.status().name());
      e.put("score", r.score());
      e.put("rulesChecked", r.rulesChecked());
      e.put("findings", report.findings(r.element()).size());
      e.put("firedRules", new ArrayList<>(r.firedRules()));
      elements.add(e);
    }
    root.put("elements", elements);
    List<Object> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", f.ruleId());
      m.put("severity", f.severity().name());
      f.element().map(EssentialElement::name).ifPresent(e -> m.put("element", e));
      m.put("chapter", f.chapter());
      m.put("path", f.path());
      m.put("message", f.message());
      f.hint().ifPresent(h -> m.put("hint", h));
      findings.add(m);
    }
    root.put("findings", findings);
    return root;
  }
}
