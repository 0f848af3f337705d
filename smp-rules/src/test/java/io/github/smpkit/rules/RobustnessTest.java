package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.testkit.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No built-in rule fails on any generated partnership. */
class RobustnessTest {

  private static final PartnershipValidator ALL = PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();

  @Test
  void noRuleFailsOnGeneratedPartnerships() {
    Property.forAll(200, p -> assertEquals(List.of(), ALL.validate(p).failures()));
    Property.forAllComplete(100, p -> assertEquals(List.of(), ALL.validate(p).failures()));
  }
}
