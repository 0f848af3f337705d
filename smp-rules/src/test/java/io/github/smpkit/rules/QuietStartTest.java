package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Hibernate Validator's start-up line does not reach a user's log (issue 12). */
class QuietStartTest {

  @Test
  void theVersionLoggerIsRaisedToWarningOnceTheStructuralRulesRun() {
    PartnershipValidator.standard().validate(GoodPractice.exemplary());
    assertEquals(Level.WARNING, Logger.getLogger("org.hibernate.validator.internal.util.Version").getLevel());
  }
}
