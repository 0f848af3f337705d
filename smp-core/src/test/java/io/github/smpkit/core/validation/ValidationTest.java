package io.github.smpkit.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.typology.Occupation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private static final Validator VALIDATOR = Validators.fluent();

  private static Partnership.Builder valid() {
    return Partnership.builder().id("digital-explorers").title("Digital Explorers").status(PartnershipStatus.PILOT)
        .addParties(Party.origin(Country.of("NG")), Party.destination(Country.of("LT")));
  }

  private static <T> List<String> paths(Set<ConstraintViolation<T>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().collect(Collectors.toList());
  }

  @Test
  void aValidPartnershipHasNoViolations() {
    assertEquals(List.of(), paths(VALIDATOR.validate(valid().build())));
  }

  @Test
  void aBlankTitleIsOneViolationAtTitle() {
    Set<ConstraintViolation<Partnership>> violations = VALIDATOR.validateValue(Partnership.class, "title", "  ");
    assertEquals(List.of("title"), paths(violations));
    assertEquals(TextRule.SHORT.problem("  ").orElseThrow(), violations.iterator().next().getMessage());
  }

  @Test
  void anIdOutsideThePatternIsOneViolationAtId() {
    Set<ConstraintViolation<Partnership>> violations =
        VALIDATOR.validateValue(Partnership.class, "id", "Digital Explorers");
    assertEquals(List.of("id"), paths(violations));
    assertEquals("Digital Explorers", violations.iterator().next().getInvalidValue());
  }

  @Test
  void aBlankOptionalSummaryIsOneViolationAtSummary() {
    assertEquals(List.of("summary"),
        paths(VALIDATOR.validateValue(Partnership.class, "summary", Optional.of(" "))));
  }

  @Test
  void aBlankOptionalDescriptionIsOneViolationAtDescription() {
    assertEquals(List.of("description"),
        paths(VALIDATOR.validateValue(Stakeholder.class, "description", Optional.of(" \t"))));
  }

  @Test
  void anAbsentOptionalDescriptionIsNoViolation() {
    assertEquals(List.of(), paths(VALIDATOR.validate(Stakeholder.builder().name("Enabel").type(StakeholderType.DONOR)
        .build())));
  }

  @Test
  void aNumberOutOfItsRangeIsRefusedByTheBuilderAndByBeanValidationInTheSameWords() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, () -> LegalPathway.builder()
        .destination(Country.of("LT")).permitCategory("Work").processingDays(4000).build());
    assertEquals("LegalPathway /processingDays must be from 0 to 3650 (given: 4000)", e.getMessage());
    Set<ConstraintViolation<LegalPathway>> days = VALIDATOR.validateValue(LegalPathway.class, "processingDays",
        Optional.of(4000));
    assertEquals(List.of("processingDays"), paths(days));
    assertEquals("must be from 0 to 3650", days.iterator().next().getMessage());

    assertThrows(InvariantViolationException.class, () -> TimeFrame.builder().fundingCycleMonths(1201).build());
    assertEquals(List.of("fundingCycleMonths"),
        paths(VALIDATOR.validateValue(TimeFrame.class, "fundingCycleMonths", Optional.of(0))));
    assertEquals(List.of(), paths(VALIDATOR.validateValue(TimeFrame.class, "fundingCycleMonths", Optional.of(1200))));
  }

  @Test
  void aPercentOfZeroIsOneViolationAtPercent() {
    assertEquals(List.of("percent"),
        paths(VALIDATOR.validateValue(PayerShare.class, "percent", BigDecimal.ZERO)));
  }

  @Test
  void aPercentAboveOneHundredIsOneViolationAtPercent() {
    assertEquals(List.of("percent"),
        paths(VALIDATOR.validateValue(PayerShare.class, "percent", new BigDecimal("100.01"))));
  }

  @Test
  void aPercentOfOneHundredOrAHundredthIsValid() {
    assertEquals(List.of(), paths(VALIDATOR.validateValue(PayerShare.class, "percent", new BigDecimal("100"))));
    assertEquals(List.of(), paths(VALIDATOR.validateValue(PayerShare.class, "percent", new BigDecimal("0.01"))));
  }

  @Test
  void aTooLongTitleIsOneViolation() {
    assertEquals(List.of("title"), paths(VALIDATOR.validateValue(Partnership.class, "title", "x".repeat(301))));
  }
}
