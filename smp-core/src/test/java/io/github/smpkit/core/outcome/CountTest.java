package io.github.smpkit.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountTest {

  @Test
  void everyFormReadsBackWhatItWrites() {
    for (Count c : new Count[] {Count.exactly(30), Count.atLeast(400), Count.atMost(50), Count.about(105),
        Count.between(100, 120), Count.exactly(0)}) {
      assertEquals(c, Count.parse(c.toString()), c.toString());
    }
    assertEquals("at least 400", Count.atLeast(400).toString());
    assertEquals("100-120", Count.between(100, 120).toString());
  }

  @Test
  void boundsAndEstimates() {
    assertTrue(Count.exactly(30).isExact());
    assertFalse(Count.about(30).isExact());
    assertEquals(Optional.empty(), Count.atLeast(400).upper());
    assertEquals(400, Count.atLeast(400).estimate());
    assertEquals(50, Count.atMost(50).estimate());
    assertEquals(110, Count.between(100, 120).estimate());
    assertTrue(Count.atLeast(400).admits(1000));
    assertFalse(Count.atMost(50).admits(51));
  }

  @Test
  void badTextIsRejectedNamingTheFormsAllowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Count.parse("around 5"));
    assertTrue(e.getMessage().contains("'around 5'") && e.getMessage().contains("at least N"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Count.parse("at least 5-6"));
    assertThrows(IllegalArgumentException.class, () -> Count.parse("-5"));
  }
}
