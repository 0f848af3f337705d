// Issue 13's defects, one case per JVM, against any build of smp-core, smp-json and smp-rules:
// the code before the hardening (33fe24e) and main. docs/releasing.md ("Hardening: each defect of
// issue 13, before and after") records what each printed. Run, from a checkout built with
//   ./mvnw -B -q -pl smp-json,smp-rules -am compile dependency:build-classpath \
//     -Dmdep.includeScope=test '-Dmdep.outputFile=/tmp/cp-${project.artifactId}.txt'
// then
//   CP="$(cat /tmp/cp-smp-json.txt):$(cat /tmp/cp-smp-rules.txt):smp-json/target/classes:smp-rules/target/classes"
//   javac -d /tmp/defects -cp "$CP" scripts/issue13/Defects.java
//   java -Xmx256m -cp "/tmp/defects:$CP" Defects badSectors     # or any case named in run()
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.json.JsonProblem;
import io.github.smpkit.json.RecordResult;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.json.SmpJsonException;
import io.github.smpkit.rules.PartnershipValidator;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Reproductions of issue 13's defects; each case prints what the code in the class path does. */
public class Defects {
  static final SmpJson JSON = SmpJson.builder().compact().build();
  static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"big\",\"title\":\"Big\",\"status\":\"PLANNED\","
      + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}]";
  static final String MINIMAL = HEAD + "}";

  static String esc(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return b.toString();
  }

  static String shortMsg(Throwable t) {
    String m = String.valueOf(t.getMessage());
    return t.getClass().getSimpleName() + " (message " + m.length() + " chars): " + esc(m.length() > 160 ? m.substring(0, 160) + "..." : m);
  }

  static String read(String json) {
    try {
      Partnership p = JSON.read(json);
      return "read OK";
    } catch (SmpJsonException e) {
      JsonProblem p = e.problems().get(0);
      return "refused: " + e.problems().size() + " problem(s), first " + p.kind() + " " + p.pointer() + " " + esc(p.message());
    }
  }

  static String schema(String json) {
    try {
      var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
          .getSchema(SmpJson.schema());
      var errors = schema.validate(mapper.readTree(json));
      return errors.isEmpty() ? "schema valid" : "schema invalid: " + esc(errors.iterator().next().getMessage());
    } catch (Exception e) {
      return "schema error " + e;
    }
  }

  static String rules(String json, String... ids) {
    try {
      Partnership p = JSON.read(json);
      var report = PartnershipValidator.standard().validate(p);
      return report.findings().stream().filter(f -> List.of(ids).contains(f.ruleId()))
          .map(f -> f.ruleId() + " " + f.severity() + ": " + esc(f.message())).collect(Collectors.joining("; "));
    } catch (SmpJsonException e) {
      return "(not read)";
    }
  }

  static String withTitle(String title) {
    return MINIMAL.replace("\"title\":\"Big\"", "\"title\":\"" + title + "\"");
  }

  static Partnership.Builder base() {
    return Partnership.builder().id("palim").title("PALIM").status(PartnershipStatus.PILOT)
        .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE")));
  }

  static final class LyingDecimal extends BigDecimal {
    private static final long serialVersionUID = 1L;
    LyingDecimal() { super("50"); }
    @Override public int compareTo(BigDecimal other) { return BigDecimal.valueOf(50).compareTo(other); }
    @Override public int signum() { return 1; }
    @Override public BigInteger unscaledValue() { return BigInteger.valueOf(5000); }
    @Override public int scale() { return 0; }
  }

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    String out;
    try {
      out = run(args[0]);
    } catch (Throwable t) {
      out = shortMsg(t);
    }
    System.out.println(args[0] + ": " + out + " [" + (System.nanoTime() - t0) / 1_000_000 + " ms]");
  }

  static String run(String c) throws Exception {
    switch (c) {
      case "badSectors": {
        String json = HEAD + ",\"sectors\":[" + "0,".repeat(99_999) + "0]}";
        try {
          JSON.read(json);
          return "read OK";
        } catch (SmpJsonException e) {
          String count = "";
          try {
            count = ", problemCount " + SmpJsonException.class.getMethod("problemCount").invoke(e);
          } catch (NoSuchMethodException none) {
            count = ", no problemCount";
          }
          return "100,000 bad sectors: " + e.problems().size() + " problems kept" + count + ", message "
              + e.getMessage().length() + " chars, heap used " + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000 + " MB";
        }
      }
      case "readerTooLong": {
        SmpJson strict = SmpJson.builder().maxDocumentLength(1000).build();
        String json = MINIMAL + " ".repeat(5000);
        String s;
        try { strict.read(json); s = "String: read OK"; } catch (SmpJsonException e) { s = "String: " + e.problems().get(0).kind() + " " + esc(e.problems().get(0).message()); }
        try { strict.read(new StringReader(json)); s += " | Reader: read OK"; } catch (SmpJsonException e) { s += " | Reader: " + e.problems().get(0).kind() + " " + esc(e.problems().get(0).message()); }
        return s;
      }
      case "arrayRecord": {
        SmpJson strict = SmpJson.builder().maxDocumentLength(1000).build();
        String longNotes = HEAD + ",\"notes\":\"" + "a".repeat(3000) + "\"}";
        List<RecordResult> all = strict.readArrayResults(new StringReader("[" + longNotes + "," + MINIMAL + "]"))
            .collect(Collectors.toList());
        return "record of " + longNotes.length() + " chars, limit 1000: " + all.stream()
            .map(r -> r.isSuccess() ? "success" : "failure " + r.failure().get().problems().get(0).kind())
            .collect(Collectors.joining(", "));
      }
      case "loneSurrogate": {
        String json = withTitle("T\\ud800");
        Partnership p;
        try { p = JSON.read(json); } catch (SmpJsonException e) { return "read refused: " + esc(e.problems().get(0).message()); }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.write(p, bytes);
        return "read OK (title " + esc(p.title()) + "); written to bytes and read back: title " + esc(JSON.read(bytes.toString(StandardCharsets.UTF_8)).title());
      }
      case "nbsp": return read(withTitle("\u00A0")) + " | " + schema(withTitle("\u00A0")) + " | rules: " + rules(withTitle("\u00A0"), "SMP-STRUCT-001");
      case "bom": return read(withTitle("\uFEFF")) + " | " + schema(withTitle("\uFEFF")) + " | rules: " + rules(withTitle("\uFEFF"), "SMP-STRUCT-001");
      case "emsp": return read(withTitle("\u2003")) + " | " + schema(withTitle("\u2003")) + " | rules: " + rules(withTitle("\u2003"), "SMP-STRUCT-001");
      case "emoji300": {
        String json = withTitle("\uD83D\uDE00".repeat(300));
        return read(json) + " | " + schema(json) + " | rules: " + rules(json, "SMP-STRUCT-003");
      }
      case "builder": {
        Partnership p = base().id("My Partnership!").title("").build();
        String written = JSON.write(p);
        return "built and written (" + written.length() + " chars); read back: " + read(written);
      }
      case "shareHuge": return "PayerShare.of(MIGRANT, 1e999999999) = " + PayerShare.of(Payer.MIGRANT, new BigDecimal("1e999999999"));
      case "shareTiny": return "PayerShare.of(MIGRANT, 1e-999999999) = " + PayerShare.of(Payer.MIGRANT, new BigDecimal("1e-999999999"));
      case "moneyHuge": return "Money.of(EUR, 1e999999999) = " + Money.of(java.util.Currency.getInstance("EUR"), new BigDecimal("1e999999999")).toString().length() + " chars";
      case "moneyTiny": return "Money.of(EUR, 1e-999999999) = " + Money.of(java.util.Currency.getInstance("EUR"), new BigDecimal("1e-999999999"));
      case "moneyLongMessage": return "Money.of(EUR, \"1\" + 100,000 zeros) = " + Money.of("EUR", "1" + "0".repeat(100_000)).toString().length() + " chars";
      case "xxx": {
        String s;
        try { s = "XXX 1.5 -> " + Money.of("XXX", "1.5"); } catch (IllegalArgumentException e) { s = "XXX refused: " + esc(e.getMessage()); }
        try { s += " | XAU 1 -> " + Money.of("XAU", "1"); } catch (IllegalArgumentException e) { s += " | XAU refused: " + esc(e.getMessage()); }
        return s;
      }
      case "scale": {
        String s;
        try {
          Money a = Money.of("XXX", "1.5"), b = Money.of("XXX", "1.50");
          s = "XXX: 1.5 equals 1.50 " + a.equals(b) + ", written " + a + " and " + b;
        } catch (IllegalArgumentException e) { s = "XXX refused"; }
        Money a = Money.of("JPY", "150"), b = Money.of("JPY", "150.00");
        return s + " | JPY 150 vs 150.00: equal " + a.equals(b) + ", written " + a + " and " + b;
      }
      case "subclass": {
        String s;
        try { s = "PayerShare.of(lying 50 that is 5000) -> percent " + PayerShare.of(Payer.MIGRANT, new LyingDecimal()).percent().toPlainString(); }
        catch (RuntimeException e) { s = "PayerShare refused: " + esc(e.getMessage()); }
        Money m = Money.of(java.util.Currency.getInstance("EUR"), new LyingDecimal());
        return s + " | Money amount class " + m.amount().getClass().getSimpleName() + " " + m.amount().toPlainString();
      }
      case "months30.0": case "months3e1": case "count2^63": case "negativeMoney": {
        String frag = switch (c) {
          case "months30.0" -> "\"timeFrame\":{\"fundingCycleMonths\":30.0}";
          case "months3e1" -> "\"timeFrame\":{\"fundingCycleMonths\":3e1}";
          case "count2^63" -> "\"participants\":[{\"kind\":\"TRAINED\",\"planned\":{\"exactly\":9223372036854775808}}]";
          default -> "\"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":{\"amount\":\"-5.00\",\"currency\":\"EUR\"}}]";
        };
        String json = HEAD + "," + frag + "}";
        return read(json) + " | " + schema(json);
      }
      default: throw new IllegalArgumentException(c);
    }
  }
}
