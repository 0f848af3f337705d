package io.github.smpkit.examples.embed;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a host application, for example a ministry's partnership registry, embeds smpkit: it
 * builds a partnership from its own records, checks it against the IOM guidance (IOM SMP
 * Guidance 2023, ch. 3 to 12) before accepting it, stores it as JSON and reads it back.
 *
 * <p>The partnership built here is illustrative, not a real one. Run it with
 * {@code java -cp "$(bin/smp --classpath)" io.github.smpkit.examples.embed.HostApplication [DIR]}.
 */
public final class HostApplication {

  private HostApplication() {
  }

  /**
   * Builds, validates, stores and reloads the example partnership.
   *
   * @param args an optional folder to store the JSON in (default: a temporary folder)
   * @throws IOException when the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("smp-registry");
    run(dir, System.out);
  }

  /**
   * The partnership a registry clerk might enter: an (illustrative) ICT pilot from Nigeria to
   * Lithuania with training in the origin paid by the destination government.
   *
   * @return the partnership
   */
  public static Partnership example() {
    return Partnership.builder()
        .id("example-ict-pilot")
        .title("Example ICT pilot (illustrative, not a real partnership)")
        .status(PartnershipStatus.PLANNED)
        .addParty(Party.origin(Country.of("NG")))
        .addParty(Party.destination(Country.of("LT")))
        .timeFrame(TimeFrame.builder().start(PartialDate.ofYear(2027)).end(PartialDate.ofYear(2031)).build())
        .skillLevels(SkillLevelRange.only(SkillLevel.HIGH))
        .addSector(IsicCode.of("62"))
        .addStakeholder(Stakeholder.builder().name("Ministry of Labour (destination)").type(StakeholderType.LABOUR_MINISTRY)
            .country(Country.of("LT")).addRole(StakeholderRole.LEAD).addRole(StakeholderRole.FUNDER).build())
        .addStakeholder(Stakeholder.builder().name("Employment agency (origin)")
            .type(StakeholderType.PUBLIC_EMPLOYMENT_SERVICE).country(Country.of("NG"))
            .addRole(StakeholderRole.RECRUITER).build())
        .addTraining(TrainingComponent.builder().name("Coding bootcamp").location(TrainingLocation.ORIGIN)
            .country(Country.of("NG")).addContent(TrainingContent.TECHNICAL).addContent(TrainingContent.LANGUAGE)
            .track(Track.BOTH).build())
        .addCost(CostItem.builder().item(CostItemKind.TRAINING_PROVIDER)
            .addShare(PayerShare.all(Payer.DESTINATION_GOVERNMENT)).build())
        .addCitation(Citation.builder().key("registry").title("Registry entry (illustrative)").build())
        .build();
  }

  /**
   * Validates the example, stores it as {@code <id>.json} in {@code dir}, reads it back and
   * reports each step to {@code out}.
   *
   * @param dir the folder to store the JSON in
   * @param out where to report
   * @return the partnership read back from the file
   */
  public static Partnership run(Path dir, PrintStream out) {
    Partnership partnership = example();
    Report report = PartnershipValidator.standard().validate(partnership);
    out.println("Validated " + partnership.id() + ": " + report.verdict() + "; design " + report.design()
        + " met, completeness " + report.completeness() + " recorded, " + report.openQuestions().size()
        + " open questions");
    if (report.hasBreach(Severity.ERROR)) {
      out.println("Not stored: mend the errors first.");
      out.print(report.toText());
      return partnership;
    }
    SmpJson json = SmpJson.standard();
    Path file = dir.resolve(partnership.id() + ".json");
    try {
      Files.writeString(file, json.write(partnership), StandardCharsets.UTF_8);
      Partnership back = json.read(Files.readString(file, StandardCharsets.UTF_8));
      out.println("Stored " + file.getFileName() + " (" + Files.size(file) + " bytes) and read it back: "
          + (back.equals(partnership) ? "identical" : "DIFFERENT"));
      return back;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
