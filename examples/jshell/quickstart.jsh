// smpkit quickstart: build one partnership, check it against the IOM guidance, print the report.
// Run from the repository root:  bin/smp jshell examples/jshell/quickstart.jsh
// (JShell ends a statement at the end of a complete line, so chained calls keep the dot at the END.)
import io.github.smpkit.core.*;
import io.github.smpkit.core.code.*;
import io.github.smpkit.core.party.*;
import io.github.smpkit.core.time.*;
import io.github.smpkit.core.training.*;
import io.github.smpkit.core.typology.*;
import io.github.smpkit.rules.*;

var partnership = Partnership.builder().
    id("quickstart").
    title("Quickstart: an ICT pilot from Morocco to Belgium (illustrative)").
    status(PartnershipStatus.PILOT).
    addParty(Party.origin(Country.of("MA"))).
    addParty(Party.destination(Country.of("BE"))).
    timeFrame(TimeFrame.builder().start(PartialDate.ofMonth(2026, 9)).end(PartialDate.ofMonth(2029, 8)).build()).
    skillLevels(SkillLevelRange.only(SkillLevel.HIGH)).
    addSector(IsicCode.of("62")).
    addTraining(TrainingComponent.builder().
        name("Seven-month ICT and language course").
        location(TrainingLocation.ORIGIN).
        addContent(TrainingContent.TECHNICAL).
        addContent(TrainingContent.LANGUAGE).
        track(Track.BOTH).
        build()).
    build();

System.out.println(partnership);

var report = PartnershipValidator.standard().validate(partnership);
System.out.println(report.toText());
System.out.println("verdict: " + report.verdict() + "; open questions: " + report.openQuestions().size());
/exit
