package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.internal.TreeWriter;
import java.io.BufferedWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every write to a caller's {@code Writer} is flushed before it returns, so a buffered writer holds
 * nothing back; a pretty array ends with a line end and a compact one does not.
 */
class WritersFlushTest {

  private static final List<Partnership> TWO = List.of(Fixtures.minimal().withId("a"), Fixtures.minimal().withId("b"));

  /** A target behind a buffer far larger than anything written, so only a flush moves text to it. */
  private static final class Target {
    final StringWriter text = new StringWriter();
    final BufferedWriter buffered = new BufferedWriter(text, 1 << 20);
  }

  @Test
  void anArrayIsFlushedPrettyWithALineEndAndCompactWithout() {
    Target pretty = new Target();
    SmpJson.standard().writeArray(TWO, pretty.buffered);
    assertTrue(pretty.text.toString().endsWith("]\n"), pretty.text::toString);
    assertEquals(TWO, SmpJson.standard().readArray(new StringReader(pretty.text.toString()))
        .collect(Collectors.toList()));

    Target compact = new Target();
    SmpJson.builder().compact().build().writeArray(TWO, compact.buffered);
    assertTrue(compact.text.toString().startsWith("[{"), compact.text::toString);
    assertTrue(compact.text.toString().endsWith("}]"), compact.text::toString);
  }

  @Test
  void jsonLinesAreFlushed() {
    Target lines = new Target();
    SmpJson.standard().writeLines(TWO, lines.buffered);
    assertEquals(2, lines.text.toString().split("\n").length);
    assertTrue(lines.text.toString().endsWith("}\n"), lines.text::toString);
  }

  @Test
  void aTreeIsFlushed() {
    Target tree = new Target();
    TreeWriter.pretty(Map.of("a", 1), tree.buffered);
    assertEquals(TreeWriter.pretty(Map.of("a", 1)), tree.text.toString());
    assertTrue(tree.text.toString().endsWith("}\n"), tree.text::toString);
  }
}
