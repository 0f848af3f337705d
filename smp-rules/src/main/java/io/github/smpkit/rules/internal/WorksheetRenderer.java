package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.DesignStep;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Worksheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Worksheet} as printable Markdown and as JSON written with {@link JsonText}
 * (IOM SMP Guidance 2023, ch. 2, Figure 3: the design steps).
 */
public final class WorksheetRenderer {

  private WorksheetRenderer() {
  }

  /**
   * The worksheet as Markdown.
   *
   * @param w the worksheet
   * @return the Markdown text
   */
  public static String markdown(Worksheet w) {
    StringBuilder s = new StringBuilder();
    s.append("# Design worksheet: ").append(escape(w.partnershipTitle())).append(" (`")
        .append(w.partnershipId()).append("`)\n\n");
    s.append(w.size()).append(w.size() == 1 ? " open question" : " open questions")
        .append(", by design step and essential element (IOM SMP Guidance 2023, ch. 2, Figure 3, as smpkit reads it).")
        .append(" Tick a question once it is decided and record the answer in the partnership file at the path"
            + " given.\n");
    int n = 0;
    for (Map.Entry<DesignStep, List<Worksheet.Section>> step : w.steps().entrySet()) {
      s.append("\n## Step ").append(step.getKey().ordinal()).append(". ").append(step.getKey().title()).append("\n\n");
      if (!step.getKey().checklists().isEmpty()) {
        s.append("Checklists: IOM SMP Guidance 2023, ").append(String.join(", ", step.getKey().checklists()))
            .append(".\n\n");
      }
      for (Worksheet.Section section : step.getValue()) {
        s.append("### ").append(section.title()).append("\n\n");
        s.append("Recorded so far: ").append(section.met()).append(section.met() == 1 ? " recommendation" : " recommendations")
            .append(" met, ").append(section.breaches()).append(section.breaches() == 1 ? " breach" : " breaches")
            .append(".\n\n");
        if (section.questions().isEmpty()) {
          s.append("No open question.\n\n");
        }
        for (Finding f : section.questions()) {
          n++;
          s.append("- [ ] **").append(n).append(".** ").append(escape(f.message())).append("  \n")
              .append("  Record at `").append(f.path().isEmpty() ? "/" : f.path()).append("`; ")
              .append(escape(f.source())).append("; rule `").append(f.ruleId()).append("`.");
          f.hint().ifPresent(h -> s.append("  \n  *Hint:* ").append(escape(h)));
          s.append("  \n  Decision: ____________________\n");
        }
        if (!section.questions().isEmpty()) {
          s.append('\n');
        }
      }
    }
    return s.toString();
  }

  /**
   * The worksheet as JSON.
   *
   * @param w the worksheet
   * @return the JSON text
   */
  public static String json(Worksheet w) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> partnership = new LinkedHashMap<>();
    partnership.put("id", w.partnershipId());
    partnership.put("title", w.partnershipTitle());
    root.put("partnership", partnership);
    root.put("openQuestions", w.size());
    List<Object> steps = new ArrayList<>();
    for (Map.Entry<DesignStep, List<Worksheet.Section>> step : w.steps().entrySet()) {
      Map<String, Object> st = new LinkedHashMap<>();
      st.put("step", step.getKey().ordinal());
      st.put("name", step.getKey().name());
      st.put("title", step.getKey().title());
      st.put("checklists", new ArrayList<Object>(step.getKey().checklists()));
      List<Object> sections = new ArrayList<>();
      for (Worksheet.Section section : step.getValue()) {
        Map<String, Object> se = new LinkedHashMap<>();
        section.element().map(EssentialElement::name).ifPresent(e -> se.put("element", e));
        section.element().ifPresent(e -> se.put("chapter", e.chapter()));
        se.put("title", section.title());
        se.put("met", section.met());
        se.put("breaches", section.breaches());
        List<Object> questions = new ArrayList<>();
        for (Finding f : section.questions()) {
          Map<String, Object> q = new LinkedHashMap<>();
          q.put("ruleId", f.ruleId());
          q.put("path", f.path());
          q.put("question", f.message());
          f.hint().ifPresent(h -> q.put("hint", h));
          q.put("source", f.source());
          q.put("chapter", f.chapter());
          questions.add(q);
        }
        se.put("questions", questions);
        sections.add(se);
      }
      st.put("elements", sections);
      steps.add(st);
    }
    root.put("steps", steps);
    return JsonText.write(root);
  }

  /** Escapes the Markdown characters a question may hold (as the Markdown report does). */
  private static String escape(String text) {
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }
}
