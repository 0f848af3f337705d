package io.github.smpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.json.SmpJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue of real partnerships reads without error and every figure in it is cited. */
class CatalogTest {

  private static final Pattern NUMBER =
      Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(\\s*(?:million|thousand|m\\b|k\\b))?");

  private static final List<Path> FILES = new ArrayList<>();
  private static final List<Partnership> PARTNERSHIPS = new ArrayList<>();

  @BeforeAll
  static void readCatalogue() throws IOException {
    SmpJson json = SmpJson.standard();
    try (Stream<Path> files = Files.list(Repo.catalog())) {
      files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(FILES::add);
    }
    for (Path file : FILES) {
      PARTNERSHIPS.add(json.read(Files.readString(file, StandardCharsets.UTF_8)));
    }
  }

  @Test
  void holdsAtLeastThirtyFiveRealPartnerships() {
    assertTrue(PARTNERSHIPS.size() >= 35, "only " + PARTNERSHIPS.size());
  }

  @Test
  void namesEachFileAfterItsPartnershipId() {
    for (int i = 0; i < FILES.size(); i++) {
      assertEquals(PARTNERSHIPS.get(i).id() + ".json", FILES.get(i).getFileName().toString());
    }
  }

  @Test
  void startsEachDocumentWithTheFormatVersion() throws IOException {
    for (Path file : FILES) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(text.startsWith("{\n  \"formatVersion\": \"2.0\","), file + " must start with formatVersion 2.0");
    }
  }

  @Test
  void citesEveryParticipantFigure() {
    for (Partnership p : PARTNERSHIPS) {
      Set<String> cited = citedNumbers(p);
      for (ParticipantFigure f : p.participants()) {
        f.planned().ifPresent(c -> assertCited(p, cited, c, "planned " + f.kind()));
        f.actual().ifPresent(c -> assertCited(p, cited, c, "actual " + f.kind()));
      }
    }
  }

  @Test
  void citesEveryAmountOfMoney() {
    for (Partnership p : PARTNERSHIPS) {
      Set<String> cited = citedNumbers(p);
      List<Money> amounts = new ArrayList<>();
      p.fundingSources().forEach(s -> s.amount().ifPresent(amounts::add));
      p.costs().forEach(c -> c.amount().ifPresent(amounts::add));
      for (Money m : amounts) {
        assertTrue(cited.contains(norm(m.amount())),
            p.id() + ": no citation's 'supports' states the amount " + m);
      }
    }
  }

  @Test
  void givesEveryCitationAWayToFindIt() {
    for (Partnership p : PARTNERSHIPS) {
      assertFalse(p.citations().isEmpty(), p.id() + " cites nothing");
      for (Citation c : p.citations()) {
        assertTrue(c.url().isPresent() || c.publisher().isPresent(), p.id() + "/" + c.key());
        assertTrue(c.supports().isPresent(), p.id() + "/" + c.key() + " does not say what it supports");
      }
    }
  }

  @Test
  void saysThatCodesAreOurMappingOfTheSourcesWords() {
    for (Partnership p : PARTNERSHIPS) {
      if (!p.sectors().isEmpty() || !p.occupations().isEmpty()) {
        assertTrue(p.notes().orElse("").contains("our mapping"), p.id() + " must say its codes are a mapping");
      }
    }
  }

  @Test
  void keepsTheUnimplementedDualTrackOfYesWithoutOutcomes() {
    Partnership yes = PARTNERSHIPS.stream().filter(p -> p.id().equals("yes-kosovo")).findFirst().orElseThrow();
    assertEquals(io.github.smpkit.core.PartnershipStatus.NOT_IMPLEMENTED, yes.status());
    assertTrue(yes.participants().stream().allMatch(f -> f.actual().isEmpty()));
  }

  @Test
  void listsEveryEntryInTheCatalogueDocument() throws IOException {
    String doc = Files.readString(Repo.root().resolve("docs/catalog.md"), StandardCharsets.UTF_8);
    for (Partnership p : PARTNERSHIPS) {
      assertTrue(doc.contains("`" + p.id() + "`"), "docs/catalog.md does not list " + p.id());
    }
  }

  private static void assertCited(Partnership p, Set<String> cited, Count c, String what) {
    boolean ok;
    if (c.upper().isEmpty()) {
      // "more than N" is written as at least N + 1
      ok = cited.contains(Long.toString(c.lower())) || cited.contains(Long.toString(c.lower() - 1));
    } else if (c.lower() == 0) {
      ok = cited.contains(Long.toString(c.upper().get()));
    } else {
      ok = cited.contains(Long.toString(c.lower())) && cited.contains(Long.toString(c.upper().get()));
    }
    assertTrue(ok, p.id() + ": no citation's 'supports' states " + what + " " + c);
  }

  private static String norm(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  /** Every number the citations' 'supports' texts state, "1.5 million" and "42.7k" expanded. */
  private static Set<String> citedNumbers(Partnership p) {
    Set<String> numbers = new HashSet<>();
    for (Citation c : p.citations()) {
      Matcher m = NUMBER.matcher(c.supports().orElse(""));
      while (m.find()) {
        String digits = m.group(1).replace(",", "");
        if (digits.endsWith(".")) {
          digits = digits.substring(0, digits.length() - 1);
        }
        BigDecimal n = new BigDecimal(digits);
        String unit = m.group(2) == null ? "" : m.group(2).trim().toLowerCase(Locale.ROOT);
        switch (unit) {
          case "million":
          case "m":
            n = n.multiply(BigDecimal.valueOf(1_000_000));
            break;
          case "thousand":
          case "k":
            n = n.multiply(BigDecimal.valueOf(1_000));
            break;
          default:
            break;
        }
        numbers.add(norm(n));
        numbers.add(norm(new BigDecimal(digits)));
      }
    }
    return numbers;
  }
}
