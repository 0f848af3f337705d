package io.github.smpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.examples.embed.CustomRuleExample;
import io.github.smpkit.examples.embed.HostApplication;
import io.github.smpkit.rules.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedExamplesTest {

  @Test
  void hostApplicationStoresAValidPartnershipAndReadsItBackUnchanged(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Partnership back = HostApplication.run(dir, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals(HostApplication.example(), back);
    assertTrue(Files.exists(dir.resolve("example-ict-pilot.json")));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Validated example-ict-pilot: no breach recorded;"), text);
    assertTrue(text.contains("read it back: identical"), text);
  }

  @Test
  void customRuleReportsTrainingWithoutADuration() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Finding> found = CustomRuleExample.run(HostApplication.example(),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals(1, found.size());
    assertEquals("/training/0/duration", found.get(0).path());
    assertEquals(CustomRuleExample.RULE_ID, found.get(0).ruleId());
    assertEquals(io.github.smpkit.rules.Outcome.GAP, found.get(0).outcome(), "a duration not recorded is a question");
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("ACME-TRAIN-001: GAP"));
  }

  @Test
  void customRuleIsMetWhenEveryDurationIsGiven() {
    Partnership p = HostApplication.example();
    Partnership withDuration = p.withTraining(p.training().get(0).withDuration(java.time.Period.ofMonths(6)));
    List<Finding> found = CustomRuleExample.run(withDuration, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
    assertEquals(List.of(io.github.smpkit.rules.Outcome.MET), found.stream().map(Finding::outcome).toList());
  }
}
