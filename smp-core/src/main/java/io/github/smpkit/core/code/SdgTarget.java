package io.github.smpkit.core.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One of the 169 targets of the Sustainable Development Goals (A/RES/70/1), identified as
 * {@code goal.target}, for example {@code 8.8} or {@code 10.7}. SMP objectives link to them
 * (IOM SMP Guidance 2023, ch. 3: SDG targets 4.3, 4.4, 4.5, 8.6, 8.8, 10.7, 13.1, 13.3 and 17).
 */
public final class SdgTarget implements CodeListEntry, Comparable<SdgTarget> {

  private static final class Holder {
    static final CodeList<SdgTarget> LIST = new CodeList<>("SDG targets",
        "United Nations, A/RES/70/1 and the global indicator framework A/RES/71/313, via Open SDG (MIT)",
        read());

    private static List<SdgTarget> read() {
      List<List<String>> rows = Csv.read("sdg-targets.csv");
      return IntStream.range(0, rows.size())
          .mapToObj(i -> new SdgTarget(i, Integer.parseInt(rows.get(i).get(0)), rows.get(i).get(1), rows.get(i).get(2)))
          .collect(Collectors.toUnmodifiableList());
    }
  }

  private final int order;
  private final int goal;
  private final String code;
  private final String text;

  private SdgTarget(int order, int goal, String code, String text) {
    this.order = order;
    this.goal = goal;
    this.code = code;
    this.text = text;
  }

  /** All 169 targets, in the resolution's order: by goal, numbered targets before lettered ones. */
  public static CodeList<SdgTarget> list() {
    return Holder.LIST;
  }

  /**
   * The target with {@code code}, for example {@code "10.7"}.
   *
   * @throws UnknownCodeException naming the nearest valid targets when there is none
   */
  public static SdgTarget of(String code) {
    return Holder.LIST.of(code);
  }

  /** The targets of one goal (1 to 17), in order. */
  public static List<SdgTarget> ofGoal(int goal) {
    return Holder.LIST.all().stream().filter(t -> t.goal == goal).collect(Collectors.toUnmodifiableList());
  }

  /** The goal number, 1 to 17. */
  public int goal() {
    return goal;
  }

  @Override
  public String code() {
    return code;
  }

  /** The target's text. */
  @Override
  public String title() {
    return text;
  }

  /** Targets have no parent entry in the list; their goal is {@link #goal()}. */
  @Override
  public Optional<String> parentCode() {
    return Optional.empty();
  }

  @Override
  public int compareTo(SdgTarget other) {
    return Integer.compare(order, other.order);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SdgTarget && ((SdgTarget) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash("SDG", code);
  }

  /** For example {@code SDG 10.7}. */
  @Override
  public String toString() {
    return "SDG " + code;
  }
}
