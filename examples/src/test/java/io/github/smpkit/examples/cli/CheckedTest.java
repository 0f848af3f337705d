package io.github.smpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.examples.embed.HostApplication;
import io.github.smpkit.json.LoadFailure;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exit status of a run, from what was read and checked. */
class CheckedTest {

  private static Checked check(PartnershipValidator validator, Severity failOn) {
    return Checked.of("test", validator, failOn,
        Map.of(Path.of("x.json"), new Checked.Read(List.of(HostApplication.example()), List.of())));
  }

  @Test
  void aRuleThatFailsToRunMakesTheExitStatusTwo() {
    Rule broken = Rule.of("TEST-FAIL-001", EssentialElement.TRAINING, Severity.WARNING, "Always throws",
        List.of("/training"), (partnership, context) -> {
          throw new IllegalStateException("a defect of the rule");
        });
    Checked checked = check(PartnershipValidator.builder().addRule(broken).build(), Severity.ERROR);
    assertTrue(checked.ruleFailed());
    assertEquals(SmpCommand.USAGE, checked.exitStatus());
  }

  @Test
  void aWarningBreachExitsZeroUnderFailOnErrorAndOneUnderFailOnWarning() {
    Rule warn = Rule.of("TEST-WARN-001", EssentialElement.PLANNING, Severity.WARNING, "Always a warning",
        List.of("/id"), (partnership, context) -> context.breach("/id", "A warning for the test.", "None.",
            Evidence.of("/id", partnership.id())));
    PartnershipValidator validator = PartnershipValidator.builder().disable("SMP-*").addRule(warn).build();
    assertEquals(SmpCommand.OK, check(validator, Severity.ERROR).exitStatus());
    assertEquals(SmpCommand.BREACHES, check(validator, Severity.WARNING).exitStatus());
    assertEquals(SmpCommand.BREACHES, check(validator, Severity.INFO).exitStatus());
  }

  @Test
  void anInputThatCouldNotBeReadWinsOverBreaches() {
    Checked checked = Checked.of("test", PartnershipValidator.standard(), Severity.INFO, Map.of(Path.of("x.json"),
        new Checked.Read(List.of(HostApplication.example()), List.of(LoadFailure.unreadable(Path.of("x.json"),
            "test")))));
    assertEquals(SmpCommand.USAGE, checked.exitStatus());
  }
}
