package io.github.smpkit.core.internal;

import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.text.TextRule;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Argument and consistency checks shared by the model's values. Every failure is an
 * {@link InvariantViolationException} naming the type, the field and the value given.
 */
public final class Invariants {

  private Invariants() {}

  /** Fails unless {@code condition} holds. */
  public static void require(boolean condition, String type, String field, Object value, String problem) {
    if (!condition) {
      throw new InvariantViolationException(type, field, value, problem);
    }
  }

  /** Fails when {@code value} is negative. */
  public static long nonNegative(long value, String type, String field) {
    require(value >= 0, type, field, value, "must not be negative");
    return value;
  }

  /**
   * Fails when an OTHER category comes without a description; {@code description} is the empty
   * string when there is none (callers pass {@code description().orElse("")}).
   */
  public static void describedIfOther(Enum<?> category, String description, String type, String field) {
    if (category.name().equals("OTHER")) {
      require(!TextRule.isBlank(description), type, field, category,
          "OTHER needs a description saying what it is");
    }
  }

  /** Fails when any of several categories is OTHER and there is no description (empty string: none). */
  public static void describedIfOther(Collection<? extends Enum<?>> categories, String description,
      String type, String field) {
    for (Enum<?> category : categories) {
      describedIfOther(category, description, type, field);
    }
  }

  /**
   * Fails unless every text field of {@code value} follows the {@link io.github.smpkit.core.text.TextRule}
   * its {@link io.github.smpkit.core.text.ValidText} declaration names.
   */
  public static void texts(Object value, String type) {
    TextFields.check(value, type);
  }

  /** Fails when two elements of {@code items} share a key; names the first duplicate. */
  public static <T, K> void unique(Collection<T> items, Function<T, K> key, String type, String field) {
    Set<K> seen = new HashSet<>();
    int index = 0;
    for (T item : items) {
      K k = key.apply(item);
      require(seen.add(k), type, field + "[" + index + "]", k, "is given twice; each must be unique");
      index++;
    }
  }
}
