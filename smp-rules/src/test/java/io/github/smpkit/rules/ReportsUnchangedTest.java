package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the outcomes while the engine is made faster: the reports of the rule sets {@code iom-smp}
 * and {@code blma} on generated partnerships (plain, complete, and with one essential element
 * stripped) must be exactly those recorded in {@code reports-golden.txt} (a SHA-256 of each
 * report's JSON and text). A change of rules or of the generator changes them on purpose:
 * rewrite the file with {@code -Dsmpkit.golden.write=<path of the file>} and review the diff of the
 * reports, not only of the digests.
 */
class ReportsUnchangedTest {

  private static final String GOLDEN = "reports-golden.txt";

  private static List<String> digests() {
    PartnershipValidator validator = PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();
    List<String> lines = new ArrayList<>();
    EssentialElement[] elements = EssentialElement.values();
    for (int seed = 1; seed <= 60; seed++) {
      Partnership plain = PartnershipGenerator.withSeed(seed).next();
      Partnership complete = PartnershipGenerator.withSeed(seed).complete().next();
      EssentialElement element = elements[seed % elements.length];
      lines.add(seed + " plain " + digest(validator.validate(plain)));
      lines.add(seed + " complete " + digest(validator.validate(complete)));
      lines.add(seed + " complete-without-" + element + " "
          + digest(validator.validate(Strip.element(complete, element))));
    }
    return lines;
  }

  private static String digest(Report report) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(report.toJson().getBytes(StandardCharsets.UTF_8));
      sha.update(report.toText().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void reportsOnGeneratedPartnershipsAreThoseRecorded() throws IOException {
    List<String> actual = digests();
    String write = System.getProperty("smpkit.golden.write");
    if (write != null) {
      Files.write(Path.of(write), actual, StandardCharsets.UTF_8);
    }
    List<String> expected;
    try (InputStream in = ReportsUnchangedTest.class.getResourceAsStream(GOLDEN)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }
}
