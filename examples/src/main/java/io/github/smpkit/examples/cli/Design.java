package io.github.smpkit.examples.cli;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.json.SmpJsonException;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Worksheet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/smp new} and {@code bin/smp worksheet}: start a partnership file, and print the
 * design worksheet of one (its open questions by design step and essential element, IOM SMP
 * Guidance 2023, ch. 2 Figure 3 and ch. 3 to 12). Exit 0 on success, 2 on a usage error or a
 * file that cannot be read or written.
 */
final class Design {

  /** Where the JSON Schema of the format lives; editors use it for completion. */
  static final String SCHEMA = "https://smpkit.github.io/schema/partnership-2.0.schema.json";

  private final PrintStream out;
  private final PrintStream err;

  Design(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String command, List<String> args) {
    return command.equals("new") ? create(args) : worksheet(args);
  }

  private int usage(String message) {
    err.println("smp: " + message);
    err.println("Try 'bin/smp --help' for more.");
    return SmpCommand.USAGE;
  }

  private int create(List<String> args) {
    if (args.size() < 4 || args.size() > 5) {
      return usage("new needs ID TITLE ORIGIN DESTINATION [FILE], for example: new my-pilot \"My pilot\" MA BE"
          + " my-pilot.json");
    }
    Partnership p;
    try {
      p = Worksheet.startingPartnership(args.get(0), args.get(1), Country.of(args.get(2)), Country.of(args.get(3)));
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    String json = SmpJson.standard().write(p);
    String withSchema = "{\n  \"$schema\": \"" + SCHEMA + "\"," + json.substring(1);
    if (args.size() == 4) {
      out.print(withSchema);
      return SmpCommand.OK;
    }
    Path file = Path.of(args.get(4));
    if (Files.exists(file)) {
      return usage(file + " exists already; choose another name");
    }
    try {
      Files.writeString(file, withSchema, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return usage("cannot write " + file + ": " + e.getMessage());
    }
    err.println("smp: wrote " + file + "; fill it in, then run: bin/smp worksheet " + file);
    return SmpCommand.OK;
  }

  private int worksheet(List<String> args) {
    boolean json = args.contains("--json");
    List<String> files = args.stream().filter(a -> !a.equals("--json")).toList();
    if (files.size() != 1) {
      return usage("worksheet needs one FILE holding one partnership");
    }
    Path file = Path.of(files.get(0));
    Partnership p;
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p = SmpJson.standard().read(reader);
    } catch (IOException e) {
      return usage("cannot read " + file + ": " + e.getMessage());
    } catch (SmpJsonException e) {
      err.println("smp: " + file + " could not be read:");
      e.problems().forEach(problem -> err.println("  " + problem));
      return SmpCommand.USAGE;
    }
    Worksheet sheet = Worksheet.of(PartnershipValidator.standard().validate(p));
    out.print(json ? sheet.toJson() : sheet.toMarkdown());
    return SmpCommand.OK;
  }
}
