package io.github.smpkit.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recruitment.RecruitmentProvision;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvision;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shortcuts in {@link Facts} give exactly what the model gives, on either side of each condition. */
class FactsTest {

  private static final Country NG = Country.of("NG");
  private static final Country BE = Country.of("BE");

  /** A partnership from NG to BE with nothing else recorded. */
  private static final Partnership BARE = Partnership.builder().id("bare").title("Bare").status(PartnershipStatus.ACTIVE)
      .addParties(Party.origin(NG), Party.destination(BE)).build();

  private static Partnership occupations(String... isco) {
    return BARE.withOccupations(List.of(isco).stream().map(c -> Occupation.of(IscoCode.of(c)))
        .collect(Collectors.toList()));
  }

  private static Partnership sectors(String... isic) {
    return BARE.withSectors(List.of(isic).stream().map(IsicCode::of).collect(Collectors.toList()));
  }

  private static TrainingComponent training(TrainingLocation location, Track track) {
    return TrainingComponent.builder().name("Course").location(location).track(track).build();
  }

  @Test
  void healthWorkIsSectorQOrAHealthOccupation() {
    assertTrue(Facts.health(sectors("J", "Q")));
    assertTrue(Facts.health(sectors("86")));
    assertFalse(Facts.health(sectors("J", "P")));
    for (String isco : List.of("2221", "3221", "5321")) {
      assertTrue(Facts.health(occupations("2512", isco)), isco);
    }
    for (String isco : List.of("2512", "5311", "5411", "2120", "3122")) {
      assertFalse(Facts.health(occupations(isco)), isco);
    }
    assertFalse(Facts.health(BARE));
  }

  @Test
  void theHealthCodesAreListedSectorsFirstThenOccupationsInOrder() {
    Partnership p = occupations("2512", "3221", "5321", "2221").withSectors(IsicCode.of("87"), IsicCode.of("J"),
        IsicCode.of("86"));
    assertEquals(List.of("ISIC 86", "ISIC 87", "ISCO 3221", "ISCO 5321", "ISCO 2221"), Facts.healthCodes(p));
    assertEquals(List.of(), Facts.healthCodes(occupations("2512").withSectors(IsicCode.of("J"))));
  }

  @Test
  void careOrDomesticWorkIsHealthHouseholdsOrCareAndCleaningOccupations() {
    assertTrue(Facts.careOrDomestic(sectors("T")));
    assertTrue(Facts.careOrDomestic(sectors("Q")));
    assertTrue(Facts.careOrDomestic(occupations("5311")));
    assertTrue(Facts.careOrDomestic(occupations("9111")));
    assertTrue(Facts.careOrDomestic(occupations("2221")));
    assertFalse(Facts.careOrDomestic(sectors("J").withOccupations(Occupation.of(IscoCode.of("5411")),
        Occupation.of(IscoCode.of("9311")), Occupation.of(IscoCode.of("2512")))));
    assertFalse(Facts.careOrDomestic(BARE));
  }

  @Test
  void publicFundingIsAPublicFunder() {
    assertFalse(Facts.publiclyFunded(BARE));
    assertFalse(Facts.publiclyFunded(BARE.withFundingSources(FundingSource.builder().name("Chamber")
        .type(Payer.EMPLOYER).build())));
    assertTrue(Facts.publiclyFunded(BARE.withFundingSources(FundingSource.builder().name("Chamber")
        .type(Payer.EMPLOYER).build(), FundingSource.builder().name("Ministry").type(Payer.ORIGIN_GOVERNMENT).build())));
  }

  @Test
  void aPilotIsThePilotStatusOrAPilotProject() {
    assertTrue(Facts.pilot(BARE.withStatus(PartnershipStatus.PILOT)));
    FormOfEngagement pilot = FormOfEngagement.builder().form(EngagementForm.PILOT_PROJECT).build();
    FormOfEngagement mou = FormOfEngagement.builder().form(EngagementForm.MEMORANDUM_OF_UNDERSTANDING).build();
    assertTrue(Facts.pilot(BARE.withFormsOfEngagement(mou, pilot)));
    assertFalse(Facts.pilot(BARE.withFormsOfEngagement(mou)));
    assertTrue(Facts.hasForm(BARE.withFormsOfEngagement(mou), EngagementForm.MEMORANDUM_OF_UNDERSTANDING));
    assertFalse(Facts.hasForm(BARE, EngagementForm.MEMORANDUM_OF_UNDERSTANDING));
  }

