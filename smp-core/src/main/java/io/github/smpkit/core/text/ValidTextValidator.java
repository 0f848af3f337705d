package io.github.smpkit.core.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidText}: the text follows its {@link TextRule}, and the violation's message
 * is the rule's own words for the problem (for example {@code must not be blank}).
 */
public final class ValidTextValidator implements ConstraintValidator<ValidText, String> {

  private TextRule rule;

  /** A validator; Bean Validation providers create it and call {@link #initialize(ValidText)}. */
  public ValidTextValidator() {}

  @Override
  public void initialize(ValidText annotation) {
    this.rule = annotation.value();
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<String> problem = rule.problem(value);
    if (problem.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    // the problem is plain text: escape what Expression Language and message interpolation read
    String message = problem.get().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
        .replace("$", "\\$");
    context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    return false;
  }
}
