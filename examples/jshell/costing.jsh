// What does each partnership cost per participant, and how much does the worker bear?
// Run from the repository root:  bin/smp jshell examples/jshell/costing.jsh
// (JShell ends a statement at the end of a complete line, so chained calls keep the dot at the END.)
import java.nio.file.*;
import io.github.smpkit.core.*;
import io.github.smpkit.core.funding.*;
import io.github.smpkit.core.money.*;
import io.github.smpkit.json.*;
import io.github.smpkit.portfolio.*;

var json = SmpJson.standard();
var dir = Files.isDirectory(Path.of("examples/catalog")) ? Path.of("examples/catalog") : Path.of("catalog");
var partnerships = new ArrayList<Partnership>();
try (var files = Files.list(dir)) {
  for (var file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
    partnerships.add(json.read(Files.readString(file)));
  }
}
var portfolio = Portfolio.of(partnerships);

// The answer for every catalogue entry with cost items: per participant, the worker's part, SDG 10.7.1.
System.out.println(portfolio.costings());

// One partnership in detail: who pays upfront and who finally bears the cost.
System.out.println(Costing.of(portfolio.partnership("th-il-tic").orElseThrow()));

// Triple Win: the employer bears EUR 9,500 to 17,000 per placement (Federal Employment Agency).
var tripleWin = portfolio.partnership("triple-win").orElseThrow();
System.out.println(CostScenarios.of(tripleWin).
    with("EUR 9,500 per placement", p -> CostScenarios.amount(p, CostItemKind.OTHER, Money.of("EUR", 9500), CostBasis.PER_MIGRANT)).
    with("EUR 17,000 per placement", p -> CostScenarios.amount(p, CostItemKind.OTHER, Money.of("EUR", 17000), CostBasis.PER_MIGRANT)));

// RSE: the employer pays half of the return airfare; what if it paid all, or lent the worker the other half?
// The fare of NZD 1,500 is an assumption for illustration, not a recorded figure.
var rse = CostScenarios.amount(portfolio.partnership("nz-rse").orElseThrow(), CostItemKind.TRANSPORT, Money.of("NZD", 1500), CostBasis.PER_MIGRANT);
System.out.println(CostScenarios.of(rse).
    with("employer pays airfare", p -> CostScenarios.shares(p, CostItemKind.TRANSPORT, PayerShare.all(Payer.EMPLOYER))).
    with("worker repays half by deduction", p -> CostScenarios.payments(p, CostItemKind.TRANSPORT,
        Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build(),
        Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION).percent(new java.math.BigDecimal("50")).build())));
/exit
