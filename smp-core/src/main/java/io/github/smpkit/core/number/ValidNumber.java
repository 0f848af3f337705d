package io.github.smpkit.core.number;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: the whole number lies in the range of a {@link WholeNumberRule}.
 * The model declares each number field's rule with this annotation, once; the builders enforce
 * the same rule when a value is built, so a built model always passes it, and smp-json reads the
 * range from the same constant. {@code null} is valid (absence is not this constraint's business).
 */
@Documented
@Constraint(validatedBy = ValidNumberValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNumber {

  /**
   * The rule the number follows.
   *
   * @return the rule
   */
  WholeNumberRule value();

  /**
   * The message when the number lies outside the range; by default the rule's own words.
   *
   * @return the message template
   */
  String message() default "must lie in the range of its number rule";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
