package io.github.smpkit.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void leavesPlainFieldsUnquoted() {
    assertEquals("a,b c,1\r\n", new CsvWriter().row("a", "b c", "1").toString());
  }

  @Test
  void quotesFieldsWithCommasQuotesAndLineBreaksAndDoublesQuotes() {
    assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\r\n", new CsvWriter().row("a,b", "say \"hi\"", "x\ny").toString());
  }
}
