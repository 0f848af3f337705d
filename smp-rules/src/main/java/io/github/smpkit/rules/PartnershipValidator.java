package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.rules.internal.Catalogue;
import io.github.smpkit.rules.internal.RuleSets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Checks partnerships against the essential elements of the IOM guidance and reports what is
 * missing or wrong (IOM SMP Guidance 2023, ch. 3 to 12). {@link #standard()} uses the rule set
 * {@code iom-smp}: every rule of the ten elements. A
 * {@link #builder()} combines rule sets, switches rules off by id and adds custom rules, directly
 * or through {@link RuleProvider}s found by {@link ServiceLoader}.
 *
 * <p>Rule sets shipped: {@code iom-smp} (the default), {@code ethical-recruitment},
 * {@code global-skill-partnership} (CGD's dual-track model) and {@code blma} (the areas of the UN
 * Network on Migration's guidance on bilateral labour migration agreements). See
 * {@code docs/rules.md}. The set {@code structural} and its rules {@code SMP-STRUCT-001} to
 * {@code 004} were retired: the model's builders enforce the constraints they checked, so a
 * partnership that breaks one cannot be built.
 *
 * <p>Unknown is not "no": a fact left empty is not recorded, and a rule that needs it reports an
 * open question ({@link Outcome#GAP}), never a breach. A {@link Outcome#BREACH} is always proved by
 * recorded facts, named as {@link Evidence}.
 *
 * <p>A validator is immutable, stateless and thread-safe; {@link #validateAll(List)} (on the
 * common pool) and {@link #validateAll(List, Executor)} (on an executor of your choice) check a list
 * in parallel and give the same reports as checking one by one. A rule that fails is listed
 * in {@link Report#failures()}; validation itself never fails.
 */
public final class PartnershipValidator {

  private static final PartnershipValidator STANDARD = builder().build();

  private final List<Rule> rules;

  private PartnershipValidator(List<Rule> rules) {
    this.rules = Collections.unmodifiableList(new ArrayList<>(rules));
  }

  /** {@return the validator for the default rule set {@code iom-smp}} */
  public static PartnershipValidator standard() {
    return STANDARD;
  }

  /** {@return a new builder}; without {@link Builder#ruleSets(String...)} the validator uses {@code iom-smp}. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return every built-in rule, in catalogue order (by element, in the guidance's chapter order)} */
  public static List<Rule> catalogue() {
    return Catalogue.rules();
  }

  /** {@return the names of the built-in rule sets, for example {@code iom-smp}} */
  public static List<String> ruleSetNames() {
    return RuleSets.names();
  }

  /**
   * The ids of the built-in rules in a rule set, in catalogue order.
   *
   * @param name the set's name, for example {@code "blma"}
   * @return the ids of its rules
   * @throws IllegalArgumentException naming the known sets when {@code name} is not one (and
   *     saying why, for a retired set such as {@code structural})
   */
  public static List<String> ruleSet(String name) {
    return RuleSets.resolve(name, Catalogue.rules()).stream().map(Rule::id).collect(Collectors.toList());
  }

  /** {@return the active rules, in the order they run} */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Checks one partnership with every rule of this validator. Each rule ends with one
   * {@link Outcome}; a rule that fails (throws, reports nothing, or gives evidence outside the facts
   * it declares) is listed in {@link Report#failures()} and says nothing about the partnership.
   *
   * @param partnership the partnership
   * @return the report
   */
  public Report validate(Partnership partnership) {
    Objects.requireNonNull(partnership, "partnership");
    List<Evaluation> evaluations = new ArrayList<>(rules.size());
    List<RuleFailure> failures = new ArrayList<>(0);
    Map<Object, Object> shared = new HashMap<>();
    for (Rule rule : rules) {
      RuleContext context = new RuleContext(rule, partnership, shared);
      try {
        rule.check().check(partnership, context);
        // the context is dropped here: the evaluation keeps its list of findings
        evaluations.add(Evaluation.owning(rule, context.outcome(), context.findings()));
      } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
        failures.add(RuleFailure.of(rule, e));
      }
    }
    // the report keeps both lists: nothing else holds them
    return new Report(partnership.id(), partnership.title(), evaluations, failures);
  }

  /**
   * Checks many partnerships in parallel on the common fork-join pool; the reports come in the
   * order of the partnerships.
   *
   * @param partnerships the partnerships
   * @return one report each, in order
   */
  public List<Report> validateAll(List<Partnership> partnerships) {
    Objects.requireNonNull(partnerships, "partnerships");
    return partnerships.parallelStream().map(this::validate).collect(Collectors.toList());
  }

  /**
   * Checks many partnerships on the given executor, for example a fixed pool sized to the cores
   * the application may use, or a direct executor ({@code Runnable::run}) to stay on the calling
   * thread. The list is cut into one batch per chunk of partnerships; the reports come in the order
   * of the partnerships and equal those of {@link #validate(Partnership)} one by one. The call
   * waits until every report is made; it does not shut the executor down.
   *
   * @param partnerships the partnerships
   * @param executor runs the batches
   * @return one report each, in order
   * @throws java.util.concurrent.RejectedExecutionException when the executor refuses a batch
   * @throws java.util.concurrent.CancellationException when the waiting thread is interrupted (its
   *     interrupt flag is set again)
   */
  public List<Report> validateAll(List<Partnership> partnerships, Executor executor) {
    Objects.requireNonNull(partnerships, "partnerships");
    Objects.requireNonNull(executor, "executor");
    int n = partnerships.size();
    Report[] reports = new Report[n];
    int batch = Math.max(1, Math.min(64, n / (4 * Runtime.getRuntime().availableProcessors()) + 1));
    List<CompletableFuture<Void>> batches = new ArrayList<>((n + batch - 1) / batch);
    for (int start = 0; start < n; start += batch) {
      int from = start;
      int to = Math.min(n, start + batch);
      batches.add(CompletableFuture.runAsync(() -> {
        for (int i = from; i < to; i++) {
          reports[i] = validate(partnerships.get(i));
        }
      }, executor));
    }
    try {
      CompletableFuture.allOf(batches.toArray(new CompletableFuture<?>[0])).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      batches.forEach(f -> f.cancel(false));
      CancellationException cancelled = new CancellationException("interrupted while validating");
      cancelled.initCause(e);
      throw cancelled;
    } catch (ExecutionException e) {
      // validate never fails (a failing rule is listed in the report); this is an Error or a null partnership
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
    return Collections.unmodifiableList(Arrays.asList(reports));
  }

  @Override
  public String toString() {
    return "PartnershipValidator[" + rules.size() + " rules]";
  }

  /** Builds a {@link PartnershipValidator}. Rule sets and custom rules add up; disabled ids are taken out. */
  public static final class Builder {
    private final Set<String> sets = new LinkedHashSet<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final List<Rule> custom = new ArrayList<>();

    private Builder() {
    }

    /**
     * Uses these built-in rule sets (their union) instead of the default {@code iom-smp}.
     *
     * @param names for example {@code "ethical-recruitment"}, {@code "blma"}
     * @return this builder
     */
    public Builder ruleSets(String... names) {
      for (String name : names) {
        sets.add(Objects.requireNonNull(name, "rule set name"));
      }
      return this;
    }

    /**
     * Switches rules off by id, for example {@code "SMP-DEV-006"}; a trailing {@code *} matches a
     * prefix ({@code "SMP-BLMA-*"}). A retired id (such as {@code "SMP-STRUCT-*"}) is accepted
     * and changes nothing: its rule is gone already.
     *
     * @param ruleIds the ids or prefixes
     * @return this builder
     */
    public Builder disable(String... ruleIds) {
      for (String id : ruleIds) {
        disabled.add(Objects.requireNonNull(id, "rule id"));
      }
      return this;
    }

    /**
     * Adds a custom rule, active whatever the rule sets.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      custom.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds the rules of every {@link RuleProvider} that {@link ServiceLoader} finds on the class or
     * module path.
     *
     * @return this builder
     */
    public Builder discoverRules() {
      for (RuleProvider provider : ServiceLoader.load(RuleProvider.class)) {
        provider.rules().forEach(this::addRule);
      }
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException for an unknown or retired rule set, a disabled id that
     *     matches no rule and was never retired, two rules with the same id, or a custom rule
     *     with a retired id
     */
    public PartnershipValidator build() {
      List<Rule> catalogue = Catalogue.rules();
      Set<Rule> active = new LinkedHashSet<>();
      for (String set : sets.isEmpty() ? List.of(RuleSets.DEFAULT) : sets) {
        active.addAll(RuleSets.resolve(set, catalogue));
      }
      List<Rule> all = new ArrayList<>(active);
      Set<String> ids = catalogue.stream().map(Rule::id).collect(Collectors.toSet());
      for (Rule rule : custom) {
        Optional<String> retired = RuleSets.retired("rule", rule.id());
        if (retired.isPresent()) {
          throw new IllegalArgumentException("rule id " + rule.id() + " was retired (" + retired.get() + ");"
              + " give the rule an id of its own");
        }
        if (!ids.add(rule.id())) {
          throw new IllegalArgumentException("rule id " + rule.id() + " is used twice (built-in or custom);"
              + " give each rule its own id");
        }
        all.add(rule);
      }
      for (String id : disabled) {
        if (ids.stream().noneMatch(known -> RuleSets.matches(id, known)) && RuleSets.retired("rule", id).isEmpty()) {
          throw new IllegalArgumentException("cannot disable '" + id + "': no rule has that id (ids look like"
              + " 'SMP-COST-003')");
        }
        all.removeIf(r -> RuleSets.matches(id, r.id()));
      }
      return new PartnershipValidator(all);
    }
  }
}
