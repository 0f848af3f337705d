package io.github.smpkit.jpmscheck;

import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.PartyRole;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.html.HtmlReport;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import io.github.smpkit.sheets.SmpSheets;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Uses the published API from a named module and fails (exit 1) on the first thing a module-path
 * user could not do: build a partnership, read the bundled code lists (resources of smp-core's
 * own module), generate partnerships with the testkit, write and read JSON, validate with the
 * rules (which bring no Bean Validation provider along), group with the portfolio, write
 * and read a workbook, and see that the internal packages stay hidden.
 */
public final class ModulePathConsumer {

  private ModulePathConsumer() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<String> failures = new ArrayList<>();

    Module core = Partnership.class.getModule();
    expect(failures, core.isNamed() && core.getName().equals("io.github.smpkit.core"),
        "smp-core is the named module io.github.smpkit.core, found " + core);
    expect(failures, !core.isExported("io.github.smpkit.core.internal"),
        "io.github.smpkit.core.internal is not exported");
    expect(failures, core.isExported("io.github.smpkit.core.code"),
        "io.github.smpkit.core.code is exported");
    expect(failures, ModulePathConsumer.class.getModule().canRead(
            ModuleLayer.boot().findModule("jakarta.validation").orElseThrow()),
        "jakarta.validation is readable through requires transitive");
    expect(failures, ModuleLayer.boot().findModule("org.jspecify")
            .map(ModulePathConsumer.class.getModule()::canRead).orElse(false),
        "org.jspecify (the nullness annotations of the API) is readable through requires transitive");
    ModuleLayer.boot().modules().stream().filter(m -> m.getName().startsWith("io.github.smpkit"))
        .flatMap(m -> m.getDescriptor().exports().stream().filter(e -> !e.isQualified())
            .filter(e -> e.source().endsWith(".internal") || e.source().contains(".internal."))
            .map(e -> m.getName() + " exports " + e.source()))
        .forEach(exported -> expect(failures, false, exported + ", an internal package, to everyone"));

    Partnership partnership = Partnership.builder()
        .id("jpms-check")
        .title("Module path check")
        .status(PartnershipStatus.PLANNED)
        .addParties(Party.of(Country.of("NG"), PartyRole.ORIGIN))
        .addParties(Party.of(Country.of("DE"), PartyRole.DESTINATION))
        .build();
    expect(failures, partnership.parties().size() == 2, "a partnership builds on the module path");

    IscoCode developers = IscoCode.of("2512");
    expect(failures, !developers.title().isBlank(), "the ISCO-08 list is read from smp-core's module");
    expect(failures, Country.of("XK").alpha3().equals("XKX"), "the country list is read");

    List<Partnership> generated = PartnershipGenerator.withSeed(42).next(5);
    expect(failures, generated.size() == 5, "smp-testkit generates partnerships on the module path");

    SmpJson json = SmpJson.standard();
    String written = json.write(partnership);
    expect(failures, json.read(written).equals(partnership), "smp-json writes and reads back on the module path");
    expect(failures, SmpJson.schema().contains("formatVersion"), "smp-json reads its schema resource");
    for (Partnership p : generated) {
      expect(failures, json.read(json.write(p)).equals(p), "generated partnership " + p.id() + " round-trips");
    }

    // The rules need no Bean Validation provider: the builders enforce the model's constraints
    // (the structural rules that ran Hibernate Validator were retired in issue 14).
    PartnershipValidator validator = PartnershipValidator.standard();
    Report report = validator.validate(partnership);
    expect(failures, report.failures().isEmpty(), "no rule fails on the module path, got " + report.failures());
    expect(failures, ModuleLayer.boot().findModule("org.hibernate.validator").isEmpty(),
        "smp-rules does not bring Hibernate Validator onto the module path");
    boolean refused;
    try {
      LegalPathway.builder().destination(Country.of("DE")).permitCategory("Work permit").processingDays(4000).build();
      refused = false;
    } catch (InvariantViolationException e) {
      refused = true;
    }
    expect(failures, refused, "the builder refuses an out-of-range processing time on the module path");
    expect(failures, !validator.validate(partnership).toJson().isBlank(), "smp-rules writes a JSON report");

    Portfolio portfolio = Portfolio.of(generated);
    expect(failures, portfolio.size() == 5, "smp-portfolio groups partnerships on the module path");
    expect(failures, !portfolio.byCorridor().groups().isEmpty(), "corridors are grouped");
    expect(failures, HtmlReport.of(partnership, report).toHtml().contains("<style>"),
        "smp-html reads its style sheet from its own module");

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    SmpSheets.standard().write(generated, xlsx);
    expect(failures, SmpSheets.standard().read(new ByteArrayInputStream(xlsx.toByteArray())).equals(generated),
        "smp-sheets writes and reads back a workbook on the module path");
    expect(failures, !SmpSheets.class.getModule().isExported("io.github.smpkit.sheets.internal"),
        "io.github.smpkit.sheets.internal is not exported");

    if (!failures.isEmpty()) {
      failures.forEach(f -> System.err.println("JPMS check FAILED: " + f));
      System.exit(1);
    }
    System.out.println("JPMS check: core, testkit, json, rules, portfolio and sheets work on the module path ("
        + ModuleLayer.boot().modules().stream().filter(m -> m.getName().startsWith("io.github.smpkit"))
            .map(Module::getName).sorted().toList() + ")");
  }

  private static void expect(List<String> failures, boolean holds, String what) {
    if (!holds) {
      failures.add(what);
    }
  }
}
