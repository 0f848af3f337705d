package io.github.smpkit.html.internal;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Proportion;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Small helpers over jsoup's element tree, and the words the reports use for model values. Every
 * text goes in through {@link Element#text(String)} or {@link Element#attr(String, String)}, which
 * jsoup escapes when it writes the page: nothing here concatenates markup.
 */
final class Dom {

  /** The heading of findings whose rule names no essential element (a custom rule built without one). */
  static final String OUTSIDE_THE_ELEMENTS = "Rules outside the essential elements";

  private Dom() {}

  /** Appends a child element. */
  static Element add(Element parent, String tag) {
    return parent.appendElement(tag);
  }

  /** Appends a child element holding text. */
  static Element add(Element parent, String tag, String text) {
    return parent.appendElement(tag).text(text);
  }

  /** Appends a child element with a class, holding text. */
  static Element add(Element parent, String tag, String cssClass, String text) {
    return parent.appendElement(tag).addClass(cssClass).text(text);
  }

  /** Appends a heading of a level, 1 to 6. */
  static Element heading(Element parent, int level, String text) {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("a heading level is 1 to 6, but was " + level);
    }
    return add(parent, "h" + level, text);
  }

  /** Appends a table head row of column headers; numeric columns are right-aligned. */
  static Element tableHead(Element table, String[] headers, boolean[] numeric) {
    Element row = add(add(table, "thead"), "tr");
    for (int i = 0; i < headers.length; i++) {
      Element th = add(row, "th", headers[i]).attr("scope", "col");
      if (numeric[i]) {
        th.addClass("num");
      }
    }
    return add(table, "tbody");
  }

  /** An enum constant in words: {@code DESTINATION_GOVERNMENT} is "Destination government". */
  static String words(Enum<?> constant) {
    String s = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** An element with its chapter: "Cost reduction and sharing (ch. 11)". */
  static String element(EssentialElement e) {
    return e.title() + " (ch. " + e.chapter() + ")";
  }

  /** A proportion as "3/4 (75 %)", or "0/0 (none recorded)". */
  static String proportion(Proportion p) {
    return p + (p.percent().isPresent() ? " (" + p.percent().getAsInt() + " %)" : " (none recorded)");
  }

  /** A percentage without trailing zeros: 50, 33.3. */
  static String percent(BigDecimal percent) {
    return percent.stripTrailingZeros().toPlainString() + " %";
  }

  /** A number for an SVG attribute: at most two decimals, no trailing zeros, locale-independent. */
  static String num(double value) {
    BigDecimal d = BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** The corridor of a partnership in words: "Morocco (MA) → Belgium (BE)". */
  static String corridor(Partnership p) {
    return countries(p.origins()) + " → " + countries(p.destinations());
  }

  private static String countries(SortedSet<Country> countries) {
    return countries.stream().map(c -> c.name() + " (" + c.code() + ")").collect(Collectors.joining(", "));
  }

  /**
   * A fragment id made of a prefix and any text: letters, digits and {@code -} are kept, every other
   * character becomes {@code _} and its code point in hex, so that distinct texts give distinct ids.
   */
  static String anchor(String prefix, String text) {
    StringBuilder s = new StringBuilder(prefix);
    text.codePoints().forEach(c -> {
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
        s.append((char) c);
      } else {
        s.append('_').append(Integer.toHexString(c)).append('_');
      }
    });
    return s.toString();
  }
}
