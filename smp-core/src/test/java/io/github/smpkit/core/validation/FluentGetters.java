package io.github.smpkit.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats every public-or-not, no-argument, non-void method of the model as a property getter, so
 * that Hibernate Validator sees the constraints on fluent accessors such as {@code title()}
 * (by default it only looks at {@code getTitle()} / {@code isTitle()}).
 */
public final class FluentGetters implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone", "builder",
      "notify", "notifyAll", "wait", "finalize");

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
