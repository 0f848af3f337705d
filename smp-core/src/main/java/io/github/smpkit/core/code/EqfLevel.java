package io.github.smpkit.core.code;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A level of the European Qualifications Framework, 1 to 8 (Council Recommendation of 22 May
 * 2017). National frameworks in Europe reference their levels to it, so it is the common
 * yardstick when partners compare qualifications (IOM SMP Guidance 2023, ch. 7).
 */
public final class EqfLevel implements CodeListEntry, Comparable<EqfLevel> {

  private static final class Holder {
    static final CodeList<EqfLevel> LIST = new CodeList<>("EQF",
        "Council Recommendation of 22 May 2017 on the European Qualifications Framework (2017/C 189/03)",
        IntStream.rangeClosed(1, 8).mapToObj(EqfLevel::new).collect(Collectors.toUnmodifiableList()));
  }

  private final int level;

  private EqfLevel(int level) {
    this.level = level;
  }

  /** The eight levels. */
  public static CodeList<EqfLevel> list() {
    return Holder.LIST;
  }

  /**
   * The level with this number.
   *
   * @throws UnknownCodeException when {@code level} is not 1 to 8
   */
  public static EqfLevel of(int level) {
    return Holder.LIST.of(Integer.toString(level));
  }

  /**
   * The level with this code ({@code "1"} to {@code "8"}).
   *
   * @throws UnknownCodeException naming the valid codes when there is none
   */
  public static EqfLevel of(String code) {
    return Holder.LIST.of(code);
  }

  /** The level, 1 to 8. */
  public int level() {
    return level;
  }

  @Override
  public String code() {
    return Integer.toString(level);
  }

  /** {@code "EQF level N"}: the framework names its levels by number only. */
  @Override
  public String title() {
    return "EQF level " + level;
  }

  @Override
  public Optional<String> parentCode() {
    return Optional.empty();
  }

  @Override
  public int compareTo(EqfLevel other) {
    return Integer.compare(level, other.level);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EqfLevel && ((EqfLevel) o).level == level;
  }

  @Override
  public int hashCode() {
    return Objects.hash("EQF", level);
  }

  /** For example {@code EQF 4}. */
  @Override
  public String toString() {
    return "EQF " + level;
  }
}
