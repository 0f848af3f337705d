package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.JsonProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The values that carry what went wrong: problems, the exception, record results and load failures. */
class ProblemValuesTest {

  private static JsonProblem problem(String pointer, int line, int column, String message) {
    return JsonProblem.of(Kind.INVALID_VALUE, pointer, line, column, message);
  }

  private static List<JsonProblem> problems(int n) {
    return IntStream.range(0, n).mapToObj(i -> problem("/sectors/" + i, 1, 10 + i, "bad " + i)).toList();
  }

  @Test
  void aProblemSaysWhereItIs() {
    assertEquals("/title (line 3, column 12): too long", problem("/title", 3, 12, "too long").toString());
    assertEquals("/ (line 1, column 1): not JSON", problem("", 1, 1, "not JSON").toString());
    assertEquals("/title: too long", problem("/title", 0, 0, "too long").toString());
    assertEquals("/", problem("", 0, 0, "x").location());
  }

  @Test
  void aProblemCopiesItsListsAndRefusesNulls() {
    List<String> allowed = new ArrayList<>(List.of("A", "B"));
    JsonProblem p = JsonProblem.of(Kind.UNKNOWN_ENUM_VALUE, "/status", 1, 1, "unknown").withExpected("a status")
        .withFound("'X'").withAllowedValues(allowed);
    allowed.add("C");
    assertEquals(List.of("A", "B"), p.allowedValues());
    assertEquals(Optional.of("a status"), p.expected());
    assertEquals(Optional.of("'X'"), p.found());
    assertEquals(List.of(), p.nearestCodes());
    assertEquals(p, JsonProblem.of(Kind.UNKNOWN_ENUM_VALUE, "/status", 1, 1, "unknown").withAllowedValues(
        List.of("A", "B")).withFound("'X'").withExpected("a status"));
    assertThrows(NullPointerException.class, () -> JsonProblem.of(null, "", 1, 1, "m"));
    assertThrows(NullPointerException.class, () -> JsonProblem.of(Kind.WRONG_TYPE, null, 1, 1, "m"));
    assertThrows(NullPointerException.class, () -> JsonProblem.of(Kind.WRONG_TYPE, "", 1, 1, "m").withExpected(null));
    assertThrows(NullPointerException.class, () -> JsonProblem.of(Kind.WRONG_TYPE, "", 1, 1, "m").withFound(null));
    assertThrows(NullPointerException.class, () -> JsonProblem.of(Kind.WRONG_TYPE, "", 1, 1, null));
    assertThrows(IllegalArgumentException.class, () -> JsonProblem.of(Kind.WRONG_TYPE, "", -1, 1, "m"));
  }

  @Test
  void oneProblemIsOneLine() {
    SmpJsonException e = new SmpJsonException(List.of(problem("/id", 2, 9, "bad id")));
    assertEquals("invalid partnership JSON: /id (line 2, column 9): bad id", e.getMessage());
    assertEquals(1, e.problemCount());
  }

  @Test
  void twentyProblemsAreAllShownAndMoreAreCounted() {
    SmpJsonException twenty = new SmpJsonException(problems(20));
    assertEquals(21, twenty.getMessage().lines().count());
    assertTrue(twenty.getMessage().startsWith("20 problems in partnership JSON:\n  /sectors/0 (line 1, column 10): bad 0"),
        twenty.getMessage());
    assertTrue(twenty.getMessage().endsWith("\n  /sectors/19 (line 1, column 29): bad 19"), twenty.getMessage());

    SmpJsonException twentyOne = new SmpJsonException(problems(21));
    assertEquals(22, twentyOne.getMessage().lines().count());
    assertTrue(twentyOne.getMessage().endsWith("\n  /sectors/19 (line 1, column 29): bad 19\n  ... and 1 more"),
        twentyOne.getMessage());

    SmpJsonException counted = new SmpJsonException(problems(2), 50);
    assertTrue(counted.getMessage().startsWith("50 problems in partnership JSON:\n"), counted.getMessage());
    assertTrue(counted.getMessage().endsWith("bad 1\n  ... and 48 more"), counted.getMessage());
    assertEquals(2, counted.problems().size());
    assertEquals(50, counted.problemCount());
  }

