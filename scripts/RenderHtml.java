import io.github.smpkit.core.Partnership;
import io.github.smpkit.html.HtmlReport;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the HTML reports of scripts/render-html.sh: the portfolio of a catalogue folder and the
 * report of one of its partnerships.
 *
 * <p>Usage: java -cp CLASSPATH scripts/RenderHtml.java CATALOGUE_DIR OUT_DIR PARTNERSHIP_ID
 */
public class RenderHtml {
  public static void main(String[] args) throws IOException {
    Path catalogue = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String id = args[2];
    SmpJson json = SmpJson.standard();
    List<Partnership> partnerships = new ArrayList<>();
    try (Stream<Path> files = Files.list(catalogue)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        partnerships.add(json.read(Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    PartnershipValidator validator = PartnershipValidator.standard();
    long start = System.nanoTime();
    List<Report> reports = validator.validateAll(partnerships);
    long checked = System.nanoTime();
    HtmlReport portfolio = HtmlReport.portfolio(partnerships, reports);
    long rendered = System.nanoTime();
    Files.createDirectories(out);
    Files.writeString(out.resolve("portfolio.html"), portfolio.toHtml(), StandardCharsets.UTF_8);
    Partnership one = partnerships.stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no partnership '" + id + "' in " + catalogue));
    HtmlReport single = HtmlReport.of(one, validator.validate(one));
    Files.writeString(out.resolve(id + ".html"), single.toHtml(), StandardCharsets.UTF_8);
    System.out.printf("render-html: %d partnerships checked in %d ms, portfolio page rendered in %d ms%n",
        partnerships.size(), (checked - start) / 1_000_000, (rendered - checked) / 1_000_000);
    System.out.println("render-html: " + out.resolve("portfolio.html") + " (" + portfolio.toHtml().getBytes(
        StandardCharsets.UTF_8).length + " bytes)");
    System.out.println("render-html: " + out.resolve(id + ".html") + " (" + single.toHtml().getBytes(
        StandardCharsets.UTF_8).length + " bytes)");
  }
}
