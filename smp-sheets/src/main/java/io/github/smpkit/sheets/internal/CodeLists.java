package io.github.smpkit.sheets.internal;

import io.github.smpkit.core.code.CodeListEntry;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists behind the schema's code patterns, for the template's drop-down lists. The
 * schema says only the form of a code (two capital letters); smp-core's lists say which codes
 * exist. A pattern not listed here gets no drop-down, and {@code TemplateTest} fails when one of
 * these patterns no longer appears in the schema.
 */
final class CodeLists {

  /** Code list name by the schema's pattern. */
  static final Map<String, String> BY_PATTERN = Map.of(
      "^([A-Z]{2})(?![\\s\\S])", "Country (ISO 3166-1)",
      "^([0-9]{1,4})(?![\\s\\S])", "ISCO-08",
      "^([A-U]|[0-9]{2})(?![\\s\\S])", "ISIC Rev.4",
      "^([A-Z]{3})(?![\\s\\S])", "Currency (ISO 4217)");

  private CodeLists() {}

  /** The name of the code list whose codes have this form, if any. */
  static Optional<String> forPattern(String pattern) {
    return Optional.ofNullable(BY_PATTERN.get(pattern));
  }

  /** The codes of the named list, in the list's order. */
  static List<String> codes(String name) {
    return switch (name) {
      case "Country (ISO 3166-1)" -> Country.codes().stream().sorted().toList();
      case "ISCO-08" -> IscoCode.list().all().stream().map(CodeListEntry::code).toList();
      case "ISIC Rev.4" -> IsicCode.list().all().stream().map(CodeListEntry::code).toList();
      case "Currency (ISO 4217)" -> Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
          .sorted().toList();
      default -> throw new IllegalArgumentException("no code list named " + name);
    };
  }
}
