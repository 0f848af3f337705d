package io.github.smpkit.testkit;

import io.github.smpkit.core.evidence.DataSourceKind;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.training.TrainingContent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The random source of one {@link PartnershipGenerator} and what every part of it draws with:
 * the modes (complete, hostile), the shapes of values (present or not, lists, sets, enum
 * constants) and texts (words, sentences, hostile text). The part classes ({@link PartyParts},
 * {@link FundingParts}, ...) share one instance, so their draws interleave exactly as when the
 * generator was one class: a seed keeps its meaning.
 */
final class Draws {

  /**
   * Constants added after their type was first generated; draws that would otherwise change
   * every later value skip them, and the second source reaches them (see
   * {@link PartnershipGenerator}'s {@code issue9}).
   */
  private static final Set<Enum<?>> ADDED_LATER = Set.of(DataSourceKind.LABOUR_MARKET_INFORMATION_SYSTEM,
      TrainingContent.EMPLOYER_ORIENTATION, StakeholderRole.SKILL_NEEDS_IDENTIFICATION);

  /** Characters that break naive code: astral (two UTF-16 units), invisible, separators, escapes. */
  private static final int[] HOSTILE = {
      'a', 'Z', '7', 0x00E9, 0x0301, 0x00A0, 0xFEFF, 0x2003, 0x200B, 0x2028, 0x2029, '"', '\\', '/', '<', '\t',
      '\n', '\r', 0xFFFD, 0xFFFF, 0x05D0, 0x202E, 0x1F600, 0x1F3F3, 0x1D54F, 0x20000, 0x10FFFF};

  final boolean complete;
  final boolean hostile;
  /** The source of the values the model had in release 0.1: a seed keeps meaning what it meant. */
  private final SplittableRandom first;
  /**
   * The source of the values of attributes added since (strands, payments, caps, outcomes, ...),
   * drawn after the rest of each partnership, so that they do not shift the first source.
   */
  private final SplittableRandom later;
  /** The source in use: {@link #first}, or {@link #later} while {@link #later(Supplier)} runs. */
  private SplittableRandom random;

  Draws(long seed, boolean complete, boolean hostile) {
    this.complete = complete;
    this.hostile = hostile;
    this.first = new SplittableRandom(seed);
    this.later = new SplittableRandom(seed).split();
    this.random = first;
  }

  /** The source in use. */
  SplittableRandom random() {
    return random;
  }

  /** Runs {@code draws} on the second source (see {@link #later}). */
  <T> T later(Supplier<T> draws) {
    SplittableRandom saved = random;
    random = later;
    try {
      return draws.get();
    } finally {
      random = saved;
    }
  }

  // --- shapes ---------------------------------------------------------------------------------

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** A constant of {@code type}, each equally likely. */
  <E extends Enum<E>> E oneOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  /** One constant of {@code type}, never one of {@link #ADDED_LATER}. */
  <E extends Enum<E>> E firstOf(Class<E> type) {
    List<E> constants = firstConstants(type);
    return constants.get(random.nextInt(constants.size()));
  }

  private static <E extends Enum<E>> List<E> firstConstants(Class<E> type) {
    List<E> constants = new ArrayList<>(List.of(type.getEnumConstants()));
    constants.removeIf(ADDED_LATER::contains);
    return constants;
  }

  /** Present always in the complete mode, half the time otherwise. */
  <T> Optional<T> maybe(Supplier<T> value) {
    return complete || random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  /** 1..max in the complete mode, 0..max otherwise. */
  int size(int max) {
    return complete ? 1 + random.nextInt(max) : random.nextInt(max + 1);
  }

  <T> List<T> listOf(int max, Supplier<T> element) {
    int n = size(max);
    List<T> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(element.get());
    }
    return result;
  }

  <T> Set<T> setOf(int max, Supplier<T> element) {
    int n = size(max);
    Set<T> result = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      result.add(element.get());
    }
    return result;
  }

  /** Each constant with probability one in three; never empty in the complete mode. */
  <E extends Enum<E>> Set<E> enumSet(Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    for (E constant : type.getEnumConstants()) {
      if (random.nextInt(3) == 0) {
        result.add(constant);
      }
    }
    if (complete && result.isEmpty()) {
      result.add(oneOf(type));
    }
    return result;
  }

  /** As {@link #enumSet}, never with a constant of {@link #ADDED_LATER}. */
  <E extends Enum<E>> Set<E> firstSet(Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    List<E> constants = firstConstants(type);
    for (E constant : constants) {
      if (random.nextInt(3) == 0) {
        result.add(constant);
      }
    }
    if (complete && result.isEmpty()) {
      result.add(constants.get(random.nextInt(constants.size())));
    }
    return result;
  }

  // --- text -----------------------------------------------------------------------------------

  String sentence(int minWords, int maxWords) {
    if (hostile) {
      return hostileText(TextRule.LONG);
    }
    int n = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? capitalise(pick(Text.WORDS)) : " " + pick(Text.WORDS));
    }
    return s.append('.').toString();
  }

  /** A description: always for an {@code OTHER} category, else sometimes. */
  Optional<String> described(Enum<?> category) {
    return category.name().equals("OTHER") ? Optional.of(sentence(2, 12)) : maybe(() -> sentence(2, 12));
  }

  String hex(int digits) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      s.append(Character.forDigit(random.nextInt(16), 16));
    }
    return s.toString();
  }

  static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** At most {@code max} characters (code points) of {@code text}, never half a surrogate pair. */
  static String cut(String text, int max) {
    return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
  }

  // --- hostile text ---------------------------------------------------------------------------

  /** Length in code points: the maximum a quarter of the time, else short. */
  private int hostileLength(int max) {
    return random.nextInt(4) == 0 ? max : 1 + random.nextInt(Math.min(max, 40));
  }

  String hostileText(TextRule rule) {
    int length = hostileLength(rule.maxLength());
    StringBuilder s = new StringBuilder().appendCodePoint(random.nextBoolean() ? 0x1F600 : 'A');
    for (int i = 1; i < length; i++) {
      s.appendCodePoint(HOSTILE[random.nextInt(HOSTILE.length)]);
    }
    return s.toString();
  }

  String hostileId() {
    int length = hostileLength(TextRule.ID.maxLength());
    StringBuilder s = new StringBuilder();
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < length; i++) {
      boolean hyphen = i > 0 && i < length - 1 && s.charAt(i - 1) != '-' && random.nextInt(5) == 0;
      s.append(hyphen ? '-' : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  String hostileUri(TextRule rule, String prefix) {
    int length = hostileLength(rule.maxLength() - prefix.length());
    StringBuilder s = new StringBuilder(prefix);
    for (int i = 0; i < length; i++) {
      int cp = HOSTILE[random.nextInt(HOSTILE.length)];
      s.appendCodePoint(TextRule.isBlank(cp) || cp < 0x20 ? 'x' : cp);
    }
    return s.toString();
  }
}
