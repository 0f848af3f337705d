package io.github.smpkit.sheets.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Plain words from the JSON format's camel-case field names, for sheet names and column titles. */
final class Words {

  /** Abbreviations written in capitals wherever they appear as a word. */
  private static final Set<String> CAPITALS = Set.of("id", "isco", "esco", "uri", "url", "sdg", "gcm", "eqf",
      "isced");

  private Words() {}

  /** {@code fundingCycleMonths} as {@code [funding, cycle, months]}, abbreviations in capitals. */
  static List<String> of(String camel) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      word.append(Character.toLowerCase(c));
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    words.replaceAll(w -> CAPITALS.contains(w) ? w.toUpperCase(Locale.ROOT) : w);
    return words;
  }

  /** Words joined by spaces, the first capitalised. */
  static String sentence(List<String> words) {
    String s = String.join(" ", words);
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A field path as a title: {@code [timeFrame, start]} gives {@code Time frame: start}. */
  static String title(List<String> path) {
    List<String> parts = new ArrayList<>();
    for (String field : path) {
      parts.add(String.join(" ", of(field)));
    }
    return sentence(List.of(String.join(": ", parts)));
  }

  /** The singular of a plural English noun phrase's last word: {@code Governance bodies} gives {@code Governance body}. */
  static String singular(String phrase) {
    int of = phrase.indexOf(" of ");
    if (of > 0) {
      return singular(phrase.substring(0, of)) + phrase.substring(of);
    }
    if (phrase.endsWith("ies")) {
      return phrase.substring(0, phrase.length() - 3) + "y";
    }
    if (phrase.endsWith("s") && !phrase.endsWith("ss")) {
      return phrase.substring(0, phrase.length() - 1);
    }
    return phrase;
  }
}
