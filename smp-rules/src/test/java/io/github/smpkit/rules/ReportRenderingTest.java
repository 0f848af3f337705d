package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text and Markdown reports and the Markdown worksheet of a report with every kind of part: a
 * structural question, questions and met recommendations of two elements, a breach at the root with
 * a message that fills a line exactly, Markdown characters to escape, and a rule that fails.
 */
class ReportRenderingTest {

  private static final String FILLS_A_LINE = "a".repeat(44) + " " + "b".repeat(44);

  private static final PartnershipValidator ACME = PartnershipValidator.builder().disable("SMP-*")
      .addRule(Rule.builder("ACME-REC-001").chapter(2).severity(Severity.INFO).title("The record's format is known")
          .reads("/id").check((p, c) -> c.gap("", "Which *version* of the record_format is this?",
              "Say which | version.")).build())
      .addRule(Rule.builder("ACME-REC-002").chapter(2).severity(Severity.INFO).title("The id is stable")
          .reads("/id").check((p, c) -> c.gap("/id", "Is the id stable?", "Keep it.")).build())
      .addRule(Rule.builder("ACME-COST-001").element(EssentialElement.COSTS).severity(Severity.ERROR)
          .source("ILO fair recruitment (2019)").title("Migrants pay no fee").reads("/title")
          .check((p, c) -> c.breach("", FILLS_A_LINE + " c", "Move the fee.", Evidence.of("/title", p.title())))
          .build())
      .addRule(Rule.builder("ACME-COST-002").element(EssentialElement.COSTS).severity(Severity.WARNING)
          .title("The airfare payer is known").reads("/costs").check((p, c) -> c.gap("/costs",
              "Who pays for the return flight?", "Record the payers.")).build())
      .addRule(Rule.builder("ACME-COST-003").element(EssentialElement.COSTS).severity(Severity.WARNING)
          .title("Employers pay").reads("/costs").check((p, c) -> c.met("/costs", "Employers pay.")).build())
      .addRule(Rule.builder("ACME-TRAIN-001").element(EssentialElement.TRAINING).severity(Severity.WARNING)
          .title("Training exists").reads("/training").check((p, c) -> c.gap("/training", "Who trains?",
              "Record the training.")).build())
      .addRule(Rule.builder("ACME-PLAN-001").element(EssentialElement.PLANNING).severity(Severity.WARNING)
          .title("Fails").reads("/title").check((p, c) -> {
            throw new IllegalStateException("boom");
          }).build())
      .build();

  private static final Partnership P = Worksheet.startingPartnership("acme", "Acme_ICT", Country.of("MA"),
      Country.of("BE"));

  @Test
  void theText() {
    String text = ACME.validate(P).toText();
    assertEquals(String.join("\n",
        "Partnership acme: Acme_ICT",
        "Verdict: 1 breach (1 error)",
        "Design: 1/2 met (50 %)   Completeness: 2/4 recorded (50 %)   Rules run: 7",
        "",
        " #  Essential element (guidance chapter)                     Design        Complete      Open",
        "---------------------------------------------------------------------------------------------",
        " 1  Long- and mid-term planning (ch. 3)                      not checked   -                -",
        " 2  Multi-stakeholder approach and policy coherence (ch. 4)  not checked   -                -",
        " 3  Data and evidence-based design (ch. 5)                   not checked   -                -",
        " 4  Local development and job creation (ch. 6)               not checked   -                -",
        " 5  Skills classification and recognition (ch. 7)            not checked   -                -",
        " 6  Skills development and training (ch. 8)                  -             0/1 (0%)         1",
        " 7  Social aspects of employment and mobility (ch. 9)        not checked   -                -",
        " 8  Regular pathways, admission and visas (ch. 10)           not checked   -                -",
        " 9  Cost reduction and sharing (ch. 11)                      1/2 (50%)     2/3 (67%)        1",
        "10  Ethical recruitment (ch. 12)                             not checked   -                -",
        "Design: recommendations met out of met or breached. Complete: recorded out of applicable.",
        "",
        "Breaches (1)",
        "  ERROR    ACME-COST-001  at /",
        "           " + FILLS_A_LINE,
        "           c",
        "           Evidence: /title = Acme_ICT",
        "           Source: ILO fair recruitment (2019)",
        "           Fix: Move the fee.",
        "",
        "Open questions (4)",
        "  Rules outside the essential elements",
        "     ? Which *version* of the record_format is this? [ACME-REC-001]",
        "     ? Is the id stable? [ACME-REC-002, /id]",
        "  6. Skills development and training (ch. 8)",
        "     ? Who trains? [ACME-TRAIN-001, /training]",
        "  9. Cost reduction and sharing (ch. 11)",
        "     ? Who pays for the return flight? [ACME-COST-002, /costs]",
        "",
        "Recommendations met (1)",
        "  9. Cost reduction and sharing (ch. 11)",
        "     + Employers pay. [ACME-COST-003, /costs]",
        "",
        "Rules that failed to run (1; defects of the rules, not findings)",
        "  rule ACME-PLAN-001 failed: java.lang.IllegalStateException: boom",
        ""), text);
  }

