package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.Property;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text, Markdown and JSON reports carry the same three parts and the two measures. */
class ReportFormatTest {

  private static final PartnershipValidator STANDARD = PartnershipValidator.standard();

  /** Three rules with known outcomes on the exemplary partnership, and no built-in rule. */
  private static final PartnershipValidator KNOWN = PartnershipValidator.builder().disable("SMP-*")
      .addRule(Rule.builder("ACME-COST-001").element(EssentialElement.COSTS).severity(Severity.ERROR)
          .source("ILO General principles and operational guidelines for fair recruitment (2019)")
          .title("Migrants pay no fee").reads("/title").check((p, c) -> c.breach("/title",
              "Migrants pay a placement fee of EUR 500.", "Move the fee to the employer.",
              Evidence.of("/title", p.title()))).build())
      .addRule(Rule.builder("ACME-COST-002").element(EssentialElement.COSTS).severity(Severity.WARNING)
          .title("The airfare payer is known").reads("/costs").check((p, c) -> c.gap("/costs",
              "Who pays for the return flight?", "Record the airfare and its payers.")).build())
      .addRule(Rule.builder("ACME-TRAIN-001").element(EssentialElement.TRAINING).severity(Severity.WARNING)
          .title("Training exists").reads("/training").check((p, c) -> c.met("/training",
              "Participants are trained before departure.")).build())
      .build();

  @Test
  void textLinesFitInOneHundredColumns() {
    Property.forAll(60, p -> {
      String text = STANDARD.validate(p.withTitle("A very long title ".repeat(15).trim())).toText();
      Arrays.stream(text.split("\n")).forEach(line -> assertTrue(line.length() <= 100, line));
    });
  }

  @Test
  void textShowsVerdictMeasuresTableThenBreachesQuestionsAndMet() {
    String text = KNOWN.validate(GoodPractice.exemplary()).toText();
    for (EssentialElement element : EssentialElement.values()) {
      assertTrue(text.contains(element.title() + " (ch. " + element.chapter() + ")"), element.name());
    }
    assertTrue(text.contains("Verdict: 1 breach (1 error)\nDesign: 1/2 met (50 %)   Completeness: 2/3 recorded"
        + " (67 %)   Rules run: 3\n"), text);
    int table = text.indexOf("Ethical recruitment (ch. 12)");
    int breaches = text.indexOf("Breaches (1)");
    int questions = text.indexOf("Open questions (1)");
    int met = text.indexOf("Recommendations met (1)");
    assertTrue(table > 0 && breaches > table && questions > breaches && met > questions, text);
    assertTrue(text.contains("  ERROR    ACME-COST-001  at /title\n           Migrants pay a placement fee of EUR"
        + " 500.\n"), text);
    assertTrue(text.contains("           Evidence: /title = An exemplary partnership\n"), text);
    assertTrue(text.contains("           Source: ILO General principles"), text);
    assertTrue(text.contains("           Fix: Move the fee to the employer."), text);
    assertTrue(text.contains("  9. Cost reduction and sharing (ch. 11)\n     ? Who pays for the return flight?"
        + " [ACME-COST-002, /costs]"), text);
    assertTrue(text.contains("     + Participants are trained before departure. [ACME-TRAIN-001, /training]"), text);
    assertTrue(text.contains("not checked"), "elements without rules: " + text);
  }

  @Test
  void aReportWithoutBreachesSaysSo() {
    String text = PartnershipValidator.builder().ruleSets("ethical-recruitment").build()
        .validate(GoodPractice.exemplary()).toText();
    assertTrue(text.contains("Verdict: no breach recorded"), text);
    assertTrue(text.contains("Breaches (0): none shown by the recorded facts"), text);
  }

  @Test
  void markdownCarriesTheSameThreeParts() {
    String md = KNOWN.validate(GoodPractice.exemplary()).toMarkdown();
    assertTrue(md.startsWith("# An exemplary partnership (`exemplary`)\n"), md);
    assertTrue(md.contains("**Verdict: 1 breach (1 error)**. Design: 1/2 met (50 %). Completeness: 2/3 recorded"
        + " (67 %)."), md);
    assertTrue(md.contains("| # | Essential element | Chapter | Design | Completeness | Open questions |"), md);
    assertTrue(md.contains("| 9 | Cost reduction and sharing | 11 | 0/1 (0%) | 1/2 (50%) | 1 |"), md);
    assertTrue(md.contains("- **ERROR** `ACME-COST-001` at `/title`: Migrants pay a placement fee of EUR 500."), md);
    assertTrue(md.contains("*Evidence:* `/title = An exemplary partnership`"), md);
    assertTrue(md.contains("## Open questions (1)\n\n### 9. Cost reduction and sharing (ch. 11)\n\n"
        + "- Who pays for the return flight? (`ACME-COST-002`, `/costs`)"), md);
    assertTrue(md.contains("## Recommendations met (1)"), md);
  }

  @Test
  void jsonCarriesEverythingTheTextHas() {
    Report report = KNOWN.validate(GoodPractice.exemplary());
    String json = report.toJson();
    assertTrue(json.startsWith("{\n  \"reportVersion\": \"2.0\",\n  \"partnershipId\": \"exemplary\","), json);
    assertTrue(json.contains("\"verdict\": \"1 breach (1 error)\""), json);
    assertTrue(json.contains("\"design\": {\n    \"part\": 1,\n    \"total\": 2,\n    \"percent\": 50\n  }"), json);
    assertTrue(json.contains("\"breachesBySeverity\": {\n    \"ERROR\": 1,\n    \"WARNING\": 0,\n    \"INFO\": 0\n"),
        json);
    assertTrue(json.contains("\"breached\": [\n        \"ACME-COST-001\"\n      ]"), json);
    assertTrue(json.contains("\"gaps\": [\n        \"ACME-COST-002\"\n      ]"), json);
    assertTrue(json.contains("\"evidence\": [\n        {\n          \"pointer\": \"/title\",\n"
        + "          \"value\": \"An exemplary partnership\"\n        }\n      ]"), json);
    assertTrue(json.contains("\"source\": \"ILO General principles and operational guidelines for fair recruitment"
        + " (2019)\""), json);
    assertTrue(json.contains("\"openQuestions\": [\n    {\n      \"ruleId\": \"ACME-COST-002\",\n"
        + "      \"outcome\": \"GAP\""), json);
    assertTrue(json.contains("\"failures\": []"), json);
    assertTrue(json.endsWith("}\n"), json);
    assertEquals(json, KNOWN.validate(GoodPractice.exemplary()).toJson());
  }

  @Test
  void theSummaryOnlyTextStopsAfterTheTable() {
    Partnership p = GoodPractice.exemplary();
    String summary = io.github.smpkit.rules.internal.TextReport.render(KNOWN.validate(p), true);
    assertTrue(summary.contains("Verdict: 1 breach"), summary);
    assertTrue(!summary.contains("Breaches ("), summary);
    assertEquals(List.of(), Arrays.stream(summary.split("\n")).filter(l -> l.length() > 100).toList());
  }
}
