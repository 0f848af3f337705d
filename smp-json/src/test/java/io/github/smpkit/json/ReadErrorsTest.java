package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonProblem.Kind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every class of bad input gives problems that say where and what, with a message a newcomer can act on. */
class ReadErrorsTest {

  private static final SmpJson JSON = SmpJson.standard();

  /** A valid document, pretty, one field per line, with {@code extra} fields added at the end. */
  static String doc(String extra) {
    return "{\n"
        + "  \"formatVersion\": \"1.0\",\n"
        + "  \"id\": \"example\",\n"
        + "  \"title\": \"Example\",\n"
        + "  \"status\": \"PILOT\",\n"
        + "  \"parties\": [\n"
        + "    {\"country\": \"NG\", \"role\": \"ORIGIN\"},\n"
        + "    {\"country\": \"LT\", \"role\": \"DESTINATION\"}\n"
        + "  ]" + (extra.isEmpty() ? "" : ",\n  " + extra) + "\n"
        + "}\n";
  }

  private static List<JsonProblem> problems(String json) {
    return problems(JSON, json);
  }

  private static List<JsonProblem> problems(SmpJson reader, String json) {
    return assertThrows(SmpJsonException.class, () -> reader.read(json)).problems();
  }

  private static JsonProblem only(String json) {
    List<JsonProblem> problems = problems(json);
    assertEquals(1, problems.size(), () -> problems.toString());
    return problems.get(0);
  }

  @Test
  void theBaseDocumentIsValid() {
    Partnership p = JSON.read(doc(""));
    assertEquals("example", p.id());
  }

  @Test
  void malformedJsonNamesLineColumnAndWhatTheParserExpected() {
    JsonProblem p = only("{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"x\"\n  \"title\": \"y\"\n}");
    assertEquals(Kind.MALFORMED_JSON, p.kind());
    assertEquals(4, p.line());
    assertEquals(3, p.column());
    assertTrue(p.message().startsWith("malformed JSON: Unexpected character ('\"'"), p.message());
    assertTrue(p.message().contains("was expecting comma to separate Object entries"), p.message());
  }

  @Test
  void anEmptyDocumentSaysSo() {
    JsonProblem p = only("  ");
    assertEquals(Kind.MALFORMED_JSON, p.kind());
    assertEquals("the document is empty: expected a JSON object describing a partnership", p.message());
  }

  @Test
  void wrongTypesNameWhatWasExpectedAndWhatWasFound() {
    List<JsonProblem> ps = problems(doc("\"summary\": 42,\n  \"models\": \"PILOT_PROJECT\""));
    assertEquals(2, ps.size(), ps::toString);
    JsonProblem summary = ps.get(0);
    assertEquals(Kind.WRONG_TYPE, summary.kind());
    assertEquals("/summary", summary.pointer());
    assertEquals(10, summary.line());
    assertEquals(Optional.of("the number 42"), summary.found());
    assertEquals("expected non-blank text (at most 4000 characters), but found the number 42", summary.message());
    JsonProblem models = ps.get(1);
    assertEquals("/models", models.pointer());
    assertTrue(models.message().startsWith("expected an array of a PartnershipModel name (SKILLS_MOBILITY_PARTNERSHIP,"),
        models.message());
    assertTrue(models.message().endsWith("but found the string 'PILOT_PROJECT'"), models.message());
  }

  @Test
  void anUnknownEnumValueListsTheAllowedValues() {
    JsonProblem p = only(doc("").replace("\"PILOT\"", "\"RUNNING\""));
    assertEquals(Kind.UNKNOWN_ENUM_VALUE, p.kind());
    assertEquals("/status", p.pointer());
    assertEquals(5, p.line());
    assertEquals(13, p.column());
    assertEquals(List.of("PLANNED", "PILOT", "ACTIVE", "SCALING_UP", "COMPLETED", "DISCONTINUED",
        "NOT_IMPLEMENTED"), p.allowedValues());
    assertEquals("unknown PartnershipStatus value 'RUNNING'; allowed values: PLANNED, PILOT, ACTIVE, SCALING_UP, "
        + "COMPLETED, DISCONTINUED, NOT_IMPLEMENTED", p.message());
    assertEquals("/status (line 5, column 13): " + p.message(), p.toString());
  }

