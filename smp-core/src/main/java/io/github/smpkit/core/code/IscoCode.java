package io.github.smpkit.core.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An occupation group of ISCO-08, the ILO's International Standard Classification of
 * Occupations: a major group (1 digit), sub-major group (2), minor group (3) or unit group (4).
 * Partnerships name the occupations they train and recruit for with these codes (IOM SMP
 * Guidance 2023, ch. 2 on skill levels and ch. 7 on skills classification).
 *
 * <p>Codes are strings: leading zeros count ({@code "0110"}). The list is the ILO's 2021
 * workbook (see {@code SOURCES.md}); acknowledge the ILO when reusing it.
 */
public final class IscoCode implements CodeListEntry, Comparable<IscoCode> {

  private static final class Holder {
    static final CodeList<IscoCode> LIST = new CodeList<>("ISCO-08",
        "International Labour Organization, ISCO-08 Structure and definitions (2021 workbook)",
        Csv.read("isco08.csv").stream()
            .map(r -> new IscoCode(r.get(0), Integer.parseInt(r.get(1)), r.get(2), r.get(3)))
            .collect(Collectors.toUnmodifiableList()));
  }

  private final String code;
  private final int level;
  private final String title;
  private final @Nullable String parentCode;

  private IscoCode(String code, int level, String title, String parentCode) {
    this.code = code;
    this.level = level;
    this.title = title;
    this.parentCode = parentCode.isEmpty() ? null : parentCode;
  }

  /** The whole ISCO-08 list: 10 major, 43 sub-major, 130 minor and 436 unit groups. */
  public static CodeList<IscoCode> list() {
    return Holder.LIST;
  }

  /**
   * The group with {@code code}.
   *
   * @throws UnknownCodeException naming the nearest valid codes when there is none
   */
  public static IscoCode of(String code) {
    return Holder.LIST.of(code);
  }

  /** All groups at {@code level} (1 major, 2 sub-major, 3 minor, 4 unit group). */
  public static List<IscoCode> atLevel(int level) {
    return Holder.LIST.all().stream().filter(c -> c.level == level).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String code() {
    return code;
  }

  /** 1 for a major group, 2 sub-major, 3 minor, 4 unit group (equals the code's length). */
  public int level() {
    return level;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Optional<String> parentCode() {
    return Optional.ofNullable(parentCode);
  }

  /** The parent group, empty for a major group. */
  public Optional<IscoCode> parent() {
    return Holder.LIST.parent(this);
  }

  /** The groups directly below this one. */
  public List<IscoCode> children() {
    return Holder.LIST.children(this);
  }

  /** The major group (first digit) this group belongs to. */
  public IscoCode majorGroup() {
    return Holder.LIST.of(code.substring(0, 1));
  }

  /**
   * The ISCO-08 skill levels (1 to 4) of this group's major group, as ISCO-08 assigns them:
   * managers (1) at levels 3 and 4, professionals (2) at 4, technicians and associate
   * professionals (3) at 3, major groups 4 to 8 at 2, elementary occupations (9) at 1, and armed
   * forces occupations (0) at 1, 2 and 4.
   */
  public List<Integer> skillLevels() {
    switch (code.charAt(0)) {
      case '0':
        return List.of(1, 2, 4);
      case '1':
        return List.of(3, 4);
      case '2':
        return List.of(4);
      case '3':
        return List.of(3);
      case '9':
        return List.of(1);
      default:
        return List.of(2);
    }
  }

  /** Whether this group is {@code other} or lies below it. */
  public boolean isWithin(IscoCode other) {
    return code.startsWith(other.code);
  }

  @Override
  public int compareTo(IscoCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IscoCode && ((IscoCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash("ISCO", code);
  }

  /** The code and title, for example {@code 2512 Software developers}. */
  @Override
  public String toString() {
    return code + " " + title;
  }
}
