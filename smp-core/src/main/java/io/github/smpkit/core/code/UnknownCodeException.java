package io.github.smpkit.core.code;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a code is not in its code list. The message names the list, the code given and
 * the nearest valid codes, so that a typo can be fixed without opening the standard. The lists
 * are those the IOM SMP Guidance 2023 relies on (ch. 2, 3 and 7); see {@link CodeList}.
 */
public final class UnknownCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String listName;
  private final String code;
  private final String[] nearest; // an array, not a List, so that the exception stays serializable

  /**
   * Creates the exception.
   *
   * @param listName the code list, for example {@code "ISCO-08"}
   * @param code the code given
   * @param nearest the nearest valid codes, best first (may be empty)
   */
  public UnknownCodeException(String listName, String code, List<String> nearest) {
    super(message(listName, code, nearest));
    this.listName = Objects.requireNonNull(listName, "listName");
    this.code = String.valueOf(code);
    this.nearest = nearest.toArray(new String[0]);
  }

  private static String message(String listName, String code, List<String> nearest) {
    String base = "unknown " + listName + " code '" + code + "'";
    return nearest.isEmpty() ? base : base + "; nearest valid codes: " + String.join(", ", nearest);
  }

  /** The code list the code was looked up in, for example {@code "ISIC Rev.4"}. */
  public String listName() {
    return listName;
  }

  /** The code given. */
  public String code() {
    return code;
  }

  /** The nearest valid codes, best first. */
  public List<String> nearest() {
    return List.of(nearest);
  }
}
