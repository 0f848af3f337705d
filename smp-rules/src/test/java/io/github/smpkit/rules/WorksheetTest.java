package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.testkit.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WorksheetTest {

  private static final PartnershipValidator STANDARD = PartnershipValidator.standard();
  private static final Partnership EMPTY = Worksheet.startingPartnership("ma-be-ict", "Morocco-Belgium ICT",
      Country.of("MA"), Country.of("BE"));

  /** Sorts findings by a total order, so that two lists can be compared as multisets. */
  private static List<Finding> sorted(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    out.sort(Comparator.comparing(Finding::ruleId).thenComparing(Finding::path).thenComparing(Finding::message));
    return out;
  }

  @Test
  void everyElementMapsToExactlyOneStep() {
    Set<EssentialElement> seen = EnumSet.noneOf(EssentialElement.class);
    for (DesignStep step : DesignStep.values()) {
      for (EssentialElement e : step.elements()) {
        assertTrue(seen.add(e), e + " is in two steps");
        assertEquals(step, DesignStep.of(java.util.Optional.of(e)));
      }
    }
    assertEquals(EnumSet.allOf(EssentialElement.class), seen);
    assertEquals(DesignStep.RECORD, DesignStep.of(java.util.Optional.empty()));
  }

  @Test
  void anEmptyPartnershipGetsEveryQuestionOfItsReportInDesignOrder() {
    Report report = STANDARD.validate(EMPTY);
    Worksheet w = Worksheet.of(report);
    assertTrue(w.size() > 50, "an empty partnership leaves most questions open: " + w.size());
    assertEquals(sorted(report.openQuestions()), sorted(w.questions()));
    List<DesignStep> order = new ArrayList<>(w.steps().keySet());
    assertEquals(List.of(DesignStep.OBJECTIVES_AND_PARTNERS, DesignStep.EVIDENCE, DesignStep.PATHWAYS,
        DesignStep.COSTS, DesignStep.SKILLS, DesignStep.RECRUITMENT, DesignStep.STAY_AND_RETURN), order);
    assertEquals(EssentialElement.PLANNING, w.questions().get(0).element().orElseThrow());
  }

  @Test
  void theMarkdownIsAPrintableChecklistTracedToItsSources() {
    Worksheet w = Worksheet.of(STANDARD.validate(EMPTY));
    String md = w.toMarkdown();
    assertTrue(md.startsWith("# Design worksheet: Morocco-Belgium ICT (`ma-be-ict`)\n\n" + w.size() + " open questions"),
        md);
    assertTrue(md.contains("\n## Step 1. Agree objectives and bring the partners together\n"), md);
    assertTrue(md.contains("\n## Step 3. Map pathways, procedures and visas\n\nChecklists: IOM SMP Guidance 2023,"
        + " Box 27, Box 30.\n"), md);
    assertTrue(md.contains("\n### Cost reduction and sharing (ch. 11)\n"), md);
    assertEquals(w.size(), md.lines().filter(l -> l.startsWith("- [ ] **")).count());
    assertTrue(md.indexOf("## Step 1.") < md.indexOf("## Step 2.") && md.indexOf("## Step 4.") < md.indexOf("## Step 7."));
  }

  @Test
  void theJsonHoldsTheSameQuestions() {
    Worksheet w = Worksheet.of(STANDARD.validate(EMPTY));
    JsonNode root = JsonMapper.builder().build().readTree(w.toJson());
    assertEquals("ma-be-ict", root.get("partnership").get("id").asString());
    assertEquals(w.size(), root.get("openQuestions").asInt());
    int questions = 0;
    for (JsonNode step : root.get("steps")) {
      for (JsonNode element : step.get("elements")) {
        for (JsonNode q : element.get("questions")) {
          assertTrue(q.get("source").asString().startsWith("IOM SMP Guidance 2023") || q.get("source").asString()
              .contains("Guidance"), q.toString());
          questions++;
        }
      }
    }
    assertEquals(w.size(), questions);
    assertTrue(w.toJson().endsWith("}\n"));
  }

  @Test
  void aWellRecordedPartnershipHasFewerQuestionsAndSaysWhatIsMet() {
    Worksheet empty = Worksheet.of(STANDARD.validate(EMPTY));
    Worksheet good = Worksheet.of(STANDARD.validate(GoodPractice.exemplary()));
    assertTrue(good.size() < empty.size(), good + " against " + empty);
    assertTrue(good.steps().values().stream().flatMap(List::stream).anyMatch(s -> s.met() > 0));
  }

  @Test
  void theStartingPartnershipRefusesTheSameCountryOnBothSides() {
    assertThrows(RuntimeException.class,
        () -> Worksheet.startingPartnership("x", "X", Country.of("MA"), Country.of("MA")));
  }

  @Test
  void theWorksheetOfAGeneratedPartnershipListsExactlyTheGapsOfItsReport() {
    Property.forAll(300, p -> check(STANDARD.validate(p)));
    Property.forAllComplete(200, p -> check(STANDARD.validate(p)));
  }

  private static void check(Report report) {
    Worksheet w = Worksheet.of(report);
    assertEquals(sorted(report.openQuestions()), sorted(w.questions()));
    DesignStep previous = DesignStep.RECORD;
    for (Finding f : w.questions()) {
      DesignStep step = DesignStep.of(f.element());
      assertTrue(step.compareTo(previous) >= 0, "questions out of design order at " + f.ruleId());
      previous = step;
    }
    assertEquals(w.size(), w.toMarkdown().lines().filter(l -> l.startsWith("- [ ] **")).count());
  }

  @Test
  void aWorksheetSaysWhoseItIsAndHowManyQuestionsItHolds() {
    Worksheet w = Worksheet.of(STANDARD.validate(EMPTY));
    assertEquals("ma-be-ict", w.partnershipId());
    assertEquals("Morocco-Belgium ICT", w.partnershipTitle());
    assertEquals("Worksheet[ma-be-ict: " + w.size() + " open questions in " + w.steps().size() + " steps]",
        w.toString());
    assertEquals(w.questions().size(), w.size());
    Partnership start = Worksheet.startingPartnership("ke-de", "Kenya-Germany care", Country.of("KE"),
        Country.of("DE"));
    assertEquals("ke-de", start.id());
    assertEquals("Kenya-Germany care", start.title());
    assertEquals(io.github.smpkit.core.PartnershipStatus.PLANNED, start.status());
    assertEquals(Set.of(Country.of("KE")), start.origins());
    assertEquals(Set.of(Country.of("DE")), start.destinations());
    assertEquals("The record", new Worksheet.Section(java.util.Optional.empty(), List.of(), 0, 0).title());
  }
}
