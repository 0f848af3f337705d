package io.github.smpkit.core.code;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A country on the WHO health workforce support and safeguards list 2023: one of the 55 countries
 * whose density of doctors, nurses and midwives is below the global median and whose universal
 * health coverage service index is below 55. Under the WHO Global Code of Practice on the
 * International Recruitment of Health Personnel, these countries are to be prioritised for health
 * workforce support and protected by safeguards that discourage active international recruitment
 * of health personnel, unless it takes place under a government-to-government agreement (IOM SMP
 * Guidance 2023, ch. 12, which points to the WHO Code).
 *
 * <p>The list is dated: it is the 2023 edition ({@link #EDITION}), published by WHO on
 * {@linkplain #published() 14 March 2023}; WHO revises it with its reports on the Code. See
 * {@code SOURCES.md} in this package's resources for where each country comes from and how the
 * list was checked. Entries are identified by ISO 3166-1 alpha-2 code; their title is the
 * country's name as the source writes it.
 */
public final class SafeguardsListCountry implements CodeListEntry, Comparable<SafeguardsListCountry> {

  /** The edition of the list bundled here. */
  public static final String EDITION = "2023";

  private static final class Holder {
    static final CodeList<SafeguardsListCountry> LIST = new CodeList<>(
        "WHO health workforce support and safeguards list " + EDITION,
        "World Health Organization, WHO health workforce support and safeguards list 2023 (Geneva, 14 March 2023,"
            + " https://www.who.int/publications/i/item/9789240069787), as transcribed by NHS Employers, 'Code of"
            + " Practice red and amber list of countries' (23 March 2023)",
        Csv.read("who-ssl-2023.csv").stream()
            .map(r -> new SafeguardsListCountry(Country.of(r.get(0)), r.get(1)))
            .collect(Collectors.toUnmodifiableList()));
  }

  private final Country country;
  private final String name;

  private SafeguardsListCountry(Country country, String name) {
    this.country = country;
    this.name = name;
  }

  /** The 55 countries of the 2023 list, in the source's order. */
  public static CodeList<SafeguardsListCountry> list() {
    return Holder.LIST;
  }

  /** Whether {@code country} is on the 2023 list. */
  public static boolean includes(Country country) {
    return Holder.LIST.contains(Objects.requireNonNull(country, "country").code());
  }

  /** The date WHO published the 2023 edition: 14 March 2023. */
  public static LocalDate published() {
    return LocalDate.of(2023, 3, 14);
  }

  /** The country. */
  public Country country() {
    return country;
  }

  /** The ISO 3166-1 alpha-2 code, for example {@code "KI"}. */
  @Override
  public String code() {
    return country.code();
  }

  /** The country's name as the source writes it, for example {@code "Kiribati"}. */
  @Override
  public String title() {
    return name;
  }

  /** The list is flat: no entry has a parent. */
  @Override
  public Optional<String> parentCode() {
    return Optional.empty();
  }

  @Override
  public int compareTo(SafeguardsListCountry other) {
    return country.compareTo(other.country);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SafeguardsListCountry && ((SafeguardsListCountry) o).country.equals(country);
  }

  @Override
  public int hashCode() {
    return Objects.hash("WHO-SSL", country);
  }

  /** For example {@code WHO-SSL-2023 KI}. */
  @Override
  public String toString() {
    return "WHO-SSL-" + EDITION + " " + country.code();
  }
}
