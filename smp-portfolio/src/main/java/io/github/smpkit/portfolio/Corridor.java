package io.github.smpkit.portfolio;

import io.github.smpkit.core.code.Country;
import java.util.Comparator;
import java.util.Objects;

/**
 * A migration corridor: one country of origin and one country of destination of a partnership,
 * for example {@code MA -> DE}. A partnership with several origins or destinations runs along
 * every pair of them (IOM SMP Guidance 2023, ch. 2 on bilateral, multilateral and regional
 * partnerships).
 *
 * @param origin the country of origin
 * @param destination the country of destination
 */
public record Corridor(Country origin, Country destination) implements Comparable<Corridor> {

  private static final Comparator<Corridor> ORDER =
      Comparator.comparing(Corridor::origin).thenComparing(Corridor::destination);

  /**
   * Checks the components and copies the lists.
   *
   * @param origin the country of origin
   * @param destination the country of destination
   */
  public Corridor {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(destination, "destination");
  }

  /**
   * The corridor between two countries given by their ISO 3166-1 codes, for example {@code of("MA", "DE")}.
   *
   * @param origin the ISO 3166-1 code of the country of origin
   * @param destination the ISO 3166-1 code of the country of destination
   * @return the corridor between two countries given by their ISO 3166-1 codes, for example {@code of("MA", "DE")}
   */
  public static Corridor of(String origin, String destination) {
    return new Corridor(Country.of(origin), Country.of(destination));
  }

  /**
   * Orders by origin code, then destination code.
   *
   * @param other the corridor to compare with
   * @return orders by origin code, then destination code
   */
  @Override
  public int compareTo(Corridor other) {
    return ORDER.compare(this, other);
  }

  /**
   * For example {@code MA -> DE}.
   *
   * @return for example {@code MA -> DE}
   */
  @Override
  public String toString() {
    return origin.code() + " -> " + destination.code();
  }
}
