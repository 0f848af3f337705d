package io.github.smpkit.rules;

import java.util.List;
import java.util.Optional;

/**
 * The steps of designing a Skills Mobility Partnership, in the order a design workshop takes them,
 * each with the essential elements whose open questions it settles (IOM SMP Guidance 2023, ch. 2,
 * "Key steps", Figure 3). This enum is the one place that maps elements to steps; a
 * {@link Worksheet} orders its questions by it.
 *
 * <p>Figure 3 of the guidance is an image that its text does not reproduce, so the steps are our
 * reading of what the text says about order: partners agree objectives first (ch. 3, 4); the
 * information questions of Box 10 belong to the initial stages (ch. 5), and so does the mapping of
 * policies, procedures and pathways (Box 27, Box 30; ch. 10); costs are mapped as part of the
 * feasibility study (ch. 11, Table 3); then training, recognition and matching are set up (ch. 7, 8,
 * 12); support along the migration continuum, through stay and return (ch. 9), comes last. The
 * guidance warns that the steps are not a linear process in every context (ch. 2, footnote 4).
 * docs/worksheet.md gives the reasons step by step.
 */
public enum DesignStep {
  /** Questions about the record itself, from rules that belong to no element. */
  RECORD("Complete the record", List.of(), List.of()),
  /** Agree long-term objectives and bring actors from both sides together (ch. 3 and 4). */
  OBJECTIVES_AND_PARTNERS("Agree objectives and bring the partners together",
      List.of(EssentialElement.PLANNING, EssentialElement.STAKEHOLDERS), List.of()),
  /** Assess labour-market and skills needs, local development effects and monitoring (ch. 5 and 6, Box 10). */
  EVIDENCE("Assess needs, effects at home and how to measure them",
      List.of(EssentialElement.EVIDENCE, EssentialElement.LOCAL_DEVELOPMENT), List.of("Box 10")),
  /** Map the regular pathways, admission procedures and visas (ch. 10, Boxes 27 and 30). */
  PATHWAYS("Map pathways, procedures and visas", List.of(EssentialElement.PATHWAYS), List.of("Box 27", "Box 30")),
  /** Map the costs and agree who pays them (ch. 11, Table 3). */
  COSTS("Map the costs and agree who pays", List.of(EssentialElement.COSTS), List.of("Table 3")),
  /** Design training and the recognition of skills (ch. 7 and 8). */
  SKILLS("Design training and recognition", List.of(EssentialElement.RECOGNITION, EssentialElement.TRAINING),
      List.of()),
  /** Recruit and match workers ethically (ch. 12). */
  RECRUITMENT("Recruit and match fairly", List.of(EssentialElement.ETHICAL_RECRUITMENT), List.of()),
  /** Support workers and families through stay, integration and return (ch. 9). */
  STAY_AND_RETURN("Support stay, integration and return", List.of(EssentialElement.SOCIAL), List.of());

  private final String title;
  private final List<EssentialElement> elements;
  private final List<String> checklists;

  DesignStep(String title, List<EssentialElement> elements, List<String> checklists) {
    this.title = title;
    this.elements = elements;
    this.checklists = checklists;
  }

  /** {@return a short English title, for example {@code "Map the costs and agree who pays"}} */
  public String title() {
    return title;
  }

  /** {@return the essential elements whose questions this step settles, in chapter order} */
  public List<EssentialElement> elements() {
    return elements;
  }

  /**
   * The guidance's checklists for this step, for example {@code "Box 10"} (questions for collecting
   * information when designing a partnership).
   *
   * @return the boxes or tables of the IOM SMP Guidance 2023 to work through at this step
   */
  public List<String> checklists() {
    return checklists;
  }

  /**
   * The step that settles an element's questions.
   *
   * @param element the element; empty for findings of no element, which belong to {@link #RECORD}
   * @return the step
   */
  public static DesignStep of(Optional<EssentialElement> element) {
    if (element.isEmpty()) {
      return RECORD;
    }
    for (DesignStep step : values()) {
      if (step.elements.contains(element.get())) {
        return step;
      }
    }
    throw new IllegalStateException("no design step settles " + element.get());
  }
}
