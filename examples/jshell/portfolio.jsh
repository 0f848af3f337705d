// smpkit for researchers: load the catalogue of real partnerships and ask it three questions.
// Run from the repository root:  bin/smp jshell examples/jshell/portfolio.jsh
import java.nio.file.*;
import io.github.smpkit.core.*;
import io.github.smpkit.json.*;
import io.github.smpkit.portfolio.*;
import io.github.smpkit.rules.*;

var dir = Files.isDirectory(Path.of("examples/catalog")) ? Path.of("examples/catalog") : Path.of("catalog");
var loaded = Partnerships.load(dir);                  // what was read, and every failure located
loaded.failures().forEach(System.err::println);
var portfolio = Portfolio.of(loaded.partnerships());
System.out.println("Loaded " + portfolio.size() + " partnerships from " + dir);

// Q1. Which corridors have the most partnerships, and who pays for training in them?
var busiest = portfolio.byCorridor().top(6).stream().map(g -> g.key()).toList();
System.out.println("\nQ1. The busiest corridors and who pays for training in them");
System.out.println(portfolio.trainingTypology().payersByCorridor(busiest));

// Q2. Where does training take place, and who pays for it, across the whole catalogue?
System.out.println("Q2. Where training takes place against who pays for it");
System.out.println(portfolio.trainingTypology().siteByPayer());

// Q3. How much do the real partnerships record of each essential element?
var coverage = portfolio.coverage(PartnershipValidator.standard());
System.out.println("Q3. How much each element records: rules with their facts recorded, out of those that apply");
for (var e : io.github.smpkit.rules.EssentialElement.values()) {
  int recorded = 0, applicable = 0, nothing = 0;
  for (var id : coverage.partnershipIds()) {
    var r = coverage.result(id, e).orElseThrow();
    recorded += r.completeness().part();
    applicable += r.completeness().total();
    if (r.completeness().part() == 0) nothing++;
  }
  System.out.printf("  ch. %-2d %-50s %3d %%; %2d of %d record nothing%n", e.chapter(), e.title(),
      applicable == 0 ? 0 : Math.round(100f * recorded / applicable), nothing, portfolio.size());
}
/exit
