package io.github.smpkit.json;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.internal.TreeReader;
import java.util.Objects;

/**
 * Partnerships and JSON text as plain Java trees, for modules that lay smpkit's JSON format out
 * in another shape (smp-sheets puts it in workbook rows) without depending on a JSON library.
 * A plain tree is made of {@link java.util.Map}s with {@link String} keys in document order,
 * {@link java.util.List}s, {@link String}s, {@link java.math.BigInteger}s (whole numbers),
 * {@link java.math.BigDecimal}s (other numbers), {@link Boolean}s and {@code null};
 * {@link SmpJson#readTree(Object)} reads a partnership back from one, so
 * {@code SmpJson.standard().readTree(JsonTree.of(p))} equals {@code p}.
 */
public final class JsonTree {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();

  private JsonTree() {}

  /**
   * The partnership's canonical JSON document (see {@code docs/json-format.md}) as a plain tree:
   * fields in the canonical order, absent values left out, {@code formatVersion} first.
   *
   * @param partnership the partnership
   * @return its document as a {@code Map}
   */
  public static Object of(Partnership partnership) {
    return parse(COMPACT.write(Objects.requireNonNull(partnership, "partnership")));
  }

  /**
   * Any JSON text (for example {@link SmpJson#schema()}) as a plain tree: objects as
   * {@link java.util.LinkedHashMap}s in document order, arrays as {@link java.util.ArrayList}s,
   * whole numbers as {@link java.math.BigInteger}s, other numbers as
   * {@link java.math.BigDecimal}s, exactly as written.
   *
   * @param json one JSON value
   * @return its plain tree
   * @throws IllegalArgumentException when the text is not one well-formed JSON value or repeats a
   *     key in an object, with the parser's description of where
   */
  public static Object parse(String json) {
    return TreeReader.parse(Objects.requireNonNull(json, "json"));
  }
}