  @Test
  void aLineOfOneHundredColumnsIsShownWholeALongerOneIsCut() {
    String title = "T".repeat(100 - "Partnership acme: ".length());
    assertEquals("Partnership acme: " + title, ACME.validate(P.withTitle(title)).toText().lines().findFirst()
        .orElseThrow());
    assertEquals("Partnership acme: " + title.substring(3) + "...", ACME.validate(P.withTitle(title + "U")).toText()
        .lines().findFirst().orElseThrow());
  }

  @Test
  void theMarkdown() {
    String md = ACME.validate(P).toMarkdown();
    assertEquals(String.join("\n",
        "# Acme\\_ICT (`acme`)",
        "",
        "**Verdict: 1 breach (1 error)**. Design: 1/2 met (50 %). Completeness: 2/4 recorded (50 %). 7 rules run.",
        "",
        "| # | Essential element | Chapter | Design | Completeness | Open questions |",
        "|---:|---|---:|---|---|---:|",
        "| 1 | Long- and mid-term planning | 3 | not checked | - | - |",
        "| 2 | Multi-stakeholder approach and policy coherence | 4 | not checked | - | - |",
        "| 3 | Data and evidence-based design | 5 | not checked | - | - |",
        "| 4 | Local development and job creation | 6 | not checked | - | - |",
        "| 5 | Skills classification and recognition | 7 | not checked | - | - |",
        "| 6 | Skills development and training | 8 | - | 0/1 (0%) | 1 |",
        "| 7 | Social aspects of employment and mobility | 9 | not checked | - | - |",
        "| 8 | Regular pathways, admission and visas | 10 | not checked | - | - |",
        "| 9 | Cost reduction and sharing | 11 | 1/2 (50%) | 2/3 (67%) | 1 |",
        "| 10 | Ethical recruitment | 12 | not checked | - | - |",
        "",
        "## Breaches (1)",
        "",
        "- **ERROR** `ACME-COST-001` at `/`: " + FILLS_A_LINE + " c  ",
        "  *Evidence:* `/title = Acme_ICT`  ",
        "  *Source:* ILO fair recruitment (2019)  ",
        "  *Fix:* Move the fee.",
        "",
        "## Open questions (4)",
        "",
        "### Rules outside the essential elements",
        "",
        "- Which \\*version\\* of the record\\_format is this? (`ACME-REC-001`)",
        "- Is the id stable? (`ACME-REC-002`, `/id`)",
        "",
        "### 6. Skills development and training (ch. 8)",
        "",
        "- Who trains? (`ACME-TRAIN-001`, `/training`)",
        "",
        "### 9. Cost reduction and sharing (ch. 11)",
        "",
        "- Who pays for the return flight? (`ACME-COST-002`, `/costs`)",
        "",
        "## Recommendations met (1)",
        "",
        "### 9. Cost reduction and sharing (ch. 11)",
        "",
        "- Employers pay. (`ACME-COST-003`, `/costs`)",
        "",
        "## Rules that failed to run (1)",
        "",
        "- rule ACME-PLAN-001 failed: java.lang.IllegalStateException: boom",
        ""), md);
  }

