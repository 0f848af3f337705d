package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule sets as data: each set is a resource {@code sets/<name>.ruleset} next to this class, one
 * directive a line ({@code #} starts a comment):
 *
 * <ul>
 *   <li>{@code rule SMP-COST-001} adds a rule; a trailing {@code *} adds every id with that prefix;</li>
 *   <li>{@code element COSTS} adds every rule of an element; {@code element *} of all ten;</li>
 *   <li>{@code set ethical-recruitment} adds another set;</li>
 *   <li>{@code exclude SMP-BLMA-*} takes rules out again (applied after the additions).</li>
 * </ul>
 *
 * The list of sets is the resource {@code sets/index}; retired sets and rule ids, each with the
 * reason it was retired, are the resource {@code sets/retired}.
 */
public final class RuleSets {

  /** The default set. */
  public static final String DEFAULT = "iom-smp";

  private RuleSets() {
  }

  /** {@return the names of the sets, in the index's order} */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (String line : lines("index")) {
      names.add(line);
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * The rules of a set, in catalogue order.
   *
   * @param name the set
   * @param catalogue the rules to choose from
   * @return the set's rules
   * @throws IllegalArgumentException for an unknown set or a malformed line (naming the set and line)
   */
  public static List<Rule> resolve(String name, List<Rule> catalogue) {
    if (!names().contains(name)) {
      Optional<String> why = retired("set", name);
      if (why.isPresent()) {
        throw new IllegalArgumentException("rule set '" + name + "' was retired: " + why.get() + "; known sets: "
            + names());
      }
      throw new IllegalArgumentException("unknown rule set '" + name + "'; known sets: " + names());
    }
    Set<String> ids = ids(name, catalogue, new LinkedHashSet<>());
    return catalogue.stream().filter(r -> ids.contains(r.id())).collect(Collectors.toList());
  }

  /**
   * Why a rule set or rule id was retired.
   *
   * @param kind {@code "set"} or {@code "rule"}
   * @param name the set's name, or a rule id (or a prefix ending in {@code *}, as given to
   *     {@code disable})
   * @return the reason, or empty if it was never retired
   */
  public static Optional<String> retired(String kind, String name) {
    for (String line : lines("retired")) {
      String[] parts = line.split("\\s+", 3);
      if (parts.length != 3 || !(parts[0].equals("set") || parts[0].equals("rule"))) {
        throw new IllegalArgumentException("rule-set resource 'sets/retired': expected 'set NAME REASON' or"
            + " 'rule ID REASON', but found '" + line + "'");
      }
      if (parts[0].equals(kind) && (parts[1].equals(name) || kind.equals("rule") && (matches(parts[1], name)
          || name.endsWith("*") && parts[1].startsWith(name.substring(0, name.length() - 1))))) {
        return Optional.of(parts[2]);
      }
    }
    return Optional.empty();
  }

  /**
   * What a set is for: the leading comment of its file, as one paragraph.
   *
   * @param name the set
   * @return the description
   */
  public static String description(String name) {
    StringBuilder text = new StringBuilder();
    for (String line : raw(name + ".ruleset")) {
      if (!line.startsWith("#")) {
        break;
      }
      String words = line.substring(1).trim();
      if (text.length() > 0 && !words.isEmpty()) {
        text.append(' ');
      }
      text.append(words);
    }
    return text.toString().replaceFirst("^" + java.util.regex.Pattern.quote(name) + ": ", "");
  }

  /**
   * Whether a pattern matches an id.
   *
   * @param pattern an id, or a prefix ending in {@code *}
   * @param id the id
   * @return whether it matches
   */
  public static boolean matches(String pattern, String id) {
    return pattern.endsWith("*") ? id.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(id);
  }

  private static Set<String> ids(String name, List<Rule> catalogue, Set<String> visiting) {
    if (!visiting.add(name)) {
      throw new IllegalArgumentException("rule set '" + name + "' includes itself through " + visiting);
    }
    Set<String> added = new LinkedHashSet<>();
    List<String> excluded = new ArrayList<>();
    int number = 0;
    for (String line : lines(name + ".ruleset")) {
      number++;
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw malformed(name, number, line);
      }
      String value = parts[1];
      switch (parts[0]) {
        case "rule":
          List<String> matched = catalogue.stream().map(Rule::id).filter(id -> matches(value, id))
              .collect(Collectors.toList());
          if (matched.isEmpty()) {
            throw new IllegalArgumentException("rule set '" + name + "', line " + number + ": no rule matches '"
                + value + "'");
          }
          added.addAll(matched);
          break;
        case "element":
          for (Rule rule : catalogue) {
            Optional<EssentialElement> element = rule.element();
            if (element.isPresent() && (value.equals("*") || element.get().name().equals(value.toUpperCase(
                Locale.ROOT)))) {
              added.add(rule.id());
            }
          }
          break;
        case "set":
          added.addAll(ids(value, catalogue, new LinkedHashSet<>(visiting)));
          break;
        case "exclude":
          excluded.add(value);
          break;
        default:
          throw malformed(name, number, line);
      }
    }
    added.removeIf(id -> excluded.stream().anyMatch(p -> matches(p, id)));
    return added;
  }

  private static IllegalArgumentException malformed(String name, int number, String line) {
    return new IllegalArgumentException("rule set '" + name + "', line " + number + ": expected 'rule ID',"
        + " 'element NAME', 'set NAME' or 'exclude ID', but found '" + line + "'");
  }

  private static List<String> lines(String resource) {
    return raw(resource).stream().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
  }

  private static List<String> raw(String resource) {
    try (InputStream in = RuleSets.class.getResourceAsStream("sets/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no rule-set resource 'sets/" + resource + "'");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
