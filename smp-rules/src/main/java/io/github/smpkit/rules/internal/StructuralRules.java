package io.github.smpkit.rules.internal;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.InaccessibleObjectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Structural rules: the Jakarta Validation constraints of the smp-core model (required text,
 * formats, lengths, ranges), checked by Hibernate Validator and turned into findings. The model's
 * accessors are fluent ({@code title()}), so Hibernate Validator runs with a getter strategy that
 * treats every public no-argument method as a property, and with the
 * {@link ParameterMessageInterpolator}, which needs no Expression Language implementation.
 *
 * <p>Hibernate Validator hands the constraint of an empty {@code Optional<@NotBlank String>} a
 * {@code null}; such violations are dropped, because an absent optional means "unknown", which
 * the model allows (a non-optional attribute can never be null: Immutables rejects it).
 *
 * <p>On the module path Hibernate Validator needs the smp-core packages opened to it (see
 * {@code docs/model.md}); without that, each structural rule fails (it is listed in the report's
 * failures) with a message that says which option to add.
 */
final class StructuralRules {

  /** The guidance chapter that defines what a partnership is and its typology. */
  private static final int CHAPTER = 2;

  private StructuralRules() {
  }

  private static final class Holder {
    /**
     * Hibernate Validator announces its version at INFO when it starts, through JBoss Logging,
     * whose default back end is java.util.logging. A library should not put a line in its users'
     * logs for that: only that one logger is raised to WARNING, and only when the application has
     * not set a level for it itself. The field keeps the logger (java.util.logging holds loggers
     * weakly, so a level set on a dropped one would be lost). Other logging back ends are the
     * application's to configure (docs/model.md).
     */
    static final java.util.logging.Logger VERSION_LOG = quietVersionLine();
    static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .getterPropertySelectionStrategy(new FluentGetters())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();

    private static java.util.logging.Logger quietVersionLine() {
      java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
      if (log.getLevel() == null) {
        log.setLevel(java.util.logging.Level.WARNING);
      }
      return log;
    }
  }

  /** Every public no-argument, non-void method but those of {@link Object} is a property. */
  static final class FluentGetters implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone",
        "notify", "notifyAll", "wait", "builder", "check");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
          || NOT_PROPERTIES.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  static List<Rule> rules() {
    return List.of(
        structural("SMP-STRUCT-001", List.of(NotBlank.class, NotNull.class, NotEmpty.class)),
        structural("SMP-STRUCT-002", List.of(Pattern.class, Email.class)),
        structural("SMP-STRUCT-003", List.of(Size.class)),
        structural("SMP-STRUCT-004", List.of()));
  }

  /**
   * A structural rule for the given constraint types; an empty list means every other type. Its
   * title, rationale and texts are in the message bundle; a breach's arguments are the place
   * (unless it is the whole partnership), Hibernate Validator's message and the value given.
   */
  private static Rule structural(String id, List<Class<? extends Annotation>> mine) {
    return Rule.builder(id).severity(Severity.ERROR).chapter(CHAPTER).title(Messages.text(id + ".title"))
        .source("smpkit model constraints (Jakarta Validation on smp-core; docs/json-format.md)")
        .rationale(Messages.text(id + ".rationale"))
        .reads("")
        .check((p, c) -> {
          boolean found = false;
          for (ConstraintViolation<Partnership> v : c.<Set<ConstraintViolation<Partnership>>>shared(VIOLATIONS,
              StructuralRules::validate)) {
            if (v.getInvalidValue() == null) {
              // An empty Optional<@NotBlank String> reaches the constraint as null: the fact is
              // unknown, which the model allows; only values that are present are checked.
              continue;
            }
            Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
            boolean matches = mine.isEmpty() ? !isNamed(type) : mine.contains(type);
            if (matches) {
              String path = pointer(v.getPropertyPath());
              String given = shorten(v.getInvalidValue());
              if (path.isEmpty()) {
                Messages.breach(c, path, "whole", List.of(Evidence.of(path, given)), v.getMessage(), given);
              } else {
                Messages.breach(c, path, "", List.of(Evidence.of(path, given)), path, v.getMessage(), given);
              }
              found = true;
            }
          }
          if (!found) {
            Messages.met(c, "", "");
          }
        }).build();
  }

  /** The key under which the four structural rules share one Hibernate Validator run per partnership. */
  private static final Object VIOLATIONS = new Object();

  private static Set<ConstraintViolation<Partnership>> validate(Partnership p) {
    try {
      return Holder.VALIDATOR.validate(p);
    } catch (ValidationException | InaccessibleObjectException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InaccessibleObjectException) {
          throw new IllegalStateException("Hibernate Validator cannot read the model by reflection. On the module"
              + " path, open the smp-core packages to it, for example --add-opens"
              + " io.github.smpkit.core/io.github.smpkit.core=org.hibernate.validator (and the same for each"
              + " sub-package), or switch the structural rules off with disable(\"SMP-STRUCT-*\")", e);
        }
      }
      throw e;
    }
  }

  private static boolean isNamed(Class<? extends Annotation> type) {
    return type == NotBlank.class || type == NotNull.class || type == NotEmpty.class || type == Pattern.class
        || type == Email.class || type == Size.class;
  }

  /** The violation's property path as a JSON pointer: {@code costs[2].shares[0].percent} is {@code /costs/2/shares/0/percent}. */
  static String pointer(Path path) {
    List<Object> segments = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        segments.add(node.getIndex());
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        segments.add(name);
      }
    }
    return Finding.pointer(segments.toArray());
  }

  private static String shorten(Object value) {
    String text = value instanceof String ? "'" + value + "'" : String.valueOf(value);
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
