package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * An actor recorded for a side ("Pacific TVET partner institutions" on the origin side) or for
 * several countries (the labour-sending units of nine Pacific countries as one actor) takes part
 * for that side, as one placed in a single country does (IOM SMP Guidance 2023, ch. 4). The rules
 * that look for the actors of a side used to see only a single country, and asked for what was
 * recorded (nz-rse and aptc record their origin actors this way).
 */
class ActorsOfASideTest {

  private static final PartnershipValidator WITH_BLMA =
      PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();
  private static final Partnership GOOD = GoodPractice.exemplary();
  private static final Country NG = Country.of("NG");
  private static final Country GH = Country.of("GH");
  private static final List<String> SIDE_RULES =
      List.of("SMP-STAKE-002", "SMP-STAKE-003", "SMP-BLMA-003", "SMP-DEV-007");

  /** {@code GOOD} with every actor placed in Nigeria (its origin) recorded another way. */
  private static Partnership originActors(UnaryOperator<Stakeholder> recorded) {
    return GOOD.withStakeholders(Edits.map(GOOD.stakeholders(),
        s -> s.country().equals(Optional.of(NG)) ? recorded.apply(s.withCountry(Optional.empty())) : s));
  }

  private static Outcome outcome(Partnership p, String id) {
    return CostRulesTest.evaluate(WITH_BLMA, p, id).outcome();
  }

  @Test
  void theExemplaryPartnershipMeetsTheSideRules() {
    for (String id : SIDE_RULES) {
      assertEquals(Outcome.MET, outcome(GOOD, id), id);
    }
  }

  @Test
  void actorsRecordedForTheOriginSideAreOriginActors() {
    Partnership bySide = originActors(s -> s.withSide(Side.ORIGIN));
    for (String id : SIDE_RULES) {
      assertEquals(Outcome.MET, outcome(bySide, id), () -> id + ": " + CostRulesTest.evaluate(WITH_BLMA, bySide, id));
    }
  }

  @Test
  void actorsRecordedForSeveralCountriesActInEachOfThem() {
    Partnership byCountries = originActors(s -> s.withCountries(NG, GH));
    for (String id : SIDE_RULES) {
      assertEquals(Outcome.MET, outcome(byCountries, id), () -> id + ": " + CostRulesTest.evaluate(WITH_BLMA, byCountries, id));
    }
  }

  @Test
  void actorsOfAnotherSideOrOfOtherCountriesDoNotStandForTheOrigin() {
    // the same actors, but recorded for the destination side, or for countries that are not the origin
    for (Partnership p : List.of(originActors(s -> s.withSide(Side.DESTINATION)),
        originActors(s -> s.withCountries(GH, Country.of("SN"))))) {
      assertEquals(Outcome.GAP, outcome(p, "SMP-STAKE-002"), () -> CostRulesTest.evaluate(p, "SMP-STAKE-002").toString());
      assertEquals(Outcome.GAP, outcome(p, "SMP-STAKE-003"));
      assertEquals(Outcome.GAP, outcome(p, "SMP-BLMA-003"));
    }
  }

  @Test
  void aPermitAuthorityRecordedForSeveralCountriesActsInTheDestination() {
    String id = "SMP-PATH-003";
    assertEquals(Outcome.MET, outcome(GOOD, id));
    Country destination = GOOD.destinations().first();
    Partnership severalCountries = GOOD.withStakeholders(Edits.map(GOOD.stakeholders(),
        s -> s.country().equals(Optional.of(destination))
            ? s.withCountry(Optional.empty()).withCountries(destination, Country.of("LU")) : s));
    assertEquals(Outcome.MET, outcome(severalCountries, id), () -> CostRulesTest.evaluate(severalCountries, id).toString());
    Partnership elsewhere = GOOD.withStakeholders(Edits.map(GOOD.stakeholders(),
        s -> s.country().equals(Optional.of(destination))
            ? s.withCountry(Optional.empty()).withCountries(Country.of("LU"), Country.of("NL")) : s));
    assertEquals(Outcome.GAP, outcome(elsewhere, id));
  }
}
