package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.json.SmpJsonException;
import io.github.smpkit.testkit.PartnershipGenerator;
import io.github.smpkit.testkit.Property;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two laws of issue 9, over generated partnerships (default and complete modes), for every
 * rule of every built-in rule set:
 * <ol>
 *   <li>changing or removing a fact that a rule does not declare never changes that rule's
 *       outcome (so {@link Rule#facts()} says truly what the rule reads);
 *   <li>removing a recorded fact never produces an ERROR: an error is proved by recorded facts,
 *       never by their absence.
 * </ol>
 * A mutation works on the partnership's JSON: it removes one field or list item, or replaces one
 * value by the value at the same place in another generated partnership; mutations the model
 * refuses (a required field, an invariant) are skipped. A failure prints the seed, the pointer and
 * the rule.
 */
class OutcomePropertiesTest {

  private static final PartnershipValidator ALL = PartnershipValidator.builder()
      .ruleSets(PartnershipValidator.ruleSetNames().toArray(new String[0])).build();
  private static final SmpJson JSON = SmpJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final int MUTATIONS = 4;

  /**
   * Both laws over the same 1,000 partnerships (500 default, 500 complete): each partnership is
   * made, validated and written once, and each law then tries its own four mutations of it (the
   * first law changes or removes facts, the second only removes them).
   */
  @Test
  @Tag("long") // run once, on the default JDK (.ci/run part A); Temurin 25 runs the next one
  void anUndeclaredFactNeverChangesAnOutcomeAndRemovingAFactNeverAddsAnError() {
    bothLaws(500);
  }

  /**
   * Both laws over the first 100 of the same partnerships (50 default, 50 complete): what CI's
   * Temurin 25 pass checks of them, since it leaves the 1,000-partnership run above to part A.
   */
  @Test
  void bothLawsHoldOnTheFirstHundredPartnerships() {
    bothLaws(50);
  }

  private static void bothLaws(int triesPerMode) {
    for (boolean complete : new boolean[] {false, true}) {
      check(ALL, triesPerMode, complete,
          new Mutations(OutcomePropertiesTest::undeclaredChangeKeepsOutcomes, false),
          new Mutations(OutcomePropertiesTest::removalAddsNoError, true));
    }
  }

  @Test
  void theLawsCatchARuleThatReadsMoreThanItDeclaresOrBreachesOnAbsence() {
    // a test of the laws themselves: it needs many partnerships, so it says nothing when the run
    // checks the partnership of one seed only (-Dsmpkit.seed, as PIT's runs do)
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty(Property.SEED_PROPERTY) == null,
        "checks many partnerships; skipped when one seed is checked");
    Rule sly = Rule.builder("ACME-SLY-001").element(EssentialElement.TRAINING).severity(Severity.ERROR)
        .title("Reads training but declares only the title").reads("/title")
        .check((p, c) -> {
          if (p.training().size() % 2 == 1) {
            c.breach("/title", "An odd number of training components.", null, Evidence.of("/title", p.title()));
          } else {
            c.met("/title", "An even number of training components.");
          }
        }).build();
    PartnershipValidator validator = PartnershipValidator.builder().disable("SMP-*")
        .addRule(sly).build();
    // complete partnerships hold many facts (strands, payments, ...): enough tries to hit /training
    AssertionError undeclared = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> check(validator, 1000, true, new Mutations(OutcomePropertiesTest::undeclaredChangeKeepsOutcomes, false)));
    assertTrue(undeclared.getMessage().contains("ACME-SLY-001"), undeclared.getMessage());
    AssertionError absence = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> check(validator, 1000, true, new Mutations(OutcomePropertiesTest::removalAddsNoError, true)));
    assertTrue(absence.getMessage().contains("ACME-SLY-001"), absence.getMessage());
  }

  private interface Law {
    void check(PartnershipValidator validator, Report before, String pointer, Partnership mutated);
  }

  /** A law and the mutations it is tried on: removals only, or removals and replacements. */
  private record Mutations(Law law, boolean removalsOnly) {}

  private static void check(PartnershipValidator validator, int tries, boolean complete, Mutations... laws) {
    Function<Partnership, Void> body = p -> {
      Report before = validator.validate(p);
      JsonNode tree = MAPPER.readTree(JSON.write(p));
      List<String> pointers = new ArrayList<>();
      collect(tree, "", pointers);
      Partnership donor = PartnershipGenerator.withSeed(p.id().hashCode()).complete().next();
      JsonNode donorTree = MAPPER.readTree(JSON.write(donor));
      for (Mutations law : laws) {
        // each law draws its mutations from a source of its own, the same whichever laws run
        Random random = new Random(p.id().hashCode());
        for (int i = 0; i < MUTATIONS && !pointers.isEmpty(); i++) {
          String pointer = pointers.get(random.nextInt(pointers.size()));
          boolean replace = !law.removalsOnly() && random.nextBoolean() && !donorTree.at(pointer).isMissingNode();
          Optional<Partnership> mutated = replace ? replaced(tree, pointer, donorTree.at(pointer))
              : removed(tree, pointer);
          mutated.ifPresent(m -> law.law().check(validator, before, pointer + (replace ? " replaced" : " removed"), m));
        }
      }
      return null;
    };
    if (complete) {
      Property.forAllComplete(tries, body::apply);
    } else {
      Property.forAll(tries, body::apply);
    }
  }

  private static void undeclaredChangeKeepsOutcomes(PartnershipValidator validator, Report before, String mutation,
      Partnership mutated) {
    String pointer = mutation.substring(0, mutation.indexOf(' '));
    Report after = validator.validate(mutated);
    for (Evaluation e : before.evaluations()) {
      if (e.rule().reads(pointer)) {
        continue;
      }
      Outcome now = after.evaluation(e.ruleId()).map(Evaluation::outcome).orElse(null);
      assertEquals(e.outcome(), now, () -> e.ruleId() + " does not declare " + pointer + " among the facts it reads "
          + e.rule().facts() + ", but its outcome changed when " + mutation + ": " + e.findings() + " -> "
          + after.evaluation(e.ruleId()).map(Evaluation::findings).orElse(List.of()));
    }
  }

  private static void removalAddsNoError(PartnershipValidator validator, Report before, String mutation,
      Partnership mutated) {
    if (!mutation.endsWith("removed")) {
      return;
    }
    Report after = validator.validate(mutated);
    Set<String> errorsBefore = errorRules(before);
    Set<String> errorsAfter = errorRules(after);
    errorsAfter.removeAll(errorsBefore);
    assertTrue(errorsAfter.isEmpty(), () -> "removing a recorded fact (" + mutation + ") produced an ERROR from "
        + errorsAfter + ": " + after.breaches(Severity.ERROR));
  }

  private static Set<String> errorRules(Report report) {
    return report.breaches(Severity.ERROR).stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every place in the document but formatVersion: fields, list items and their insides. */
  private static void collect(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (at.isEmpty() && e.getKey().equals("formatVersion")) {
          continue;
        }
        String child = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        out.add(child);
        collect(e.getValue(), child, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String child = at + "/" + i;
        out.add(child);
        collect(node.get(i), child, out);
      }
    }
  }

  private static Optional<Partnership> removed(JsonNode tree, String pointer) {
    JsonNode copy = tree.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode) {
      ((ObjectNode) parent).remove(last);
    } else if (parent instanceof ArrayNode) {
      ((ArrayNode) parent).remove(Integer.parseInt(last));
    }
    return read(copy);
  }

  private static Optional<Partnership> replaced(JsonNode tree, String pointer, JsonNode value) {
    JsonNode copy = tree.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ObjectNode) {
      ((ObjectNode) parent).set(last, value.deepCopy());
    } else if (parent instanceof ArrayNode) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value.deepCopy());
    }
    return read(copy);
  }

  private static Optional<Partnership> read(JsonNode tree) {
    try {
      // as UTF-8 bytes: Jackson's byte generator and parser, without a String's copies of the text
      return Optional.of(JSON.read(new ByteArrayInputStream(MAPPER.writeValueAsBytes(tree))));
    } catch (SmpJsonException e) {
      return Optional.empty();
    }
  }
}
