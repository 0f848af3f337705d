package io.github.smpkit.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Partnerships grouped along one typology dimension (IOM SMP Guidance 2023, ch. 2): corridor,
 * sector, skill level, form of engagement, status or decade. A partnership falls into every group
 * whose key it has (a partnership with two destinations counts in two corridors), so the counts
 * may add up to more than the number of partnerships; partnerships that do not state the
 * dimension are listed apart in {@link #notStated()}, never guessed into a group.
 *
 * <p>Groups are ordered by count, largest first, then by key. {@link #toString()} prints an
 * aligned table; {@link #toCsv()} writes RFC 4180 CSV with the columns {@code <dimension>},
 * {@code partnerships} and {@code ids} (ids separated by {@code ;}).
 *
 * @param <K> the type of the group keys
 */
public final class Grouping<K> {

  /**
   * One group: a key and the ids of the partnerships that have it.
   *
   * @param key the key
   * @param label the key as printed, for example {@code MA -> DE} or {@code 2010s}
   * @param partnershipIds the ids of the partnerships in the group, in id order
   * @param <K> the type of the key
   */
  public record Group<K>(K key, String label, List<String> partnershipIds) {

    /**
     * Checks the components and copies the ids.
     *
     * @param key the key
     * @param label the key as printed
     * @param partnershipIds the ids of the partnerships in the group
     */
    public Group {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      partnershipIds = List.copyOf(partnershipIds);
    }

    /**
     * The number of partnerships in the group.
     *
     * @return the number of partnerships in the group
     */
    public int count() {
      return partnershipIds.size();
    }
  }

  private final String dimension;
  private final List<Group<K>> groups;
  private final List<String> notStated;

  private Grouping(String dimension, List<Group<K>> groups, List<String> notStated) {
    this.dimension = dimension;
    this.groups = List.copyOf(groups);
    this.notStated = List.copyOf(notStated);
  }

  /**
   * Builds a grouping from keys per partnership id (ids in the order given; a partnership with no
   * key is listed under {@link #notStated()}).
   */
  static <K extends Comparable<? super K>> Grouping<K> of(String dimension, Map<String, ? extends Iterable<K>> keysById,
      Function<K, String> label) {
    Map<K, List<String>> byKey = new LinkedHashMap<>();
    List<String> none = new ArrayList<>();
    keysById.forEach((id, keys) -> {
      boolean any = false;
      for (K key : keys) {
        List<String> ids = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!ids.contains(id)) {
          ids.add(id);
        }
        any = true;
      }
      if (!any) {
        none.add(id);
      }
    });
    List<Group<K>> groups = new ArrayList<>();
    byKey.forEach((key, ids) -> groups.add(new Group<>(key, label.apply(key), ids.stream().sorted().toList())));
    groups.sort(Comparator.<Group<K>>comparingInt(Group::count).reversed()
        .thenComparing(Group::key, Comparator.naturalOrder()));
    return new Grouping<>(dimension, groups, none.stream().sorted().toList());
  }

  /**
   * What the partnerships are grouped by, for example {@code corridor}.
   *
   * @return what the partnerships are grouped by, for example {@code corridor}
   */
  public String dimension() {
    return dimension;
  }

  /**
   * The groups, largest first.
   *
   * @return the groups, largest first
   */
  public List<Group<K>> groups() {
    return groups;
  }

  /**
   * The keys, largest group first.
   *
   * @return the keys, largest group first
   */
  public List<K> keys() {
    return groups.stream().map(Group::key).toList();
  }

  /**
   * The group of {@code key}, if any partnership has it.
   *
   * @param key the group key
   * @return the group of {@code key}, if any partnership has it
   */
  public Optional<Group<K>> group(K key) {
    return groups.stream().filter(g -> g.key().equals(key)).findFirst();
  }

  /**
   * The number of partnerships with {@code key}; zero when none has it.
   *
   * @param key the group key
   * @return the number of partnerships with {@code key}; zero when none has it
   */
  public int count(K key) {
    return group(key).map(Group::count).orElse(0);
  }

  /**
   * The {@code n} largest groups (fewer when there are fewer), ties broken by key order.
   *
   * @param n how many groups
   * @return the {@code n} largest groups (fewer when there are fewer), ties broken by key order
   */
  public List<Group<K>> top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, but is " + n);
    }
    return groups.subList(0, Math.min(n, groups.size()));
  }

  /**
   * The ids of the partnerships that do not state this dimension.
   *
   * @return the ids of the partnerships that do not state this dimension
   */
  public List<String> notStated() {
    return notStated;
  }

  /**
   * An aligned table: the key, the number of partnerships and their ids.
   *
   * @return an aligned table: the key, the number of partnerships and their ids
   */
  @Override
  public String toString() {
    TextTable t = new TextTable(dimension, "partnerships", "ids").right(1).wrap(2, 60);
    for (Group<K> g : groups) {
      t.row(g.label(), g.count(), String.join(", ", g.partnershipIds()));
    }
    if (!notStated.isEmpty()) {
      t.row("(not stated)", notStated.size(), String.join(", ", notStated));
    }
    return t.render("");
  }

  /**
   * RFC 4180 CSV with a header row: {@code <dimension>,partnerships,ids}; not stated as an empty key.
   *
   * @return rFC 4180 CSV with a header row: {@code <dimension>,partnerships,ids}; not stated as an empty key
   */
  public String toCsv() {
    CsvWriter csv = new CsvWriter().row(dimension, "partnerships", "ids");
    for (Group<K> g : groups) {
      csv.row(g.label(), Integer.toString(g.count()), String.join(";", g.partnershipIds()));
    }
    if (!notStated.isEmpty()) {
      csv.row("", Integer.toString(notStated.size()), String.join(";", notStated));
    }
    return csv.toString();
  }
}
