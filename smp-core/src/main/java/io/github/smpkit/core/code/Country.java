package io.github.smpkit.core.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A country or territory, identified by its ISO 3166-1 alpha-2 code as the JDK knows it, plus
 * {@code XK}, the user-assigned code in common use for Kosovo (the IOM guidance cites a
 * Germany-Kosovo scheme). Countries are the parties of a partnership, as origin or destination
 * (IOM SMP Guidance 2023, ch. 2).
 *
 * <p>{@link #of(String)} accepts alpha-2 and alpha-3 codes in upper case; {@link #toString()}
 * is the alpha-2 code, which {@code of} reads back.
 */
public final class Country implements Comparable<Country> {

  private static final String KOSOVO = "XK";
  private static final Map<String, Country> BY_ALPHA2;
  private static final Map<String, Country> BY_ALPHA3;

  static {
    Map<String, Country> alpha2 = new TreeMap<>();
    Map<String, Country> alpha3 = new TreeMap<>();
    for (String code : Locale.getISOCountries()) {
      String three = new Locale("", code).getISO3Country();
      Country country = new Country(code, three, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
      alpha2.put(code, country);
      alpha3.put(three, country);
    }
    Country kosovo = new Country(KOSOVO, "XKX", "Kosovo");
    alpha2.put(KOSOVO, kosovo);
    alpha3.put("XKX", kosovo);
    BY_ALPHA2 = Collections.unmodifiableMap(new LinkedHashMap<>(alpha2));
    BY_ALPHA3 = Collections.unmodifiableMap(new LinkedHashMap<>(alpha3));
  }

  private final String code;
  private final String alpha3;
  private final String name;

  private Country(String code, String alpha3, String name) {
    this.code = code;
    this.alpha3 = alpha3;
    this.name = name;
  }

  /**
   * The country with this ISO 3166-1 alpha-2 code (for example {@code "NG"}) or alpha-3 code
   * ({@code "NGA"}), or Kosovo's {@code "XK"} / {@code "XKX"}.
   *
   * @throws UnknownCodeException naming the nearest valid codes when the code is unknown,
   *     including a code in lower case (its upper-case form is then suggested first)
   */
  public static Country of(String code) {
    Objects.requireNonNull(code, "code");
    Country country = code.length() == 3 ? BY_ALPHA3.get(code) : BY_ALPHA2.get(code);
    if (country == null) {
      throw new UnknownCodeException("ISO 3166-1", code, nearest(code));
    }
    return country;
  }

  /** The country with this code, if there is one (same codes as {@link #of(String)}). */
  public static Optional<Country> find(String code) {
    Country country = code.length() == 3 ? BY_ALPHA3.get(code) : BY_ALPHA2.get(code);
    return Optional.ofNullable(country);
  }

  /** All alpha-2 codes known, in alphabetical order (the JDK's list plus XK). */
  public static Set<String> codes() {
    return BY_ALPHA2.keySet();
  }

  private static List<String> nearest(String code) {
    List<String> result = new ArrayList<>();
    String upper = code.toUpperCase(Locale.ROOT);
    Country exactIgnoringCase = upper.length() == 3 ? BY_ALPHA3.get(upper) : BY_ALPHA2.get(upper);
    if (exactIgnoringCase != null) {
      result.add(upper);
    }
    Map<String, Country> pool = code.length() == 3 ? BY_ALPHA3 : BY_ALPHA2;
    pool.keySet().stream()
        .filter(c -> !c.equals(upper))
        .sorted((a, b) -> {
          int d = Integer.compare(EditDistance.between(a, code), EditDistance.between(b, code));
          return d != 0 ? d : Integer.compare(EditDistance.commonPrefix(b, code), EditDistance.commonPrefix(a, code));
        })
        .limit(3 - result.size())
        .forEach(result::add);
    return result;
  }

  /** The ISO 3166-1 alpha-2 code, for example {@code NG}. */
  public String code() {
    return code;
  }

  /** The ISO 3166-1 alpha-3 code, for example {@code NGA} ({@code XKX} for Kosovo). */
  public String alpha3() {
    return alpha3;
  }

  /** The English short name, for example {@code Nigeria}. */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(Country other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Country && ((Country) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The alpha-2 code, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return code;
  }
}
