package io.github.smpkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The exception locates the bad value by a JSON pointer, as the rest of smpkit does. */
class InvariantViolationExceptionTest {

  @Test
  void aPathOfFieldsAndIndexesBecomesARelativeJsonPointer() {
    InvariantViolationException e = new InvariantViolationException("CostItem", "shares[1].percent", -1,
        "must not be negative");
    assertEquals("shares[1].percent", e.field());
    assertEquals("/shares/1/percent", e.pointer());
    assertEquals("CostItem /shares/1/percent must not be negative (given: -1)", e.getMessage());
  }

  @Test
  void aSingleFieldIsOneStep() {
    assertEquals("/end", new InvariantViolationException("TimeFrame", "end", "2019", "lies before the start")
        .pointer());
  }

  @Test
  void tildeAndSlashInANameAreEscapedAsRfc6901Says() {
    assertEquals("/a~1b/0/c~0d",
        new InvariantViolationException("T", "a/b[0].c~d", null, "is wrong").pointer());
  }

  @Test
  void aNullValueIsShownAsNull() {
    assertEquals("T /x is missing (given: null)", new InvariantViolationException("T", "x", null, "is missing")
        .getMessage());
  }
}
