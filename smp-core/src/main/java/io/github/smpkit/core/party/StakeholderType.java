package io.github.smpkit.core.party;

/**
 * The kinds of actor that take part in a partnership, from government and training through
 * employers and social partners to civil society, migrants and international actors (IOM SMP
 * Guidance 2023, ch. 4, Table 2, and ch. 2, Figure 2). {@link #OTHER} needs a description.
 */
public enum StakeholderType {
  /** Ministry in charge of labour and employment. */
  LABOUR_MINISTRY,
  /** Ministry in charge of education and vocational training. */
  EDUCATION_MINISTRY,
  /** Ministry of foreign affairs, including embassies and consulates. */
  FOREIGN_AFFAIRS_MINISTRY,
  /** Ministry of the interior or home affairs, in charge of admission and residence. */
  INTERIOR_MINISTRY,
  /** Ministry in charge of development cooperation. */
  DEVELOPMENT_MINISTRY,
  /** Another line ministry (health, economy, finance, ...); say which in the description. */
  OTHER_MINISTRY,
  /** National migration agency or diaspora ministry. */
  MIGRATION_AGENCY,
  /** Local or regional authority, including municipalities. */
  LOCAL_AUTHORITY,
  /** Body that certifies skills or recognises qualifications. */
  CERTIFICATION_BODY,
  /** Public education or technical and vocational education and training (TVET) institution. */
  PUBLIC_TRAINING_INSTITUTION,
  /** Private training provider. */
  PRIVATE_TRAINING_PROVIDER,
  /** Employer. */
  EMPLOYER,
  /** Employers' organisation, business association or chamber of commerce. */
  EMPLOYERS_ORGANISATION,
  /** Private recruitment agency. */
  PRIVATE_RECRUITMENT_AGENCY,
  /** Public employment service. */
  PUBLIC_EMPLOYMENT_SERVICE,
  /** Trade union or other workers' organisation. */
  TRADE_UNION,
  /** Non-governmental organisation or other civil-society organisation. */
  NGO,
  /** Diaspora organisation. */
  DIASPORA_ORGANISATION,
  /** Migrant workers and their representatives. */
  MIGRANT_REPRESENTATIVES,
  /** Communities of origin or destination. */
  COMMUNITY,
  /** International organisation such as IOM, ILO or UNESCO. */
  INTERNATIONAL_ORGANISATION,
  /** Donor or development agency (official development assistance). */
  DONOR,
  /** Financial service provider (banks, remittance services, lenders). */
  FINANCIAL_SERVICE_PROVIDER,
  /** Research institution or think tank. */
  RESEARCH_INSTITUTION,
  /** National statistics office. */
  STATISTICS_OFFICE,
  /** Any other kind of actor; the stakeholder's description says what it is. */
  OTHER;

  /**
   * Whether this type is part of government (ministries, agencies, public services, local
   * authorities). Public training institutions and certification bodies are not counted.
   */
  public boolean isGovernment() {
    // every constant is listed: a new one does not compile until it is placed
    return switch (this) {
      case LABOUR_MINISTRY, EDUCATION_MINISTRY, FOREIGN_AFFAIRS_MINISTRY, INTERIOR_MINISTRY, DEVELOPMENT_MINISTRY,
          OTHER_MINISTRY, MIGRATION_AGENCY, PUBLIC_EMPLOYMENT_SERVICE, LOCAL_AUTHORITY, STATISTICS_OFFICE -> true;
      case CERTIFICATION_BODY, PUBLIC_TRAINING_INSTITUTION, PRIVATE_TRAINING_PROVIDER, EMPLOYER, EMPLOYERS_ORGANISATION,
          PRIVATE_RECRUITMENT_AGENCY, TRADE_UNION, NGO, DIASPORA_ORGANISATION, MIGRANT_REPRESENTATIVES, COMMUNITY,
          INTERNATIONAL_ORGANISATION, DONOR, FINANCIAL_SERVICE_PROVIDER, RESEARCH_INSTITUTION, OTHER -> false;
    };
  }

  /** Whether this type is a ministry (a line ministry of a national government). */
  public boolean isMinistry() {
    return name().endsWith("_MINISTRY");
  }
}
