package io.github.smpkit.core.funding;

/**
 * The cost items of the guidance's Table 3, each in its category, plus recruitment fees and
 * health checks, which ethical-recruitment checks need on their own (IOM SMP Guidance 2023,
 * ch. 11, Table 3, and ch. 12). {@link #OTHER} needs a description.
 */
public enum CostItemKind {
  /** Bilateral meetings and running the partnership. */
  PARTNERSHIP_MEETINGS(CostCategory.PROJECT_IMPLEMENTATION),
  /** Training and capacity building for staff of ministries, agencies and companies. */
  STAFF_CAPACITY_BUILDING(CostCategory.PROJECT_IMPLEMENTATION),
  /** Equipment, supplies, rent, telecommunications. */
  OPERATIONAL_COSTS(CostCategory.PROJECT_IMPLEMENTATION),
  /** Staff for project management, financial reporting and communication. */
  PROJECT_STAFF(CostCategory.PROJECT_IMPLEMENTATION),
  /** Other administrative costs. */
  OTHER_ADMINISTRATIVE(CostCategory.PROJECT_IMPLEMENTATION),
  /** Direct services to migrant workers: housing, emergency shelter, legal aid, repatriation. */
  MIGRANT_SUPPORT_SERVICES(CostCategory.PROJECT_IMPLEMENTATION),
  /** Return and reintegration support. */
  RETURN_AND_REINTEGRATION_SUPPORT(CostCategory.PROJECT_IMPLEMENTATION),
  /** Stipends and social insurance contributions for migrant workers. */
  MIGRANT_STIPENDS_AND_SOCIAL_INSURANCE(CostCategory.PROJECT_IMPLEMENTATION),
  /** Identifying, screening and processing candidates. */
  SCREENING_AND_PROCESSING(CostCategory.PRE_SELECTION),
  /** Workshops and examinations that test applicants' skills. */
  SKILLS_TESTING(CostCategory.PRE_SELECTION),
  /** Information and pre-departure sessions, briefings and printed material. */
  PRE_DEPARTURE_INFORMATION(CostCategory.PRE_SELECTION),
  /** Recognition or certification of skills. */
  RECOGNITION_AND_CERTIFICATION(CostCategory.PRE_SELECTION),
  /** Fees charged by recruiters for recruitment and placement. */
  RECRUITMENT_FEES(CostCategory.PRE_SELECTION),
  /** Medical checks required for recruitment or admission. */
  HEALTH_CHECK(CostCategory.PRE_SELECTION),
  /** The training institution, facility or provider. */
  TRAINING_PROVIDER(CostCategory.TRAINING),
  /** Stipends or allowances for trainees during training. */
  TRAINEE_STIPEND(CostCategory.TRAINING),
  /** Transport to the destination and back. */
  TRANSPORT(CostCategory.TRAVEL),
  /** Immigration procedures, visas and permits. */
  VISA_AND_IMMIGRATION(CostCategory.TRAVEL),
  /** An external evaluator. */
  EXTERNAL_EVALUATION(CostCategory.MONITORING_AND_EVALUATION),
  /** Collecting information and feedback from migrants and employers. */
  FEEDBACK_COLLECTION(CostCategory.MONITORING_AND_EVALUATION),
  /** Events, conferences and workshops to share lessons learned. */
  LESSONS_SHARING_EVENTS(CostCategory.MONITORING_AND_EVALUATION),
  /** Any other cost; the description says what. */
  OTHER(CostCategory.OTHER);

  private final CostCategory category;

  CostItemKind(CostCategory category) {
    this.category = category;
  }

  /** The Table 3 category this item belongs to. */
  public CostCategory category() {
    return category;
  }

  /**
   * Whether this item is a recruitment fee or a cost related to recruitment and deployment,
   * which under the employer-pays principle workers should never carry (ch. 12).
   */
  public boolean isRecruitmentRelated() {
    return category == CostCategory.PRE_SELECTION || category == CostCategory.TRAVEL;
  }
}