  @Test
  void trainingServesAwayHomeAndTakesPlaceInTheOrigin() {
    Partnership home = BARE.withTraining(training(TrainingLocation.DESTINATION, Track.HOME));
    assertTrue(Facts.homeTraining(home));
    assertFalse(Facts.awayTraining(home));
    assertFalse(Facts.originTraining(home));
    Partnership away = BARE.withTraining(training(TrainingLocation.DESTINATION, Track.HOME),
        training(TrainingLocation.ORIGIN, Track.AWAY));
    assertTrue(Facts.awayTraining(away));
    assertTrue(Facts.originTraining(away));
    assertFalse(Facts.homeTraining(BARE.withTraining(training(TrainingLocation.ORIGIN, Track.AWAY))));
    assertFalse(Facts.awayTraining(BARE) || Facts.homeTraining(BARE) || Facts.originTraining(BARE));
  }

  @Test
  void provisionsAndStakeholdersOfAKind() {
    Partnership p = BARE.withSocialProvisions(SocialProvision.of(SocialProvisionKind.HEALTH_COVERAGE))
        .withRecruitmentProvisions(RecruitmentProvision.of(RecruitmentSafeguard.EMPLOYER_PAYS));
    assertTrue(Facts.hasSocial(p, SocialProvisionKind.HEALTH_COVERAGE));
    assertFalse(Facts.hasSocial(p, SocialProvisionKind.HOUSING));
    assertTrue(Facts.hasSafeguard(p, RecruitmentSafeguard.EMPLOYER_PAYS));
    assertFalse(Facts.hasSafeguard(p, RecruitmentSafeguard.WRITTEN_CONTRACT));
    Stakeholder union = Stakeholder.builder().name("Union").type(StakeholderType.TRADE_UNION).country(NG).build();
    Stakeholder iom = Stakeholder.builder().name("IOM").type(StakeholderType.INTERNATIONAL_ORGANISATION).build();
    Partnership s = BARE.withStakeholders(iom, union);
    assertEquals(List.of(union), Facts.in(s, Set.of(NG)));
    assertEquals(List.of(), Facts.in(s, Set.of(BE)));
  }

  @Test
  void highSkilledIsARangeThatReachesHighSkills() {
    assertFalse(Facts.highSkilled(BARE));
    assertFalse(Facts.highSkilled(BARE.withSkillLevels(SkillLevelRange.between(SkillLevel.LOW, SkillLevel.MID))));
    assertTrue(Facts.highSkilled(BARE.withSkillLevels(SkillLevelRange.between(SkillLevel.MID, SkillLevel.HIGH))));
  }

  @Test
  void temporaryMigrationAndPhysicalMobility() {
    assertTrue(Facts.temporary(BARE.withMigrationTypes(MigrationType.PERMANENT, MigrationType.SEASONAL)));
    assertFalse(Facts.temporary(BARE.withMigrationTypes(MigrationType.PERMANENT)));
    assertFalse(Facts.temporary(BARE));
    assertTrue(Facts.physical(BARE));
    assertFalse(Facts.physical(BARE.withMobilityModes(MobilityMode.REMOTE)));
    assertTrue(Facts.physical(BARE.withMobilityModes(MobilityMode.REMOTE, MobilityMode.PHYSICAL)));
    assertTrue(Facts.physical(BARE.withMobilityModes(MobilityMode.HYBRID)));
  }

  @Test
  void countriesAreListedByCode() {
    assertEquals("BE, NG", Facts.codes(new java.util.TreeSet<>(Set.of(NG, BE))));
    assertEquals("NG", Facts.codes(Facts.one(NG)));
  }
}
