package io.github.smpkit.core.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A reference code list: the entries of one classification in the standard's order, with
 * lookup by code, by title, by parent and by children (the classifications the IOM SMP Guidance
 * 2023 relies on in ch. 2, 3 and 7). The lists that smpkit bundles (see
 * {@code SOURCES.md} in this package's resources for where each comes from) are reached through
 * the entry types: {@link IscoCode#list()}, {@link IsicCode#list()}, {@link IscedLevel#list()},
 * {@link EqfLevel#list()}, {@link SdgTarget#list()}, {@link GcmObjective#list()}.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param <E> the entry type
 */
public final class CodeList<E extends CodeListEntry> {

  private static final int SUGGESTIONS = 3;

  private final String name;
  private final String source;
  private final Map<String, E> byCode;
  private final List<E> all;
  private final Map<String, List<E>> childrenByCode;

  CodeList(String name, String source, List<E> entries) {
    this.name = Objects.requireNonNull(name, "name");
    this.source = Objects.requireNonNull(source, "source");
    Map<String, E> codes = new LinkedHashMap<>();
    Map<String, List<E>> children = new LinkedHashMap<>();
    for (E entry : entries) {
      if (codes.put(entry.code(), entry) != null) {
        throw new IllegalStateException(name + " lists code " + entry.code() + " twice");
      }
      entry.parentCode().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(entry));
    }
    for (E entry : entries) {
      entry.parentCode().ifPresent(p -> {
        if (!codes.containsKey(p)) {
          throw new IllegalStateException(name + " code " + entry.code() + " has unknown parent " + p);
        }
      });
    }
    children.replaceAll((k, v) -> List.copyOf(v));
    this.byCode = Collections.unmodifiableMap(codes);
    this.all = List.copyOf(codes.values());
    this.childrenByCode = Collections.unmodifiableMap(children);
  }

  /** The list's name, for example {@code "ISCO-08"}. */
  public String name() {
    return name;
  }

  /** Where the list comes from, with its attribution. */
  public String source() {
    return source;
  }

  /** The number of entries. */
  public int size() {
    return byCode.size();
  }

  /** All entries, in the standard's order. */
  public List<E> all() {
    return all;
  }

  /** Whether {@code code} is in the list (exact match, leading zeros count). */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** The entry with {@code code}, if there is one. */
  public Optional<E> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The entry with {@code code}.
   *
   * @throws UnknownCodeException naming the nearest valid codes when there is none
   */
  public E of(String code) {
    Objects.requireNonNull(code, "code");
    E entry = byCode.get(code);
    if (entry == null) {
      throw new UnknownCodeException(name, code, nearest(code));
    }
    return entry;
  }

  /** The entry whose title equals {@code title}, ignoring case and surrounding space. */
  public Optional<E> findByTitle(String title) {
    String wanted = title.strip();
    return byCode.values().stream().filter(e -> e.title().equalsIgnoreCase(wanted)).findFirst();
  }

  /** The entries whose title contains {@code text}, ignoring case, in the standard's order. */
  public List<E> search(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return byCode.values().stream()
        .filter(e -> e.title().toLowerCase(Locale.ROOT).contains(wanted))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The parent of {@code entry}, empty at the top of the hierarchy. */
  public Optional<E> parent(E entry) {
    return entry.parentCode().map(byCode::get);
  }

  /** The direct children of {@code entry}, in the standard's order (empty for a leaf). */
  public List<E> children(E entry) {
    return childrenByCode.getOrDefault(entry.code(), List.of());
  }

  /** The entries without a parent, in the standard's order. */
  public List<E> roots() {
    return byCode.values().stream().filter(e -> e.parentCode().isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The valid codes nearest to {@code code}: the fewest single-character edits first, then
   * codes of the same length (the same level of the hierarchy), then those sharing the longest
   * prefix, then the standard's order.
   */
  public List<String> nearest(String code) {
    List<String> all = new ArrayList<>(byCode.keySet());
    Map<String, Integer> order = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i), i);
    }
    Comparator<String> closeness = Comparator
        .comparingInt((String c) -> EditDistance.between(c, code))
        .thenComparing(c -> c.length() == code.length() ? 0 : 1)
        .thenComparing(c -> -EditDistance.commonPrefix(c, code))
        .thenComparing(order::get);
    return all.stream().sorted(closeness).limit(SUGGESTIONS).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return name + " (" + size() + " entries)";
  }
}
