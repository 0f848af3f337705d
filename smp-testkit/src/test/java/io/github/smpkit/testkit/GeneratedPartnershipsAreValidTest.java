package io.github.smpkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.junit.jupiter.api.Test;

/** The generator respects the model's Jakarta Validation constraints as well as its invariants. */
class GeneratedPartnershipsAreValidTest {

  /** Fluent accessors such as {@code title()} are the model's getters. */
  static final class FluentGetters implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      return executable.getParameterTypes().length == 0 && executable.getReturnType() != void.class
          && !NOT_PROPERTIES.contains(executable.getName()) ? Optional.of(executable.getName()) : Optional.empty();
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
      .getterPropertySelectionStrategy(new FluentGetters())
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  private static String describe(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage() + " (" + v.getInvalidValue() + ")")
        .sorted().collect(Collectors.joining("; "));
  }

  @Test
  void generatedPartnershipsHaveNoConstraintViolations() {
    Property.forAll(1000, p -> assertEquals("", describe(VALIDATOR.validate(p))));
  }

  @Test
  void completePartnershipsHaveNoConstraintViolations() {
    Property.forAllComplete(300, p -> assertEquals("", describe(VALIDATOR.validate(p))));
  }
}