  @Test
  void anEnumValueInTheWrongCaseGetsAHint() {
    JsonProblem p = only(doc("").replace("\"PILOT\"", "\"pilot\""));
    assertTrue(p.message().startsWith("unknown PartnershipStatus value 'pilot' (did you mean 'PILOT'? names are "
        + "upper case)"), p.message());
  }

  @Test
  void unknownCodesNameTheNearestValidCodes() {
    List<JsonProblem> ps = problems(doc("\"sectors\": [\"J\", \"Z\"],\n"
        + "  \"occupations\": [{\"isco\": \"2517\"}],\n"
        + "  \"objectives\": [{\"statement\": \"s\", \"sdgTargets\": [\"10.77\"]}]").replace("\"NG\"", "\"NQ\""));
    assertEquals(4, ps.size(), ps::toString);
    JsonProblem country = ps.get(0);
    assertEquals(Kind.UNKNOWN_CODE, country.kind());
    assertEquals("/parties/0/country", country.pointer());
    assertEquals(7, country.line());
    assertTrue(country.message().startsWith("unknown ISO 3166-1 code 'NQ'; nearest valid codes: "), country.message());
    assertEquals(3, country.nearestCodes().size());
    JsonProblem sector = ps.get(1);
    assertEquals("/sectors/1", sector.pointer());
    assertTrue(sector.message().startsWith("unknown ISIC Rev.4 code 'Z'; nearest valid codes: "), sector.message());
    JsonProblem isco = ps.get(2);
    assertEquals("/occupations/0/isco", isco.pointer());
    assertTrue(isco.message().startsWith("unknown ISCO-08 code '2517'; nearest valid codes: 251"), isco.message());
    assertTrue(isco.nearestCodes().get(0).startsWith("251"), isco.nearestCodes()::toString);
    assertEquals("/objectives/0/sdgTargets/0", ps.get(3).pointer());
    assertTrue(ps.get(3).message().startsWith("unknown SDG targets code '10.77'"), ps.get(3).message());
  }

  @Test
  void anAlpha3CountryCodeIsRefusedWithItsAlpha2Form() {
    JsonProblem p = only(doc("").replace("\"NG\"", "\"NGA\""));
    assertEquals(Kind.UNKNOWN_CODE, p.kind());
    assertEquals("expected an ISO 3166-1 alpha-2 code (two letters), but found 'NGA': use 'NG', the alpha-2 code "
        + "of Nigeria", p.message());
    assertEquals(List.of("NG"), p.nearestCodes());
  }

  @Test
  void missingRequiredFieldsAreAllNamed() {
    List<JsonProblem> ps = problems("{\"formatVersion\": \"1.0\", \"summary\": \"no id, title, status, parties\"}");
    assertEquals(List.of("missing required field 'id' in Partnership", "missing required field 'title' in Partnership",
        "missing required field 'status' in Partnership", "missing required field 'parties' in Partnership"),
        ps.stream().map(JsonProblem::message).collect(Collectors.toList()));
    assertTrue(ps.stream().allMatch(p -> p.kind() == Kind.MISSING_FIELD && p.pointer().isEmpty() && p.line() == 1));
  }

  @Test
  void aMissingFormatVersionIsNamed() {
    JsonProblem p = only(doc("").replace("  \"formatVersion\": \"1.0\",\n", ""));
    assertEquals(Kind.MISSING_FIELD, p.kind());
    assertEquals("missing required field 'formatVersion' in Partnership", p.message());
  }

  @Test
  void nestedMissingFieldsPointAtTheirObject() {
    JsonProblem p = only(doc("\"costs\": [{\"amount\": {\"amount\": \"10.00\", \"currency\": \"EUR\"}}]"));
    assertEquals(Kind.MISSING_FIELD, p.kind());
    assertEquals("/costs/0", p.pointer());
    assertEquals("missing required field 'item' in CostItem", p.message());
  }

  @Test
  void anInvariantViolationPointsAtTheFieldThatBreaksIt() {
    JsonProblem p = only(doc("\"pathways\": [{\"destination\": \"NG\", \"permitCategory\": \"work permit\"}]"));
    assertEquals(Kind.INVARIANT_VIOLATION, p.kind());
    assertEquals("/pathways/0/destination", p.pointer());
    assertEquals(10, p.line());
    assertEquals("Partnership /pathways/0/destination is not a DESTINATION party (given: NG)", p.message());
    assertEquals(Optional.of("NG"), p.found());
  }

