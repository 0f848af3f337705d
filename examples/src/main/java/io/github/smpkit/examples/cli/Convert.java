package io.github.smpkit.examples.cli;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonProblem;
import io.github.smpkit.json.LoadFailure;
import io.github.smpkit.json.SmpJsonException;
import io.github.smpkit.sheets.PartnershipFiles;
import io.github.smpkit.sheets.SheetProblem;
import io.github.smpkit.sheets.SheetsException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/smp convert [--force] [--quiet] IN OUT}: converts partnerships between JSON, JSON
 * Lines and XLSX workbooks (and to the flat CSV), each file by its extension, with smp-sheets'
 * {@link PartnershipFiles}. Every problem of {@code IN} is printed located (file, line and column or
 * sheet, row and column, and the JSON pointer) and nothing is written then. {@code OUT} is written
 * through a temporary file and moved into place, and an existing {@code OUT} is replaced only with
 * {@code --force}: a conversion never destroys what a user gave.
 */
final class Convert {

  private final PrintStream out;
  private final PrintStream err;

  Convert(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  static String usage() {
    return String.join("\n",
        "Usage: bin/smp convert [--force] [--quiet] IN OUT",
        "",
        "Converts partnerships between .json (one document or an array), .jsonl (JSON Lines) and",
        ".xlsx (the workbook of smp-sheets; see docs/sheets.md), each file by its extension; OUT may",
        "also be .csv (one row per partnership, written only). Every problem of IN is printed with",
        "its place (file:line:column or Sheet!B2, and the JSON pointer), and nothing is written then.",
        "",
        "  --force   replace OUT if it exists (without it, an existing OUT is an error)",
        "  -q, --quiet  print nothing when the conversion succeeds",
        "",
        "Exit status: 0 when converted; 2 on a usage error or when IN could not be read in full or",
        "OUT could not be written.",
        "");
  }

  /**
   * Runs the conversion.
   *
   * @param args the arguments after {@code convert}
   * @return the exit status
   */
  int run(List<String> args) {
    boolean force = false;
    boolean quiet = false;
    List<String> files = new ArrayList<>();
    for (String a : args) {
      switch (a) {
        case "-h":
        case "--help":
          out.print(usage());
          return SmpCommand.OK;
        case "--force":
          force = true;
          break;
        case "-q":
        case "--quiet":
          quiet = true;
          break;
        default:
          if (a.startsWith("-") && a.length() > 1) {
            return usageError("unknown option '" + a + "' for convert");
          }
          files.add(a);
      }
    }
    if (files.size() != 2) {
      return usageError("convert needs IN and OUT, but was given " + files.size() + (files.size() == 1 ? " file"
          : " files"));
    }
    Path in = Path.of(files.get(0));
    Path to = Path.of(files.get(1));
    PartnershipFiles.Format format;
    try {
      PartnershipFiles.Format from = PartnershipFiles.Format.of(in);
      if (!from.isReadable()) {
        return usageError("cannot read partnerships from '" + in + "': a " + from.extension() + " file holds only"
            + " their typology; convert the .json, .jsonl or .xlsx it was made from");
      }
      format = PartnershipFiles.Format.of(to);
    } catch (IllegalArgumentException e) {
      return usageError(e.getMessage());
    }
    if (!Files.isRegularFile(in)) {
      err.println("smp: " + SmpCommand.located(LoadFailure.unreadable(in, Files.exists(in) ? "not a file"
          : "no such file")));
      return SmpCommand.USAGE;
    }
    if (Files.exists(to) && !force) {
      return usageError(to + " exists; add --force to replace it");
    }
    if (Files.exists(to) && sameFile(in, to)) {
      return usageError("IN and OUT are the same file");
    }
    List<Partnership> partnerships;
    try {
      partnerships = PartnershipFiles.read(in);
    } catch (SmpJsonException e) {
      for (JsonProblem p : e.problems()) {
        err.println("smp: " + SmpCommand.located(LoadFailure.of(in, p)));
      }
      return unread(in, e.problems().size());
    } catch (SheetsException e) {
      for (SheetProblem p : e.problems()) {
        err.println("smp: " + SmpCommand.display(in) + ": " + p);
      }
      if (e.notKept() > 0) {
        err.println("smp: " + SmpCommand.display(in) + ": ... and " + e.notKept() + " more problems");
      }
      return unread(in, e.problems().size() + e.notKept());
    } catch (UncheckedIOException e) {
      err.println("smp: " + SmpCommand.display(in) + ": cannot read the file: " + e.getCause().getMessage());
      return SmpCommand.USAGE;
    }
    try {
      write(partnerships, to, format);
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      err.println("smp: cannot write " + to + ": " + cause);
      return SmpCommand.USAGE;
    }
    if (!quiet) {
      out.println("Converted " + partnerships.size() + (partnerships.size() == 1 ? " partnership" : " partnerships")
          + " from " + SmpCommand.display(in) + " to " + SmpCommand.display(to) + ".");
    }
    return SmpCommand.OK;
  }

  private int unread(Path in, long problems) {
    err.println("smp: " + SmpCommand.display(in) + " has " + problems + (problems == 1 ? " problem" : " problems")
        + "; nothing was written; exit status " + SmpCommand.USAGE);
    return SmpCommand.USAGE;
  }

  private int usageError(String message) {
    err.println("smp: " + message);
    err.println("Try 'bin/smp convert --help' for more.");
    return SmpCommand.USAGE;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes to a temporary file of the same extension beside {@code to}, then moves it into place. */
  private static void write(List<Partnership> partnerships, Path to, PartnershipFiles.Format format)
      throws IOException {
    Path absolute = to.toAbsolutePath();
    Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", format.extension());
    try {
      PartnershipFiles.write(partnerships, tmp);
      Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
