package io.github.smpkit.core.code;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration
 * (A/RES/73/195, 2018). SMP objectives link to them, notably objectives 5 (regular pathways),
 * 6 (fair and ethical recruitment) and 18 (skills development and recognition) (IOM SMP
 * Guidance 2023, ch. 1 and 3).
 */
public final class GcmObjective implements CodeListEntry, Comparable<GcmObjective> {

  private static final class Holder {
    static final CodeList<GcmObjective> LIST = new CodeList<>("Global Compact for Migration objectives",
        "United Nations General Assembly, A/RES/73/195 (19 December 2018)",
        Csv.read("gcm-objectives.csv").stream()
            .map(r -> new GcmObjective(Integer.parseInt(r.get(0)), r.get(1)))
            .collect(Collectors.toUnmodifiableList()));
  }

  private final int number;
  private final String title;

  private GcmObjective(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /** All 23 objectives, in order. */
  public static CodeList<GcmObjective> list() {
    return Holder.LIST;
  }

  /**
   * The objective with this number.
   *
   * @throws UnknownCodeException when {@code number} is not 1 to 23
   */
  public static GcmObjective of(int number) {
    return Holder.LIST.of(Integer.toString(number));
  }

  /**
   * The objective with this code ({@code "1"} to {@code "23"}).
   *
   * @throws UnknownCodeException naming the nearest valid codes when there is none
   */
  public static GcmObjective of(String code) {
    return Holder.LIST.of(code);
  }

  /** The objective's number, 1 to 23. */
  public int number() {
    return number;
  }

  @Override
  public String code() {
    return Integer.toString(number);
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Optional<String> parentCode() {
    return Optional.empty();
  }

  @Override
  public int compareTo(GcmObjective other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GcmObjective && ((GcmObjective) o).number == number;
  }

  @Override
  public int hashCode() {
    return Objects.hash("GCM", number);
  }

  /** For example {@code GCM 6}. */
  @Override
  public String toString() {
    return "GCM " + number;
  }
}
