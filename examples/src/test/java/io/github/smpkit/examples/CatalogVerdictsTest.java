package io.github.smpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the breaches that every rule set finds on every catalogue entry, each justified in
 * docs/catalog.md ("Verdicts"): a new false positive, or a true breach that disappears, fails the
 * build. No entry has a rule failure.
 */
class CatalogVerdictsTest {

  /** Entry id to its breaches as "RULE SEVERITY pointer", sorted; entries not named have none. */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      "palm", List.of("SMP-COST-001 ERROR /costs/0/payments/1"),
      "th-il-tic", List.of("SMP-COST-001 ERROR /costs/0/shares/0"));

  private static Map<String, Partnership> catalogue() throws IOException {
    Map<String, Partnership> all = new TreeMap<>();
    try (Stream<Path> files = Files.list(Repo.catalog())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        Partnership p = SmpJson.standard().read(Files.readString(f, StandardCharsets.UTF_8));
        all.put(p.id(), p);
      }
    }
    return all;
  }

  private static List<String> breaches(Report report) {
    return report.breaches().stream()
        .map(f -> f.ruleId() + " " + f.severity().orElseThrow() + " " + f.path()).sorted()
        .collect(Collectors.toList());
  }

  @Test
  void everyEntryHasExactlyThePinnedBreachesUnderEveryRuleSet() throws IOException {
    Map<String, Partnership> catalogue = catalogue();
    assertTrue(catalogue.keySet().containsAll(EXPECTED.keySet()), EXPECTED.keySet()::toString);
    for (String set : List.of("iom-smp", "blma", "ethical-recruitment", "global-skill-partnership")) {
      PartnershipValidator validator = PartnershipValidator.builder().ruleSets(set).build();
      for (Partnership p : catalogue.values()) {
        Report report = validator.validate(p);
        List<String> expected = EXPECTED.getOrDefault(p.id(), List.of()).stream()
            .filter(b -> validator.rules().stream().anyMatch(r -> b.startsWith(r.id() + " ")))
            .collect(Collectors.toList());
        assertEquals(expected, breaches(report), () -> set + " on " + p.id() + ":\n" + report.toText());
        assertEquals(List.of(), report.failures(), p.id());
      }
    }
  }

  @Test
  void everyPinnedBreachIsProvedByRecordedFactsAndCitesItsSource() throws IOException {
    Map<String, Partnership> catalogue = catalogue();
    for (String id : EXPECTED.keySet()) {
      for (Finding f : PartnershipValidator.standard().validate(catalogue.get(id)).breaches()) {
        assertTrue(!f.evidence().isEmpty(), f::toString);
        assertTrue(f.source().startsWith("ILO") || f.source().contains("WHO") || f.source().startsWith("IOM"),
            f::toString);
      }
    }
  }

  @Test
  void docsCatalogJustifiesEveryPinnedBreach() throws IOException {
    String doc = Files.readString(Repo.root().resolve("docs/catalog.md"), StandardCharsets.UTF_8);
    int from = doc.indexOf("## Verdicts");
    int to = doc.indexOf("\n## ", from + 1);
    String verdicts = doc.substring(from, to);
    for (Map.Entry<String, List<String>> e : EXPECTED.entrySet()) {
      for (String breach : e.getValue()) {
        String rule = breach.substring(0, breach.indexOf(' '));
        assertTrue(verdicts.contains("| `" + e.getKey() + "` | `" + rule + "` |"), e.getKey() + " " + rule);
      }
    }
  }
}