  @Test
  void invariantsOfNestedValuesPointIntoThem() {
    List<JsonProblem> ps = problems(doc("\"timeFrame\": {\"start\": \"2021\", \"end\": \"2019\"},\n"
        + "  \"costs\": [{\"item\": \"TRAINING_PROVIDER\", \"shares\": [{\"payer\": \"DONOR\", \"percent\": \"60\"}]}],\n"
        + "  \"participants\": [{\"kind\": \"SELECTED\", \"planned\": {\"min\": 120, \"max\": 100}}]"));
    assertEquals(3, ps.size(), ps::toString);
    assertEquals("/timeFrame/end", ps.get(0).pointer());
    assertEquals("TimeFrame /end lies before the start 2021 (given: 2019)", ps.get(0).message());
    assertEquals("/costs/0/shares", ps.get(1).pointer());
    assertTrue(ps.get(1).message().startsWith("CostItem /shares must add up to 100 %, but add up to 60 %"),
        ps.get(1).message());
    assertEquals("/participants/0/planned/min", ps.get(2).pointer());
    assertEquals("Count.min 120 is above max 100", ps.get(2).message());
  }

  @Test
  void aDuplicateKeyNamesWhereTheFieldWasFirstGiven() {
    JsonProblem p = only(doc("\"title\": \"Again\""));
    assertEquals(Kind.DUPLICATE_KEY, p.kind());
    assertEquals("/title", p.pointer());
    assertEquals(10, p.line());
    assertEquals("duplicate field 'title': it was first given at line 4, column 3; give each field once",
        p.message());
  }

  @Test
  void trailingContentIsReported() {
    JsonProblem another = only(doc("") + "{}");
    assertEquals(Kind.TRAILING_CONTENT, another.kind());
    assertEquals(11, another.line());
    assertEquals("unexpected another object after the end of the document: a document holds one partnership "
        + "(use an array or JSON Lines for several)", another.message());
    JsonProblem garbage = only(doc("") + "oops");
    assertEquals(Kind.TRAILING_CONTENT, garbage.kind());
    assertTrue(garbage.message().startsWith("unexpected text after the end of the document: Unrecognized token "
        + "'oops'"), garbage.message());
  }

  @Test
  void nullIsRefusedWithAdviceToOmitTheField() {
    JsonProblem p = only(doc("\"summary\": null"));
    assertEquals(Kind.NULL_VALUE, p.kind());
    assertEquals("/summary", p.pointer());
    assertEquals("null is not allowed: omit the field 'summary' when the value is unknown or empty", p.message());
    JsonProblem inArray = only(doc("\"sectors\": [null]"));
    assertEquals(Kind.NULL_VALUE, inArray.kind());
    assertEquals("/sectors/0", inArray.pointer());
  }

  @Test
  void anUnknownFieldIsRefusedWithTheNearestKnownName() {
    JsonProblem p = only(doc("\"sumary\": \"typo\""));
    assertEquals(Kind.UNKNOWN_FIELD, p.kind());
    assertEquals("/sumary", p.pointer());
    assertTrue(p.message().startsWith("unknown field 'sumary' in Partnership (did you mean 'summary'?); known fields: "
        + "formatVersion, id, title, summary,"), p.message());
    assertTrue(p.allowedValues().contains("sustainabilityPlan"));
  }

  @Test
  void unknownFieldsCanBeIgnored() {
    SmpJson lenient = SmpJson.builder().unknownFields(UnknownFieldPolicy.IGNORE).build();
    Partnership p = lenient.read(doc("\"sumary\": \"typo\",\n  \"future\": {\"nested\": [1, 2]}"));
    assertEquals(Optional.empty(), p.summary());
  }

  @Test
  void aHigherMinorVersionIsReadIgnoringTheFieldsItAdds() {
    Partnership p = JSON.read(doc("\"addedIn13\": true").replace("\"1.0\"", "\"1.3\""));
    assertEquals("example", p.id());
  }

  @Test
  void aHigherMajorVersionIsRefused() {
    JsonProblem p = only(doc("\"reshaped\": true").replace("\"1.0\"", "\"3.0\""));
    assertEquals(Kind.UNSUPPORTED_VERSION, p.kind());
    assertEquals("/formatVersion", p.pointer());
    assertEquals("formatVersion '3.0' is not supported: this reader reads format 1.x and 2.x (up to 2.0); a new major "
        + "version changes the meaning of fields, so read it with a newer smp-json", p.message());
  }