  @Test
  void anExceptionNeedsAProblemAndACountOfAtLeastThoseGiven() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> new SmpJsonException(List.of()));
    assertEquals("an SmpJsonException needs at least one problem", none.getMessage());
    IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
        () -> new SmpJsonException(problems(3), 2));
    assertEquals("problemCount 2 is below the 3 problems given", low.getMessage());
    assertEquals(3, new SmpJsonException(problems(3), 3).problemCount());
  }

  @Test
  void theProblemsAreLeftOutOfJavaSerialization() throws IOException, ClassNotFoundException {
    SmpJsonException e = new SmpJsonException(problems(2), 7);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      SmpJsonException back = (SmpJsonException) in.readObject();
      assertEquals(e.getMessage(), back.getMessage());
      assertEquals(List.of(), back.problems());
      assertEquals(7, back.problemCount());
    }
  }

  @Test
  void aRecordResultIsASuccessOrAFailure() {
    RecordResult ok = RecordResult.success(4, 9, Fixtures.minimal());
    assertTrue(ok.isSuccess());
    assertEquals(4, ok.index());
    assertEquals(9, ok.line());
    assertEquals(Fixtures.minimal(), ok.getOrThrow());
    assertEquals(Fixtures.minimal(), ok.partnership().orElseThrow());
    assertEquals(Optional.empty(), ok.failure());
    assertEquals("record 4 (line 9): " + Fixtures.minimal(), ok.toString());

    SmpJsonException e = new SmpJsonException(List.of(problem("/id", 1, 2, "bad id")));
    RecordResult bad = RecordResult.failure(5, 11, e);
    assertFalse(bad.isSuccess());
    assertEquals(Optional.empty(), bad.partnership());
    assertSame(e, bad.failure().orElseThrow());
    assertSame(e, assertThrows(SmpJsonException.class, bad::getOrThrow));
    assertEquals("record 5 (line 11): invalid partnership JSON: /id (line 1, column 2): bad id", bad.toString());
    assertThrows(NullPointerException.class, () -> RecordResult.success(0, 1, null));
    assertThrows(NullPointerException.class, () -> RecordResult.failure(0, 1, null));
  }

  @Test
  void aLoadFailureSaysFileLineColumnAndPointerWhenKnown() {
    Path file = Path.of("catalog", "x.json");
    String f = file.toString();
    assertEquals(f + ":7:15: /status: unknown", LoadFailure.at(file, 7, 15, "/status", "unknown").toString());
    assertEquals(f + ":7: /status: unknown", LoadFailure.at(file, 7, 0, "/status", "unknown").toString());
    assertEquals(f + ": unknown", LoadFailure.at(file, 0, 15, "", "unknown").toString());
    assertEquals(f + ": no such file", LoadFailure.unreadable(file, "no such file").toString());
    assertEquals(LoadFailure.at(file, 3, 4, "/id", "bad id"), LoadFailure.of(file, problem("/id", 3, 4, "bad id")));
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> LoadFailure.at(file, -1, 0, "", "m"));
    assertEquals("line and column must be 0 or more, but were -1 and 0", negative.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LoadFailure.at(file, 0, -1, "", "m"));
    assertEquals(0, LoadFailure.at(file, 0, 0, "", "m").line());
    assertThrows(NullPointerException.class, () -> LoadFailure.at(null, 0, 0, "", "m"));
    assertThrows(NullPointerException.class, () -> LoadFailure.at(file, 0, 0, null, "m"));
    assertThrows(NullPointerException.class, () -> LoadFailure.at(file, 0, 0, "", null));
  }
}
