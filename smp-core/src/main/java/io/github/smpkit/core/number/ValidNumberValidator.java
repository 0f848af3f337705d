package io.github.smpkit.core.number;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidNumber}: the number lies in its {@link WholeNumberRule}'s range, and the
 * violation's message is the rule's own words (for example {@code must be from 1 to 1200}).
 */
public final class ValidNumberValidator implements ConstraintValidator<ValidNumber, Integer> {

  private WholeNumberRule rule;

  /** A validator; Bean Validation providers create it and call {@link #initialize(ValidNumber)}. */
  public ValidNumberValidator() {}

  @Override
  public void initialize(ValidNumber annotation) {
    this.rule = annotation.value();
  }

  @Override
  public boolean isValid(@Nullable Integer value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<String> problem = rule.problem(value);
    if (problem.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
    return false;
  }
}
