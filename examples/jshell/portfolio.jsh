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

// Q3. Which essential elements do the real partnerships describe least?
var coverage = portfolio.coverage(PartnershipValidator.standard());
System.out.println("Q3. Partnerships that record none of the facts each element's rules need");
for (var e : EssentialElement.values()) {
  var none = coverage.partnershipIds().stream().filter(id -> coverage.result(id, e).map(r -> r.completeness().part() == 0).orElse(false)).count();
  System.out.printf("  ch. %-2d %-50s %2d of %d%n", e.chapter(), e.title(), none, portfolio.size());
}
/exit
