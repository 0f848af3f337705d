package io.github.smpkit.rules.internal;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.social.SocialProvision;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.recruitment.RecruitmentProvision;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.rules.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Derived facts the rules share, such as "recruits health workers" (IOM SMP Guidance 2023, ch. 3 to 12). */
final class Facts {

  private static final Set<MigrationType> TEMPORARY =
      EnumSet.of(MigrationType.SHORT_TERM, MigrationType.SEASONAL, MigrationType.CIRCULAR);

  /** Keys of the facts shared by the rules of one validation ({@link RuleContext#shared}). */
  private static final Object ORIGINS = new Object();
  private static final Object DESTINATIONS = new Object();
  private static final Object ORIGIN_ACTORS = new Object();
  private static final Object DESTINATION_ACTORS = new Object();

  private Facts() {
  }

  /**
   * The countries of origin, computed once per validation of the partnership (the model derives
   * them anew, as a sorted set, on every call of {@link Partnership#origins()}).
   */
  static SortedSet<Country> origins(RuleContext c) {
    return c.shared(ORIGINS, p -> Collections.unmodifiableSortedSet(p.origins()));
  }

  /** The countries of destination, computed once per validation of the partnership. */
  static SortedSet<Country> destinations(RuleContext c) {
    return c.shared(DESTINATIONS, p -> Collections.unmodifiableSortedSet(p.destinations()));
  }

  /** People move physically: the mobility modes include physical or hybrid mobility, or are unknown. */
  static boolean physical(Partnership p) {
    return p.mobilityModes().isEmpty() || p.mobilityModes().contains(MobilityMode.PHYSICAL)
        || p.mobilityModes().contains(MobilityMode.HYBRID);
  }

  /** Some migration is temporary: short-term, seasonal or circular. */
  static boolean temporary(Partnership p) {
    for (MigrationType type : p.migrationTypes()) {
      if (TEMPORARY.contains(type)) {
        return true;
      }
    }
    return false;
  }

