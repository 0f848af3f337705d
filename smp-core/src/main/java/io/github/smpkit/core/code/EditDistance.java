package io.github.smpkit.core.code;

/** Levenshtein distance, used to suggest the nearest valid codes for an unknown one. */
final class EditDistance {

  private EditDistance() {}

  static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = Character.toUpperCase(a.charAt(i - 1)) == Character.toUpperCase(b.charAt(j - 1)) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && Character.toUpperCase(a.charAt(i)) == Character.toUpperCase(b.charAt(i))) {
      i++;
    }
    return i;
  }
}
