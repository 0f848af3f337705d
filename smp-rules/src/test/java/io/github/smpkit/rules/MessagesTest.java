package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's texts are data: every key a rule uses is in the message bundle
 * ({@code io/github/smpkit/rules/messages.properties}), every key of the bundle is used, and every
 * pattern formats with the arguments its rule gives. The keys used are collected by running every
 * rule over the catalogue of examples, the exemplary partnership and generated partnerships;
 * a key that none of them reaches counts as used when its rule's source file reports it (its
 * suffix appears there as a string literal).
 */
class MessagesTest {

  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.github.smpkit.rules.messages",
      Locale.ROOT);
  private static final Path SOURCES = Path.of("src/main/java/io/github/smpkit/rules/internal");
  private static final Path CATALOG = Path.of("../examples/catalog");
  private static final Pattern RULE_ID = Pattern.compile("define\\(\"(SMP-[A-Z]+-\\d+)\"");
  private static final Pattern KEY = Pattern.compile("(SMP-[A-Z]+-\\d+)\\.(met|gap|breach)(?:\\.(\\w+))?");

  /** The findings of every rule of every rule set over the partnerships of the corpus. */
  private static List<Finding> findings() throws IOException {
    PartnershipValidator all = PartnershipValidator.builder()
        .ruleSets(PartnershipValidator.ruleSetNames().toArray(new String[0])).build();
    List<Partnership> corpus = new ArrayList<>();
    Partnership good = GoodPractice.exemplary();
    corpus.add(good);
    // the findings that neither the catalogue nor generated partnerships reach
    corpus.add(good.withParticipants(figure(FigureKind.SELECTED, 100), figure(FigureKind.MIGRATED, 120)));
    corpus.add(good.withSectors(Set.of()).withOccupations(Occupation.of(IscoCode.of("2"))));
    Partnership originPays = CostRulesTest.setCost(good, 2, CostRulesTest.cost(CostItemKind.TRAINING_PROVIDER, null,
        PayerShare.of(Payer.ORIGIN_GOVERNMENT, 70), PayerShare.of(Payer.MIGRANT, 30)));
    corpus.add(originPays);
    corpus.add(originPays.withModels(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP));
    corpus.addAll(PartnershipGenerator.withSeed(11).next(400));
    corpus.addAll(PartnershipGenerator.withSeed(12).complete().next(400));
    SmpJson json = SmpJson.standard();
    try (Stream<Path> files = Files.list(CATALOG)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        try (InputStream in = Files.newInputStream(file)) {
          corpus.add(json.read(in));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Partnership p : corpus) {
      Report report = all.validate(p);
      assertTrue(report.failures().isEmpty(), () -> p.id() + ": " + report.failures());
      findings.addAll(report.findings());
    }
    return findings;
  }

  @Test
  void everyKeyARuleUsesIsInTheBundleAndFormatsWithItsArguments() throws IOException {
    int keyed = 0;
    for (Finding f : findings()) {
      String key = f.messageKey().orElseThrow(() -> new AssertionError("a catalogue finding without a key: " + f));
      keyed++;
      assertTrue(BUNDLE.containsKey(key), () -> "not in the bundle: " + key);
      assertFalse(f.message().isBlank(), key);
      int needed = new MessageFormat(BUNDLE.getString(key), Locale.ROOT).getFormatsByArgumentIndex().length;
      if (BUNDLE.containsKey(key + ".hint")) {
        needed = Math.max(needed, new MessageFormat(BUNDLE.getString(key + ".hint"), Locale.ROOT)
            .getFormatsByArgumentIndex().length);
        assertTrue(f.hint().isPresent(), key);
      }
      assertEquals(needed, f.messageArguments().size(), () -> key + " uses as many arguments as its rule gives "
          + f.messageArguments());
    }
    assertTrue(keyed > 10_000, "the corpus exercises the rules: " + keyed);
  }

  @Test
  void everyKeyOfTheBundleIsUsedByARule() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Finding f : findings()) {
      f.messageKey().ifPresent(used::add);
    }
    Map<String, String> sourceOf = sources();
    Set<String> ruleIds = PartnershipValidator.catalogue().stream().map(Rule::id).collect(Collectors.toSet());
    List<String> unused = new ArrayList<>();
    for (String key : BUNDLE.keySet()) {
      String base = key.endsWith(".hint") ? key.substring(0, key.length() - ".hint".length()) : key;
      String id = base.substring(0, base.indexOf('.'));
      assertTrue(ruleIds.contains(id), () -> "the bundle has a key of no rule: " + key);
      if (base.equals(id + ".title") || base.equals(id + ".rationale")) {
        assertFalse(key.endsWith(".hint"), key);
        continue;
      }
      Matcher m = KEY.matcher(base);
      assertTrue(m.matches(), () -> "a key is <rule id>.<met|gap|breach>[.<suffix>][.hint]: " + key);
      if (used.contains(base)) {
        continue;
      }
      String suffix = m.group(3) == null ? "" : m.group(3);
      String source = sourceOf.get(id);
      if (source == null || !source.contains("\"" + suffix + "\"")) {
        unused.add(key);
      }
    }
    assertEquals(List.of(), unused, "keys no rule uses");
  }

  @Test
  void everyRuleOfTheCatalogueTakesItsTitleAndRationaleFromTheBundle() {
    for (Rule rule : PartnershipValidator.catalogue()) {
      assertTrue(BUNDLE.containsKey(rule.id() + ".title"), () -> rule.id() + " has no title in the bundle");
      assertEquals(format(BUNDLE.getString(rule.id() + ".title")), rule.title());
      assertEquals(BUNDLE.containsKey(rule.id() + ".rationale") ? format(BUNDLE.getString(rule.id()
          + ".rationale")) : null, rule.rationale().orElse(null));
    }
  }

  @Test
  void everyPatternOfTheBundleIsValidAndDoublesItsApostrophes() {
    for (String key : BUNDLE.keySet()) {
      String pattern = BUNDLE.getString(key);
      MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
      Format[] formats = format.getFormatsByArgumentIndex();
      Object[] arguments = new Object[formats.length];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = formats[i] == null ? "x" : (Object) 2;
      }
      assertFalse(format.format(arguments).isBlank(), key);
      String unquoted = pattern.replace("''", "").replace("'{'", "").replace("'}'", "");
      assertFalse(unquoted.contains("'"), () -> key + " has a single apostrophe, which MessageFormat drops: "
          + pattern);
    }
  }

  @Test
  void aCustomRuleGivesItsTextLiterallyAndHasNoKey() {
    Rule rule = Rule.of("ACME-001", EssentialElement.COSTS, Severity.INFO, "Says hello", List.of(""),
        (p, c) -> c.gap("", "Who says hello?", "Record who does."));
    Report report = PartnershipValidator.builder().disable("SMP-*").addRule(rule).build().validate(GoodPractice.exemplary());
    Finding f = report.findings().get(0);
    assertEquals("Who says hello?", f.message());
    assertEquals("Record who does.", f.hint().orElseThrow());
    assertTrue(f.messageKey().isEmpty());
    assertEquals(List.of(), f.messageArguments());
  }

  private static ParticipantFigure figure(FigureKind kind, long n) {
    return ParticipantFigure.builder().kind(kind).actual(Count.exactly(n)).build();
  }

  private static String format(String pattern) {
    return new MessageFormat(pattern, Locale.ROOT).format(new Object[0]);
  }

  /** The source of the rule file that defines each rule id. */
  private static Map<String, String> sources() throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Rules.java"))
          .collect(Collectors.toList())) {
        String text = Files.readString(file);
        Matcher m = RULE_ID.matcher(text);
        while (m.find()) {
          sources.putIfAbsent(m.group(1), text);
        }
      }
    }
    return sources;
  }
}