  @Test
  void theWorksheet() {
    String md = Worksheet.of(ACME.validate(P)).toMarkdown();
    assertEquals(String.join("\n",
        "# Design worksheet: Acme\\_ICT (`acme`)",
        "",
        "4 open questions, by design step and essential element (IOM SMP Guidance 2023, ch. 2, Figure 3, as"
            + " smpkit reads it). Tick a question once it is decided and record the answer in the partnership file"
            + " at the path given.",
        "",
        "## Step 0. Complete the record",
        "",
        "### The record",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "- [ ] **1.** Which \\*version\\* of the record\\_format is this?  ",
        "  Record at `/`; IOM SMP Guidance 2023, ch. 2; rule `ACME-REC-001`.  ",
        "  *Hint:* Say which \\| version.  ",
        "  Decision: ____________________",
        "- [ ] **2.** Is the id stable?  ",
        "  Record at `/id`; IOM SMP Guidance 2023, ch. 2; rule `ACME-REC-002`.  ",
        "  *Hint:* Keep it.  ",
        "  Decision: ____________________",
        "",
        "",
        "## Step 1. Agree objectives and bring the partners together",
        "",
        "### Long- and mid-term planning (ch. 3)",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "No open question.",
        "",
        "### Multi-stakeholder approach and policy coherence (ch. 4)",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "No open question.",
        "",
        "",
        "## Step 2. Assess needs, effects at home and how to measure them",
        "",
        "Checklists: IOM SMP Guidance 2023, Box 10.",
        "",
        "### Data and evidence-based design (ch. 5)",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "No open question.",
        "",
        "### Local development and job creation (ch. 6)",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "No open question.",
        "",
        "",
        "## Step 3. Map pathways, procedures and visas",
        "",
        "Checklists: IOM SMP Guidance 2023, Box 27, Box 30.",
        "",
        "### Regular pathways, admission and visas (ch. 10)",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "No open question.",
        "",
        "",
        "## Step 4. Map the costs and agree who pays",
        "",
        "Checklists: IOM SMP Guidance 2023, Table 3.",
        "",
        "### Cost reduction and sharing (ch. 11)",
        "",
        "Recorded so far: 1 recommendation met, 1 breach.",
        "",
        "- [ ] **3.** Who pays for the return flight?  ",
        "  Record at `/costs`; IOM SMP Guidance 2023, ch. 11; rule `ACME-COST-002`.  ",
        "  *Hint:* Record the payers.  ",
        "  Decision: ____________________",
        "",
        "",
        "## Step 5. Design training and recognition",
        "",
        "### Skills classification and recognition (ch. 7)",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "No open question.",
        "",
        "### Skills development and training (ch. 8)",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "- [ ] **4.** Who trains?  ",
        "  Record at `/training`; IOM SMP Guidance 2023, ch. 8; rule `ACME-TRAIN-001`.  ",
        "  *Hint:* Record the training.  ",
        "  Decision: ____________________",
        "",
        "",
        "## Step 6. Recruit and match fairly",
        "",
        "### Ethical recruitment (ch. 12)",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "No open question.",
        "",
        "",
        "## Step 7. Support stay, integration and return",
        "",
        "### Social aspects of employment and mobility (ch. 9)",
        "",
        "Recorded so far: 0 recommendations met, 0 breaches.",
        "",
        "No open question.",
        "",
        ""), md);
  }

  @Test
  void aWordLongerThanTheLineStaysOnItsFirstLineAndIsCut() {
    String word = "w".repeat(95);
    PartnershipValidator v = PartnershipValidator.builder().disable("SMP-*").addRule(Rule.builder("ACME-REC-003")
        .chapter(2).severity(Severity.INFO).title("A long word").reads("/id").check((p, c) -> c.gap("/id", word,
            "Shorten it.")).build()).build();
    String text = v.validate(P).toText();
    assertTrue(text.contains("\nOpen questions (1)\n  Rules outside the essential elements\n     ? " + word.substring(0, 90)
        + "...\n       [ACME-REC-003, /id]\n"), text);
    text.lines().forEach(line -> assertTrue(line.length() <= 100, line));
  }

  @Test
  void theJsonReportGivesSeverityElementAndHintWhereAFindingHasThem() {
    JsonNode root = JsonMapper.builder().build().readTree(ACME.validate(P).toJson());
    JsonNode breach = root.get("breaches").get(0);
    assertEquals("ERROR", breach.get("severity").asString());
    assertEquals("COSTS", breach.get("element").asString());
    assertEquals("Move the fee.", breach.get("hint").asString());
    JsonNode structural = root.get("openQuestions").get(0);
    assertEquals("ACME-REC-001", structural.get("ruleId").asString());
    assertFalse(structural.has("element"), structural::toString);
    assertFalse(structural.has("severity"), structural::toString);
    assertEquals("Say which | version.", structural.get("hint").asString());
    JsonNode met = root.get("met").get(0);
    assertEquals("COSTS", met.get("element").asString());
    assertFalse(met.has("hint"), met::toString);
  }

  @Test
  void theJsonWorksheetGivesEachSectionsElementAndEachQuestionsHint() {
    JsonNode root = JsonMapper.builder().build().readTree(Worksheet.of(ACME.validate(P)).toJson());
    JsonNode record = root.get("steps").get(0).get("elements").get(0);
    assertFalse(record.has("element") || record.has("chapter"), record::toString);
    assertEquals("Say which | version.", record.get("questions").get(0).get("hint").asString());
    JsonNode costs = root.get("steps").get(4).get("elements").get(0);
    assertEquals("COSTS", costs.get("element").asString());
    assertEquals(11, costs.get("chapter").asInt());
    assertEquals("Record the payers.", costs.get("questions").get(0).get("hint").asString());
  }
}
