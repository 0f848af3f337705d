package io.github.smpkit.core.funding;

/**
 * Who funds a partnership or pays a share of a cost: the four payers of the guidance's Table 3
 * (the governments of destination and origin, employers, migrants) and the other funders it
 * names (IOM SMP Guidance 2023, ch. 11). {@link #OTHER} needs a description.
 */
public enum Payer {
  /** The government of a country of destination. */
  DESTINATION_GOVERNMENT,
  /** The government of a country of origin. */
  ORIGIN_GOVERNMENT,
  /** Employers. */
  EMPLOYER,
  /** Migrant workers or trainees themselves. */
  MIGRANT,
  /** Donors and development agencies (official development assistance), including the EU's funds. */
  DONOR,
  /** International organisations. */
  INTERNATIONAL_ORGANISATION,
  /** Foundations. */
  FOUNDATION,
  /** Private investors. */
  PRIVATE_INVESTOR,
  /** Development banks. */
  DEVELOPMENT_BANK,
  /** Training providers, for example by waiving fees. */
  TRAINING_PROVIDER,
  /** Anyone else; the description says who. */
  OTHER;

  /** Whether this payer spends public money: governments, donors, international organisations and development banks. */
  public boolean isPublic() {
    // every constant is listed: a new one does not compile until it is placed
    return switch (this) {
      case DESTINATION_GOVERNMENT, ORIGIN_GOVERNMENT, DONOR, INTERNATIONAL_ORGANISATION, DEVELOPMENT_BANK -> true;
      case EMPLOYER, MIGRANT, FOUNDATION, PRIVATE_INVESTOR, TRAINING_PROVIDER, OTHER -> false;
    };
  }
}
