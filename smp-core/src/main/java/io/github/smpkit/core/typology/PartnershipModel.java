package io.github.smpkit.core.typology;

/**
 * The models of skills-based mobility that a partnership follows or is labelled as (IOM SMP
 * Guidance 2023, ch. 2, Table 1). One partnership may follow several.
 */
public enum PartnershipModel {
  /** IOM's Skills Mobility Partnership. */
  SKILLS_MOBILITY_PARTNERSHIP,
  /** The Center for Global Development's Global Skill Partnership: training in the origin, a home and an away track, financed largely by the destination. */
  GLOBAL_SKILL_PARTNERSHIP,
  /** The OECD's Skills Mobility Scheme. */
  SKILLS_MOBILITY_SCHEME,
  /** The Bertelsmann Stiftung's Transnational Skills and Mobility Partnership. */
  TRANSNATIONAL_SKILLS_AND_MOBILITY_PARTNERSHIP,
  /** The European Union's Talent Partnership. */
  TALENT_PARTNERSHIP,
  /** A seasonal or temporary labour mobility programme with a skills component. */
  LABOUR_MOBILITY_PROGRAMME
}
