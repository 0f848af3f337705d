package io.github.smpkit.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule: one recommendation of the IOM guidance turned into a check, with a stable id (such as
 * {@code SMP-COST-003}), the essential element and guidance chapter it comes from, its severity,
 * what it checks and the recommendation it traces to (IOM SMP Guidance 2023, ch. 3 to 12).
 * Structural rules ({@code SMP-STRUCT-*}) check the shape of the model instead and have no
 * element.
 *
 * <p>The severity is the most serious one the rule reports; some rules report a milder severity
 * in milder cases (for example {@link Severity#INFO} for a partnership still being planned), as
 * their description says.
 *
 * <p>Write a custom rule in a few lines with {@link #of(String, EssentialElement, Severity, String, RuleCheck)}
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
  private final RuleCheck check;

  private Rule(Builder b) {
    this.id = requireId(b.id);
    this.element = b.element;
    this.severity = Objects.requireNonNull(b.severity, "severity of rule " + b.id);
    if (severity == Severity.FATAL) {
      throw new IllegalArgumentException("rule " + id + ": severity must be INFO, WARNING or ERROR, not FATAL");
    }
    this.chapter = b.chapter != 0 ? b.chapter : element != null ? element.chapter() : 0;
    if (chapter < 1 || chapter > 13) {
      throw new IllegalArgumentException("rule " + id + ": chapter must be a chapter of the guidance (1 to 13),"
          + " but was " + chapter);
    }
    this.title = Finding.requireText(Objects.requireNonNull(b.title, "title of rule " + id), "title");
    this.rationale = b.rationale;
    this.check = Objects.requireNonNull(b.check, "check of rule " + id);
  }

  /**
   * A rule of an essential element, citing that element's chapter.
   *
   * @param id a stable id in capitals and hyphens, for example {@code ACME-TRAIN-001}
   * @param element the essential element it belongs to
   * @param severity the most serious severity it reports
   * @param title what it checks, in a short sentence
   * @param check the logic
   * @return the rule
   */
  public static Rule of(String id, EssentialElement element, Severity severity, String title, RuleCheck check) {
    return builder(id).element(element).severity(severity).title(title).check(check).build();
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

  /** {@return the essential element it belongs to; empty for structural rules} */
  public Optional<EssentialElement> element() {
    return Optional.ofNullable(element);
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

  /** Builds a {@link Rule}; id, severity, title and check are required, and an element or a chapter. */
  public static final class Builder {
    private final String id;
    private EssentialElement element;
    private Severity severity;
    private int chapter;
    private String title;
    private String rationale;
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
