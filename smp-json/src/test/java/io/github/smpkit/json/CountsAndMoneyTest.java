package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.json.JsonProblem.Kind;
import org.junit.jupiter.api.Test;

/** Counts and money: every written form read back, and every wrong shape refused at its pointer. */
class CountsAndMoneyTest {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();
  private static final String HEAD = "{\"formatVersion\":\"2.0\",\"id\":\"c\",\"title\":\"C\",\"status\":\"PILOT\","
      + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}]";

  private static String planned(String count) {
    return HEAD + ",\"participants\":[{\"kind\":\"TRAINED\",\"planned\":" + count + "}]}";
  }

  private static String funded(String money) {
    return HEAD + ",\"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":" + money + "}]}";
  }

  private static Count count(String json) {
    return COMPACT.read(planned(json)).participants().get(0).planned().orElseThrow();
  }

  private static JsonProblem only(String document) {
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> COMPACT.read(document));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  @Test
  void everyFormOfACountIsReadAndWrittenInThatForm() {
    String[] forms = {"{\"exactly\":30}", "{\"atLeast\":30}", "{\"atMost\":30}", "{\"about\":30}",
        "{\"min\":10,\"max\":30}"};
    Count[] counts = {Count.exactly(30), Count.atLeast(30), Count.atMost(30), Count.about(30), Count.between(10, 30)};
    for (int i = 0; i < forms.length; i++) {
      Partnership p = COMPACT.read(planned(forms[i]));
      assertEquals(counts[i], p.participants().get(0).planned().orElseThrow(), forms[i]);
      String written = COMPACT.write(p);
      assertTrue(written.contains("\"planned\":" + forms[i]), written);
    }
    assertEquals(Count.between(10, 30), count("{\"max\":30,\"min\":10}"));
    assertTrue(COMPACT.write(COMPACT.read(planned("{\"min\":0,\"max\":30}"))).contains("\"planned\":{\"atMost\":30}"));
  }

  @Test
  void aCountOfAnyOtherShapeIsRefusedNamingItsFields() {
    String forms = "expected a count as exactly one of {\"exactly\": n}, {\"atLeast\": n}, {\"atMost\": n}, "
        + "{\"about\": n} or {\"min\": n, \"max\": m}, but found ";
    JsonProblem empty = only(planned("{}"));
    assertEquals(Kind.INVALID_VALUE, empty.kind());
    assertEquals("/participants/0/planned", empty.pointer());
    assertEquals(forms + "an empty object", empty.message());
    assertEquals(forms + "the fields exactly, about", only(planned("{\"exactly\":3,\"about\":4}")).message());
    assertEquals(forms + "the fields min", only(planned("{\"min\":3}")).message());
    assertEquals(forms + "the fields max", only(planned("{\"max\":3}")).message());
    assertEquals(forms + "the fields min, max, about", only(planned("{\"min\":3,\"max\":4,\"about\":4}")).message());
    JsonProblem unknown = only(planned("{\"roughly\":3}"));
    assertEquals(Kind.UNKNOWN_FIELD, unknown.kind());
    assertEquals("/participants/0/planned/roughly", unknown.pointer());
    assertEquals(Kind.WRONG_TYPE, only(planned("30")).kind());
    JsonProblem negative = only(planned("{\"atLeast\":-1}"));
    assertEquals("/participants/0/planned/atLeast", negative.pointer());
  }

  /**
   * A field the reader ignores (a newer minor version's, or with the ignore policy) is not a
   * count's form: a count of ignored fields only is refused, not read as a count of nothing. The
   * readBytes fuzz target found it ({@code {"ex2ctly": ...}} in a 1.7 document): it ended in a
   * NullPointerException (JsonFuzzTestInputs/readBytes/defect-count-of-ignored-fields.json).
   */
  @Test
  void aCountOfIgnoredFieldsOnlyIsRefused() {
    String newerMinor = planned("{\"ex2ctly\":30}").replace("\"2.0\"", "\"2.7\"");
    JsonProblem newer = only(newerMinor);
    assertEquals(Kind.INVALID_VALUE, newer.kind());
    assertEquals("/participants/0/planned", newer.pointer());
    assertTrue(newer.message().endsWith("but found no field of a count"), newer.message());
    SmpJson ignoring = SmpJson.builder().compact().unknownFields(UnknownFieldPolicy.IGNORE).build();
    assertThrows(SmpJsonException.class, () -> ignoring.read(planned("{\"ex2ctly\":30}")));
    assertEquals(Count.about(30), ignoring.read(planned("{\"about\":30,\"roughly\":3}")).participants().get(0)
        .planned().orElseThrow());
  }

  @Test
  void moneyIsWrittenAsAnAmountStringAndACurrency() {
    Partnership p = COMPACT.read(funded("{\"currency\":\"EUR\",\"amount\":\"5.5\"}"));
    assertEquals(Money.of("EUR", "5.50"), p.fundingSources().get(0).amount().orElseThrow());
    assertTrue(COMPACT.write(p).contains("\"amount\":{\"amount\":\"5.50\",\"currency\":\"EUR\"}"), COMPACT.write(p));
  }

  @Test
  void moneyOfAnyOtherShapeIsRefusedAtItsField() {
    assertEquals(Kind.WRONG_TYPE, only(funded("\"EUR 5\"")).kind());
    JsonProblem unknownCurrency = only(funded("{\"amount\":\"5\",\"currency\":\"EUX\"}"));
    assertEquals(Kind.UNKNOWN_CODE, unknownCurrency.kind());
    assertEquals("/fundingSources/0/amount/currency", unknownCurrency.pointer());
    assertEquals("unknown ISO 4217 currency code 'EUX'", unknownCurrency.message());
    JsonProblem gold = only(funded("{\"amount\":\"5\",\"currency\":\"XAU\"}"));
    assertEquals(Kind.INVALID_VALUE, gold.kind());
    assertEquals("currency 'XAU' has no minor unit (precious metals, funds, testing and 'no currency' codes are not"
        + " accepted)", gold.message());
    JsonProblem decimals = only(funded("{\"amount\":\"5.001\",\"currency\":\"EUR\"}"));
    assertEquals(Kind.INVALID_VALUE, decimals.kind());
    assertEquals("/fundingSources/0/amount/amount", decimals.pointer());
    JsonProblem form = only(funded("{\"amount\":\"5e3\",\"currency\":\"EUR\"}"));
    assertEquals("/fundingSources/0/amount/amount", form.pointer());
    assertTrue(form.message().startsWith("expected an amount as a decimal string such as '1500000.00', with at most 18"
        + " digits before the point"), form.message());
    JsonProblem missing = only(funded("{\"amount\":\"5\"}"));
    assertEquals(Kind.MISSING_FIELD, missing.kind());
    assertEquals("missing required field 'currency' in Money", missing.message());
    assertEquals(Kind.UNKNOWN_FIELD, only(funded("{\"amount\":\"5\",\"currency\":\"EUR\",\"rate\":1}")).kind());
    assertEquals(Kind.WRONG_TYPE, only(funded("{\"amount\":5,\"currency\":\"EUR\"}")).kind());
    assertEquals(Kind.WRONG_TYPE, only(funded("{\"amount\":\"5\",\"currency\":978}")).kind());
  }
}
