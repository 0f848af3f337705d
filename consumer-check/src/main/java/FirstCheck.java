import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.Partnerships;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import java.nio.file.Path;

public class FirstCheck {
  public static void main(String[] args) {
    Partnerships loaded = Partnerships.load(Path.of(args[0]));  // a .json/.jsonl file or a folder
    loaded.failures().forEach(System.err::println);             // file:line:column: pointer: message
    PartnershipValidator validator = PartnershipValidator.standard();
    for (Partnership p : loaded.partnerships()) {
      Report report = validator.validate(p);
      System.out.println(p.id() + ": " + report.verdict() + "; design " + report.design()
          + ", completeness " + report.completeness());
    }
  }
}
