package io.github.smpkit.examples.cli;

import io.github.smpkit.json.SmpJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of smpkit this command was built from, as the build wrote it into version.properties. */
final class Version {

  private Version() {
  }

  /** The project version, for example {@code 0.1.0-SNAPSHOT}. */
  static String text() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  /** The line {@code --version} prints. */
  static String line() {
    return "smp " + text() + " (smpkit; JSON format " + SmpJson.FORMAT_VERSION + "; Java "
        + System.getProperty("java.version") + ")";
  }
}
