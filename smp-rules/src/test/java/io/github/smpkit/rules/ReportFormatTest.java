package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.Property;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  private static final PartnershipValidator VALIDATOR = PartnershipValidator.builder().ruleSets("iom-smp", "blma")
      .build();

  @Test
  void textLinesFitInOneHundredColumns() {
    Property.forAll(60, p -> {
      String text = VALIDATOR.validate(p.withTitle("A very long title ".repeat(15).trim())).toText();
      Arrays.stream(text.split("\n")).forEach(line -> assertTrue(line.length() <= 100, line));
    });
  }

  @Test
  void textShowsTheTableOfTheTenElementsThenFindingsGroupedByElement() {
    Partnership p = Edits.noSafeguard(GoodPractice.exemplary(),
        io.github.smpkit.core.recruitment.RecruitmentSafeguard.EMPLOYER_PAYS).withTitle(" ");
    String text = VALIDATOR.validate(p).toText();
    for (EssentialElement element : EssentialElement.values()) {
      assertTrue(text.contains(element.title() + " (ch. " + element.chapter() + ")"), element.name());
    }
    assertTrue(text.contains("Result: INVALID (1 error, 0 warnings)") || text.contains("Result: INVALID"), text);
    int table = text.indexOf("Ethical recruitment (ch. 12)");
    int structure = text.indexOf("Structure of the model (1)");
    int ethics = text.indexOf("10. Ethical recruitment (ch. 12) - partly addressed (1)");
    assertTrue(table > 0 && structure > table && ethics > structure, text);
    assertTrue(text.contains("  WARNING  SMP-ETHIC-001  at /recruitmentProvisions (ch. 12)"), text);
    assertTrue(text.contains("           Fix: Add an employer-pays clause"), text);
  }

  @Test
  void elementsWithoutActiveRulesAreMarkedNotChecked() {
    String text = PartnershipValidator.builder().ruleSets("structural").build().validate(GoodPractice.exemplary())
        .toText();
    assertTrue(text.contains("not checked"), text);
    assertTrue(text.endsWith("No findings.\n"), text);
  }

  @Test
  void markdownHasATableAndASectionPerElementWithFindings() {
    Partnership p = Edits.noSafeguard(GoodPractice.exemplary(),
        io.github.smpkit.core.recruitment.RecruitmentSafeguard.GRIEVANCE_MECHANISM);
    String md = VALIDATOR.validate(p).toMarkdown();
    assertTrue(md.startsWith("# An exemplary partnership (`exemplary`)\n"), md);
    assertTrue(md.contains("| # | EssentialElement | Chapter | Status | Score | Findings |"), md);
    assertTrue(md.contains("| 10 | Ethical recruitment | 12 | partly addressed |"), md);
    assertTrue(md.contains("## 10. Ethical recruitment (ch. 12)"), md);
    assertTrue(md.contains("- **WARNING** `SMP-ETHIC-004` at `/recruitmentProvisions` (ch. 12)"), md);
    assertEquals(1, md.split("\n## ").length - 1, md);
  }

  @Test
  void jsonIsCanonicalAndCarriesElementsAndFindings() {
    Partnership p = Edits.noSafeguard(GoodPractice.exemplary(),
        io.github.smpkit.core.recruitment.RecruitmentSafeguard.GRIEVANCE_MECHANISM).withTitle(" ");
    Report report = VALIDATOR.validate(p);
    String json = report.toJson();
    assertTrue(json.startsWith("{\n  \"reportVersion\": \"1.0\",\n  \"partnershipId\": \"exemplary\","), json);
    assertTrue(json.contains("\"valid\": false"), json);
    assertTrue(json.contains("\"element\": \"ETHICAL_RECRUITMENT\",\n      \"chapter\": 12"), json);
    assertTrue(json.contains("\"firedRules\": [\n        \"SMP-ETHIC-004\"\n      ]"), json);
    assertTrue(json.contains("\"ruleId\": \"SMP-STRUCT-001\",\n      \"severity\": \"ERROR\",\n      \"chapter\": 2"),
        json);
    assertTrue(json.contains("\"path\": \"/recruitmentProvisions\""), json);
    assertTrue(json.endsWith("}\n"), json);
    assertEquals(json, VALIDATOR.validate(p).toJson());
  }
}
