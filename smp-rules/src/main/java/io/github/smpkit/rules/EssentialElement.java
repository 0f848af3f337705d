package io.github.smpkit.rules;

/**
 * The ten essential elements of a Skills Mobility Partnership, one chapter of the IOM guidance
 * each (IOM SMP Guidance 2023, ch. 3 to 12). Every catalogue rule belongs to one element, and a
 * {@link Report} says for each element whether the partnership addresses it.
 */
public enum EssentialElement {
  /** Long- and mid-term planning: objectives, SDG and Global Compact links, time frame, flexibility. */
  PLANNING(3, "Long- and mid-term planning"),
  /** Multi-stakeholder approach and policy coherence: actors on both sides, a lead, governance. */
  STAKEHOLDERS(4, "Multi-stakeholder approach and policy coherence"),
  /** Data and information for evidence-based design: needs assessments, data, monitoring. */
  EVIDENCE(5, "Data and evidence-based design"),
  /** Local development and job creation in the country of origin. */
  LOCAL_DEVELOPMENT(6, "Local development and job creation"),
  /** Skills classification and recognition across the partner countries. */
  RECOGNITION(7, "Skills classification and recognition"),
  /** Skills development and training components. */
  TRAINING(8, "Skills development and training"),
  /** Social aspects of employment and mobility: family, social security, integration, return. */
  SOCIAL(9, "Social aspects of employment and mobility"),
  /** Regular pathways, admission procedures and visas. */
  PATHWAYS(10, "Regular pathways, admission and visas"),
  /** Cost reduction and sharing, financing and sustainability. */
  COSTS(11, "Cost reduction and sharing"),
  /** Ethical recruitment: employer pays, licensed recruiters, grievance, WHO Global Code. */
  ETHICAL_RECRUITMENT(12, "Ethical recruitment");

  private final int chapter;
  private final String title;

  EssentialElement(int chapter, String title) {
    this.chapter = chapter;
    this.title = title;
  }

  /** {@return the chapter of the IOM SMP Guidance 2023 that deals with this element, 3 to 12} */
  public int chapter() {
    return chapter;
  }

  /** {@return a short English title, for example {@code "Cost reduction and sharing"}} */
  public String title() {
    return title;
  }
}