  @Test
  void invalidValuesSayWhatFormWasExpected() {
    List<JsonProblem> ps = problems(doc("\"timeFrame\": {\"start\": \"June 2019\", \"end\": \"2019-02-30\"},\n"
        + "  \"id\": \"Not An Id\""));
    JsonProblem id = ps.stream().filter(p -> p.pointer().equals("/id")).findFirst().orElseThrow();
    assertEquals(Kind.DUPLICATE_KEY, id.kind());
    JsonProblem start = ps.stream().filter(p -> p.pointer().equals("/timeFrame/start")).findFirst().orElseThrow();
    assertEquals(Kind.INVALID_VALUE, start.kind());
    assertEquals("expected a date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', but found the string 'June 2019'",
        start.message());
    JsonProblem end = ps.stream().filter(p -> p.pointer().equals("/timeFrame/end")).findFirst().orElseThrow();
    assertTrue(end.message().startsWith("'2019-02-30' is not a real date or period: "), end.message());
  }

  @Test
  void anAccessedDateThatDoesNotExistSaysWhy() {
    JsonProblem p = problems(doc("\"citations\": [{\"key\": \"k\", \"title\": \"T\", \"accessed\": \"2023-02-30\"}]"))
        .get(0);
    assertEquals("/citations/0/accessed", p.pointer());
    assertEquals("'2023-02-30' is not a real date or period: Text '2023-02-30' could not be parsed: Invalid date"
        + " 'FEBRUARY 30'", p.message());
  }

  @Test
  void moneyAndCountsExplainTheirForms() {
    List<JsonProblem> ps = problems(doc("\"fundingSources\": [{\"name\": \"f\", \"type\": \"DONOR\", "
        + "\"amount\": {\"amount\": \"1.005\", \"currency\": \"EUR\"}}, {\"name\": \"g\", \"type\": \"DONOR\", "
        + "\"amount\": {\"amount\": 5, \"currency\": \"EUX\"}}],\n"
        + "  \"participants\": [{\"kind\": \"SELECTED\", \"planned\": {\"exactly\": 3, \"about\": 3}}]"));
    assertEquals(4, ps.size(), ps::toString);
    assertEquals("/fundingSources/0/amount/amount", ps.get(0).pointer());
    assertEquals("amount 1.005 has more decimals than EUR allows (2)", ps.get(0).message());
    assertEquals("/fundingSources/1/amount/amount", ps.get(1).pointer());
    assertEquals(Kind.WRONG_TYPE, ps.get(1).kind());
    assertEquals("unknown ISO 4217 currency code 'EUX'", ps.get(2).message());
    assertEquals("/participants/0/planned", ps.get(3).pointer());
    assertTrue(ps.get(3).message().startsWith("expected a count as exactly one of {\"exactly\": n}"),
        ps.get(3).message());
  }

  @Test
  void everyProblemOfADocumentIsReportedTogether() {
    String json = doc("\"summary\": \"\",\n  \"models\": [\"NOPE\"],\n  \"sectors\": [\"Z\"],\n"
        + "  \"timeFrame\": {\"fundingCycleMonths\": 0},\n  \"colour\": \"blue\"").replace("\"PILOT\"", "7");
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> JSON.read(json));
    assertEquals(List.of(Kind.WRONG_TYPE, Kind.INVALID_VALUE, Kind.UNKNOWN_ENUM_VALUE, Kind.UNKNOWN_CODE,
        Kind.INVALID_VALUE, Kind.UNKNOWN_FIELD),
        e.problems().stream().map(JsonProblem::kind).collect(Collectors.toList()));
    assertTrue(e.getMessage().startsWith("6 problems in partnership JSON:\n  /status (line 5, column 13): expected a "
        + "PartnershipStatus name"), e.getMessage());
  }

  @Test
  void aSingleProblemMessageIsOneLine() {
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> JSON.read(doc("\"notes\": 1")));
    assertEquals("invalid partnership JSON: /notes (line 10, column 12): expected non-blank text (at most 4000 "
        + "characters), but found the number 1", e.getMessage());
  }

  @Test
  void aDocumentThatIsNotAnObjectIsAWrongType() {
    JsonProblem p = only("[1, 2]");
    assertEquals(Kind.WRONG_TYPE, p.kind());
    assertEquals("expected an object (Partnership), but found an array", p.message());
  }
}
