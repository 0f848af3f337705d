// Loads the bundled catalogue of real partnerships: `bin/smp jshell --catalog` runs it after smpkit.jsh.
//   catalog       the Partnerships loaded, with any failures (file, line, pointer, message)
//   partnerships  the partnerships read, in file order
//   portfolio     their Portfolio, for groupings, participants, costs and coverage
var catalog = Partnerships.load(Path.of(System.getProperty("smp.catalog", "examples/catalog")));
catalog.failures().forEach(System.err::println);
var partnerships = catalog.partnerships();
var portfolio = Portfolio.of(partnerships);
System.out.println("smpkit: " + partnerships.size() + " partnerships in 'partnerships' and 'portfolio' (from " + System.getProperty("smp.catalog", "examples/catalog") + ")");