  /** Health-sector recruitment: ISIC section Q, or ISCO-08 22xx, 32xx or 532x. */
  static boolean health(Partnership p) {
    for (IsicCode s : p.sectors()) {
      if (healthSector(s)) {
        return true;
      }
    }
    for (Occupation o : p.occupations()) {
      if (healthIsco(o.isco().code())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an ISIC Rev.4 code is in section Q, human health and social work activities. */
  static boolean healthSector(IsicCode code) {
    return code.section().code().equals("Q");
  }

  /**
   * Whether an ISCO-08 code is health work: 22 health professionals, 32 health associate
   * professionals, 532 personal care workers in health services.
   */
  static boolean healthIsco(String code) {
    return code.startsWith("22") || code.startsWith("32") || code.startsWith("532");
  }

  /** The codes that make the partnership a health-sector one, for messages. */
  static List<String> healthCodes(Partnership p) {
    List<String> codes = p.sectors().stream().filter(Facts::healthSector)
        .map(s -> "ISIC " + s.code()).sorted().collect(Collectors.toList());
    for (Occupation o : p.occupations()) {
      String code = o.isco().code();
      if (healthIsco(code)) {
        codes.add("ISCO " + code);
      }
    }
    return codes;
  }

  /** Care work with specific risks for women: ISIC Q, T, ISCO 53xx or 91xx, or health. */
  static boolean careOrDomestic(Partnership p) {
    if (health(p)) {
      return true;
    }
    for (IsicCode s : p.sectors()) {
      if (s.section().code().equals("T")) {
        return true;
      }
    }
    for (Occupation o : p.occupations()) {
      String code = o.isco().code();
      if (code.startsWith("53") || code.startsWith("91")) {
        return true;
      }
    }
    return false;
  }

  /** Some funder is public: a government, donor, international organisation or development bank. */
  static boolean publiclyFunded(Partnership p) {
    for (FundingSource source : p.fundingSources()) {
      if (source.type().isPublic()) {
        return true;
      }
    }
    return false;
  }

  /** A pilot: status PILOT or a PILOT_PROJECT form of engagement. */
  static boolean pilot(Partnership p) {
    return p.status() == PartnershipStatus.PILOT || hasForm(p, EngagementForm.PILOT_PROJECT);
  }

  static boolean hasForm(Partnership p, EngagementForm form) {
    for (FormOfEngagement f : p.formsOfEngagement()) {
      if (f.form() == form) {
        return true;
      }
    }
    return false;
  }

  /** Some training prepares people for work abroad (away track or both). */
  static boolean awayTraining(Partnership p) {
    for (TrainingComponent t : p.training()) {
      if (t.track().servesAway()) {
        return true;
      }
    }
    return false;
  }

  /** Some training prepares people for work at home (home track or both). */
  static boolean homeTraining(Partnership p) {
    for (TrainingComponent t : p.training()) {
      if (t.track().servesHome()) {
        return true;
      }
    }
    return false;
  }

  static boolean originTraining(Partnership p) {
    for (TrainingComponent t : p.training()) {
      if (t.location() == TrainingLocation.ORIGIN) {
        return true;
      }
    }
    return false;
  }

  static boolean hasSocial(Partnership p, SocialProvisionKind kind) {
    for (SocialProvision provision : p.socialProvisions()) {
      if (provision.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  static boolean hasSafeguard(Partnership p, RecruitmentSafeguard safeguard) {
    for (RecruitmentProvision provision : p.recruitmentProvisions()) {
      if (provision.safeguard() == safeguard) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stakeholders acting in one of {@code countries}: their country is one of them, or, for an
   * actor recorded for several countries (the labour-sending units of nine Pacific countries as
   * one actor), one of their countries is (IOM SMP Guidance 2023, ch. 4).
   */
  static List<Stakeholder> in(Partnership p, Set<Country> countries) {
    List<Stakeholder> in = new ArrayList<>();
    for (Stakeholder s : p.stakeholders()) {
      if (actsIn(s, countries)) {
        in.add(s);
      }
    }
    return in;
  }

  /**
   * The stakeholders of one side of the partnership: acting in one of its {@code countries}
   * ({@link #in}), or recorded as acting for the side itself ("Pacific TVET partner institutions"
   * on the origin side, ch. 4), whichever of its countries they are in.
   */
  private static List<Stakeholder> onSide(Partnership p, Side side, Set<Country> countries) {
    List<Stakeholder> there = new ArrayList<>();
    for (Stakeholder s : p.stakeholders()) {
      if (actsIn(s, countries) || s.side().map(side::equals).orElse(false)) {
        there.add(s);
      }
    }
    return Collections.unmodifiableList(there);
  }

  /**
   * The stakeholders of the origin or destination side ({@link #onSide(Partnership, Side, Set)}
   * with the partnership's countries of that side), found once per validation of the partnership:
   * four rules ask.
   */
  static List<Stakeholder> onSide(RuleContext c, Side side) {
    return side == Side.ORIGIN
        ? c.shared(ORIGIN_ACTORS, p -> onSide(p, Side.ORIGIN, origins(c)))
        : c.shared(DESTINATION_ACTORS, p -> onSide(p, Side.DESTINATION, destinations(c)));
  }

  private static boolean actsIn(Stakeholder s, Set<Country> countries) {
    if (s.country().isPresent()) {
      return countries.contains(s.country().get());
    }
    for (Country country : s.countries()) {
      if (countries.contains(country)) {
        return true;
      }
    }
    return false;
  }

  static boolean highSkilled(Partnership p) {
    return p.skillLevels().map(r -> r.contains(SkillLevel.HIGH)).orElse(false);
  }

  static String codes(SortedSet<Country> countries) {
    StringBuilder codes = new StringBuilder(4 * countries.size());
    for (Country country : countries) {
      codes.append(codes.length() == 0 ? "" : ", ").append(country.code());
    }
    return codes.toString();
  }

  static SortedSet<Country> one(Country c) {
    SortedSet<Country> s = new TreeSet<>();
    s.add(c);
    return s;
  }
}
