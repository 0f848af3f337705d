package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.rules.internal.WorksheetRenderer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A design worksheet: what a partnership has still to find out or decide, for a workshop of the
 * people who design it (IOM SMP Guidance 2023, ch. 2 "Key steps" and Figure 3; checklists in Boxes
 * 10, 27 and 30 and Table 3). Its questions are exactly the open questions of a {@link Report}
 * ({@link Report#openQuestions()}), grouped by essential element and ordered by {@link DesignStep},
 * each traced to the chapter or box its rule cites and pointing where the answer belongs in the
 * partnership file. There is no second list of questions to keep in sync: a rule that reports a
 * gap puts it on the worksheet.
 *
 * <p>A partnership at any stage has one, an empty one included ({@link #startingPartnership}):
 * then the worksheet holds every question the rules can ask. Print it with {@link #toMarkdown()}
 * or hand it to a tool with {@link #toJson()}. Immutable.
 */
public final class Worksheet {

  /**
   * The open questions of one essential element (one chapter of the guidance, 3 to 12), in the
   * order of the report, with what is already recorded for it.
   *
   * @param element the essential element; empty for questions about the record as a whole
   * @param questions the open questions
   * @param met how many recommendations the recorded facts already show met for the element
   * @param breaches how many breaches the recorded facts show for the element
   */
  public record Section(java.util.Optional<EssentialElement> element, List<Finding> questions, int met, int breaches) {
    /**
     * Checks and copies the components.
     *
     * @param element the essential element
     * @param questions the open questions
     * @param met recommendations met
     * @param breaches breaches
     */
    public Section {
      Objects.requireNonNull(element, "element");
      questions = List.copyOf(questions);
    }

    /** {@return for example {@code "Cost reduction and sharing (ch. 11)"}, or {@code "The record"}} */
    public String title() {
      return element.map(e -> e.title() + " (ch. " + e.chapter() + ")").orElse("The record");
    }
  }

  private final String partnershipId;
  private final String partnershipTitle;
  private final Map<DesignStep, List<Section>> steps;

  private Worksheet(String partnershipId, String partnershipTitle, Map<DesignStep, List<Section>> steps) {
    this.partnershipId = partnershipId;
    this.partnershipTitle = partnershipTitle;
    this.steps = java.util.Collections.unmodifiableMap(steps);
  }

  /**
   * The worksheet of a report.
   *
   * @param report the report of a partnership, for example {@code PartnershipValidator.standard().validate(p)}
   * @return its open questions by design step and element
   */
  public static Worksheet of(Report report) {
    Objects.requireNonNull(report, "report");
    Map<DesignStep, List<Section>> steps = new EnumMap<>(DesignStep.class);
    List<Finding> open = report.openQuestions();
    List<java.util.Optional<EssentialElement>> elements = new ArrayList<>();
    elements.add(java.util.Optional.empty());
    for (EssentialElement e : EssentialElement.values()) {
      elements.add(java.util.Optional.of(e));
    }
    for (DesignStep step : DesignStep.values()) {
      List<Section> sections = new ArrayList<>();
      for (java.util.Optional<EssentialElement> element : elements) {
        if (DesignStep.of(element) != step) {
          continue;
        }
        List<Finding> questions = open.stream().filter(f -> f.element().equals(element)).toList();
        List<Finding> all = report.findings().stream().filter(f -> f.element().equals(element)).toList();
        int met = (int) all.stream().filter(f -> f.outcome() == Outcome.MET).count();
        int breaches = (int) all.stream().filter(f -> f.outcome() == Outcome.BREACH).count();
        if (!questions.isEmpty() || element.isPresent()) {
          sections.add(new Section(element, questions, met, breaches));
        }
      }
      if (!sections.isEmpty()) {
        steps.put(step, List.copyOf(sections));
      }
    }
    return new Worksheet(report.partnershipId(), report.partnershipTitle(), steps);
  }

  /**
   * A partnership with nothing decided yet but its name and one corridor, still planned: the
   * starting point of a design workshop. Its worksheet asks every question the rules can ask of a
   * partnership with no record. Write it with smp-json ({@code SmpJson.standard().write(p)}).
   *
   * @param id the identifier, lowercase letters, digits and hyphens, for example {@code "ma-be-ict"}
   * @param title the working title
   * @param origin the country of origin
   * @param destination the country of destination
   * @return the partnership: status PLANNED, one ORIGIN and one DESTINATION party, nothing else
   * @throws io.github.smpkit.core.InvariantViolationException when the id or the countries are not
   *     acceptable to the model (for example the same country on both sides)
   */
  public static Partnership startingPartnership(String id, String title, Country origin, Country destination) {
    return Partnership.builder().id(id).title(title).status(PartnershipStatus.PLANNED)
        .addParties(Party.origin(origin), Party.destination(destination)).build();
  }

  /** {@return the id of the partnership} */
  public String partnershipId() {
    return partnershipId;
  }

  /** {@return the title of the partnership} */
  public String partnershipTitle() {
    return partnershipTitle;
  }

  /** {@return the steps that have sections, in design order, each with its sections in element order} */
  public Map<DesignStep, List<Section>> steps() {
    return steps;
  }

  /** {@return every question, in worksheet order: by step, then element, then the report's order} */
  public List<Finding> questions() {
    return steps.values().stream().flatMap(List::stream).flatMap(s -> s.questions().stream()).toList();
  }

  /** {@return the number of open questions} */
  public int size() {
    return questions().size();
  }

  /**
   * The worksheet as Markdown to print for a workshop: per step, its checklists; per element, what
   * is already recorded and a box to tick for each question, with where to record the answer, the
   * hint and the source.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    return WorksheetRenderer.markdown(this);
  }

  /**
   * The worksheet as JSON (two-space indent, members in a fixed order), for tools: {@code
   * partnership}, {@code openQuestions} and {@code steps}, each with its {@code elements} and their
   * {@code questions} ({@code ruleId}, {@code path}, {@code question}, {@code hint}, {@code source},
   * {@code chapter}).
   *
   * @return the JSON text
   */
  public String toJson() {
    return WorksheetRenderer.json(this);
  }

  /** For example {@code Worksheet[ma-be-ict: 83 open questions in 7 steps]}. */
  @Override
  public String toString() {
    return "Worksheet[" + partnershipId + ": " + size() + " open questions in " + steps.size() + " steps]";
  }
}
