package io.github.smpkit.core.code;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A level of ISCED 2011, UNESCO's International Standard Classification of Education, from 0
 * (early childhood education) to 8 (doctoral or equivalent). Used to state the level of a
 * qualification that training leads to (IOM SMP Guidance 2023, ch. 7).
 */
public final class IscedLevel implements CodeListEntry, Comparable<IscedLevel> {

  private static final class Holder {
    static final CodeList<IscedLevel> LIST = new CodeList<>("ISCED 2011",
        "UNESCO Institute for Statistics, ISCED 2011, levels as in Eurostat RAMON codelist CL_ISCED11",
        Csv.read("isced2011.csv").stream()
            .map(r -> new IscedLevel(Integer.parseInt(r.get(0)), r.get(1)))
            .collect(Collectors.toUnmodifiableList()));
  }

  private final int level;
  private final String title;

  private IscedLevel(int level, String title) {
    this.level = level;
    this.title = title;
  }

  /** The nine levels, 0 to 8. */
  public static CodeList<IscedLevel> list() {
    return Holder.LIST;
  }

  /**
   * The level with this number.
   *
   * @throws UnknownCodeException when {@code level} is not 0 to 8
   */
  public static IscedLevel of(int level) {
    return Holder.LIST.of(Integer.toString(level));
  }

  /**
   * The level with this code ({@code "0"} to {@code "8"}).
   *
   * @throws UnknownCodeException naming the valid codes when there is none
   */
  public static IscedLevel of(String code) {
    return Holder.LIST.of(code);
  }

  /** The level, 0 to 8. */
  public int level() {
    return level;
  }

  @Override
  public String code() {
    return Integer.toString(level);
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
  public int compareTo(IscedLevel other) {
    return Integer.compare(level, other.level);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IscedLevel && ((IscedLevel) o).level == level;
  }

  @Override
  public int hashCode() {
    return Objects.hash("ISCED", level);
  }

  /** For example {@code ISCED 3 Upper secondary education}. */
  @Override
  public String toString() {
    return "ISCED " + level + " " + title;
  }
}
