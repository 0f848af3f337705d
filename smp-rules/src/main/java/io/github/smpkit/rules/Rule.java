package io.github.smpkit.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule: one recommendation of the IOM guidance (or one standard it cites) turned into a check,
 * with a stable id (such as {@code SMP-COST-003}), the essential element and guidance chapter it
 * comes from, the source it traces to, the facts it reads, the severity of a breach, what it checks
 * and the recommendation in our own words (IOM SMP Guidance 2023, ch. 3 to 12). A custom rule may
 * cite a chapter without an element, to check the record as a whole; every built-in rule has an
 * element.
 *
 * <p>Each evaluation of a rule has one {@link Outcome}: met, breach, gap or not applicable. A rule
 * declares the facts it reads as JSON pointer patterns ({@link #facts()}, for example
 * {@code /costs/*}{@code /shares/*}{@code /payer}); its outcome depends on those facts only, and
 * the evidence of a breach must lie among them. The severity is the most serious one its breaches
 * have; some rules report milder breaches in milder cases, as their description says.
 *
 * <p>Write a custom rule in a few lines with {@link #of(String, EssentialElement, Severity, String, List, RuleCheck)}
 * or {@link #builder(String)}, then register it with {@link PartnershipValidator.Builder#addRule(Rule)}
 * or through a {@link RuleProvider}. Rules are immutable; two rules are equal when their ids are.
 */
public final class Rule {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  private final String id;
  private final EssentialElement element;
  private final Severity severity;
  private final int chapter;
  private final String title;
  private final String rationale;
  private final String source;
  private final List<String> facts;
  /** {@link #facts} split into segments once, for {@link #reads(String)}. */
  private final String[][] factSegments;
  private final RuleCheck check;

  private Rule(Builder b) {
    this.id = requireId(b.id);
    this.element = b.element;
    this.severity = Objects.requireNonNull(b.severity, "severity of rule " + b.id);
    this.chapter = b.chapter != 0 ? b.chapter : element != null ? element.chapter() : 0;
    if (chapter < 1 || chapter > 13) {
      throw new IllegalArgumentException("rule " + id + ": chapter must be a chapter of the guidance (1 to 13),"
          + " but was " + chapter);
    }
    this.title = Finding.requireText(Objects.requireNonNull(b.title, "title of rule " + id), "title");
    this.rationale = b.rationale;
    this.source = b.source != null ? b.source : "IOM SMP Guidance 2023, ch. " + chapter;
    if (b.facts.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + ": declare the facts it reads with reads(...), as JSON"
          + " pointer patterns such as '/costs/*/shares/*/payer' ('' for the whole partnership)");
    }
    this.facts = Collections.unmodifiableList(new ArrayList<>(b.facts));
    this.factSegments = new String[facts.size()][];
    for (int i = 0; i < facts.size(); i++) {
      factSegments[i] = segments(facts.get(i));
    }
    this.check = Objects.requireNonNull(b.check, "check of rule " + id);
  }

  /**
   * A rule of an essential element, citing that element's chapter.
   *
   * @param id a stable id in capitals and hyphens, for example {@code ACME-TRAIN-001}
   * @param element the essential element it belongs to
   * @param severity the most serious severity of its breaches
   * @param title what it checks, in a short sentence
   * @param facts the facts it reads, as JSON pointer patterns ({@code *} stands for any one segment)
   * @param check the logic
   * @return the rule
   */
  public static Rule of(String id, EssentialElement element, Severity severity, String title, List<String> facts,
      RuleCheck check) {
    return builder(id).element(element).severity(severity).title(title).reads(facts.toArray(new String[0]))
        .check(check).build();
  }

  /**
   * Starts a rule.
   *
   * @param id a stable id in capitals and hyphens, for example {@code ACME-COST-001}
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** {@return the stable id, for example {@code SMP-COST-003}} */
  public String id() {
    return id;
  }

  /** {@return the essential element it belongs to; empty for a rule about the record as a whole} */
  public Optional<EssentialElement> element() {
    return Optional.ofNullable(element);
  }

  /** The element, or {@code null} for a rule of no element (for the engine's hot paths, no Optional). */
  EssentialElement elementOrNull() {
    return element;
  }

  /** {@return the most serious severity it reports} */
  public Severity severity() {
    return severity;
  }

  /** {@return the chapter of the IOM SMP Guidance 2023 it cites} */
  public int chapter() {
    return chapter;
  }

  /** {@return what it checks, in one sentence} */
  public String title() {
    return title;
  }

  /** {@return the recommendation it traces to, in our own words, when given} */
  public Optional<String> rationale() {
    return Optional.ofNullable(rationale);
  }

  /**
   * {@return the source the rule traces to: a chapter or box of the IOM SMP Guidance 2023, or the
   * standard it cites, for example {@code "ILO General principles and operational guidelines for fair
   * recruitment (2019), employer pays"}}
   */
  public String source() {
    return source;
  }

  /**
   * {@return the facts the rule reads, as JSON pointer patterns into the partnership: {@code *} stands
   * for any one segment (a list index or a field name), {@code ""} for the whole partnership}
   */
  public List<String> facts() {
    return facts;
  }

  /**
   * Whether a place in the partnership is among the facts this rule reads: it matches a declared
   * pattern, lies inside one, or contains one.
   *
   * @param pointer a JSON pointer into the partnership
   * @return whether changing what is recorded there may change this rule's outcome
   */
  public boolean reads(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    for (String[] f : factSegments) {
      if (overlaps(pointer, f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the segments of {@code pointer} and {@code fact} agree as far as both go ({@code *}
   * agrees with any segment), read in place: every breach's evidence is checked, so without
   * splitting the pointer.
   */
  private static boolean overlaps(String pointer, String[] fact) {
    if (pointer.isEmpty()) {
      return true;
    }
    int start = 1;
    for (String f : fact) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      if (!f.equals("*") && !(f.length() == end - start && pointer.regionMatches(start, f, 0, f.length()))) {
        return false;
      }
      if (end == pointer.length()) {
        return true;
      }
      start = end + 1;
    }
    return true;
  }

  private static String[] segments(String pointer) {
    return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
  }

  /** {@return the logic} */
  public RuleCheck check() {
    return check;
  }

  static String requireId(String id) {
    Objects.requireNonNull(id, "rule id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a rule id is capital letters and digits in hyphen-separated parts, for"
          + " example 'SMP-COST-003' or 'ACME-001', but was '" + id + "'");
    }
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rule && id.equals(((Rule) o).id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** {@return a readable form, for example {@code SMP-COST-003 [COSTS, WARNING, ch. 11] Publicly funded pilot ...}} */
  @Override
  public String toString() {
    return id + " [" + (element == null ? "STRUCTURE" : element.name()) + ", " + severity + ", ch. " + chapter + "] "
        + title;
  }

  /** Builds a {@link Rule}; id, severity, title, facts and check are required, and an element or a chapter. */
  public static final class Builder {
    private final String id;
    private EssentialElement element;
    private Severity severity;
    private int chapter;
    private String title;
    private String rationale;
    private String source;
    private final List<String> facts = new ArrayList<>();
    private RuleCheck check;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * The essential element; also sets the chapter unless {@link #chapter(int)} is given.
     *
     * @param element the value
     * @return this builder
     */
    public Builder element(EssentialElement element) {
      this.element = Objects.requireNonNull(element, "element");
      return this;
    }

    /**
     * The most serious severity the rule reports.
     *
     * @param severity the value
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * The guidance chapter the rule cites, when it differs from the element's.
     *
     * @param chapter the value
     * @return this builder
     */
    public Builder chapter(int chapter) {
      this.chapter = chapter;
      return this;
    }

    /**
     * What the rule checks, in one sentence.
     *
     * @param title the value
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * The recommendation the rule traces to, in your own words.
     *
     * @param rationale the value
     * @return this builder
     */
    public Builder rationale(String rationale) {
      this.rationale = rationale == null || rationale.isBlank() ? null : rationale;
      return this;
    }

    /**
     * The source the rule traces to, when it is not simply its chapter of the IOM SMP Guidance
     * 2023: a box ({@code "IOM SMP Guidance 2023, ch. 10, Box 27"}) or the standard it cites.
     *
     * @param source the citation
     * @return this builder
     */
    public Builder source(String source) {
      this.source = Finding.requireText(source, "source");
      return this;
    }

    /**
     * The facts the rule reads, as JSON pointer patterns into the partnership as smp-json writes
     * it: {@code "/costs/*}{@code /shares/*}{@code /payer"}; {@code *} stands for any one segment and
     * {@code ""} for the whole partnership. The rule's outcome must depend on these facts only, and
     * the evidence of its breaches must lie among them.
     *
     * @param patterns the patterns
     * @return this builder
     */
    public Builder reads(String... patterns) {
      for (String pattern : patterns) {
        facts.add(Finding.requirePointer(pattern));
      }
      return this;
    }

    /**
     * The logic.
     *
     * @param check the value
     * @return this builder
     */
    public Builder check(RuleCheck check) {
      this.check = check;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalArgumentException naming the rule when the id, chapter or severity is invalid
     * @throws NullPointerException when severity, title or check is missing
     */
    public Rule build() {
      return new Rule(this);
    }
  }
}
