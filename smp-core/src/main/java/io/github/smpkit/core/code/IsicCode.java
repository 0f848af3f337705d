package io.github.smpkit.core.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An economic sector of ISIC Rev.4, the UN's International Standard Industrial Classification
 * of All Economic Activities: a section (a letter A to U) or a division (two digits). Partnerships
 * name their sectors with these codes (IOM SMP Guidance 2023, ch. 2, the choice of sector).
 *
 * <p>The revision is pinned to Rev.4 (UNSD, 2008); Rev.5 codes are not accepted. Division codes
 * are strings and keep their leading zero ({@code "01"}).
 */
public final class IsicCode implements CodeListEntry, Comparable<IsicCode> {

  private static final class Holder {
    static final CodeList<IsicCode> LIST = new CodeList<>("ISIC Rev.4",
        "United Nations Statistics Division, ISIC Rev.4 (ST/ESA/STAT/SER.M/4/Rev.4), sections and divisions",
        Csv.read("isic4.csv").stream()
            .map(r -> new IsicCode(r.get(0), Integer.parseInt(r.get(1)), r.get(2), r.get(3)))
            .collect(Collectors.toUnmodifiableList()));
  }

  private final String code;
  private final int level;
  private final String title;
  private final @Nullable String parentCode;

  private IsicCode(String code, int level, String title, String parentCode) {
    this.code = code;
    this.level = level;
    this.title = title;
    this.parentCode = parentCode.isEmpty() ? null : parentCode;
  }

  /** The ISIC Rev.4 list: 21 sections and 88 divisions. */
  public static CodeList<IsicCode> list() {
    return Holder.LIST;
  }

  /**
   * The section or division with {@code code}.
   *
   * @throws UnknownCodeException naming the nearest valid codes when there is none
   */
  public static IsicCode of(String code) {
    return Holder.LIST.of(code);
  }

  /** The 21 sections, A to U. */
  public static List<IsicCode> sections() {
    return Holder.LIST.roots();
  }

  @Override
  public String code() {
    return code;
  }

  /** 1 for a section, 2 for a division. */
  public int level() {
    return level;
  }

  /** Whether this is a section (a letter). */
  public boolean isSection() {
    return level == 1;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Optional<String> parentCode() {
    return Optional.ofNullable(parentCode);
  }

  /** The section of a division; empty for a section. */
  public Optional<IsicCode> parent() {
    return Holder.LIST.parent(this);
  }

  /** The divisions of a section; empty for a division. */
  public List<IsicCode> children() {
    return Holder.LIST.children(this);
  }

  /** The section this code belongs to (itself for a section). */
  public IsicCode section() {
    return parent().orElse(this);
  }

  @Override
  public int compareTo(IsicCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IsicCode && ((IsicCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash("ISIC", code);
  }

  /** The code and title, for example {@code F Construction}. */
  @Override
  public String toString() {
    return code + " " + title;
  }
}
