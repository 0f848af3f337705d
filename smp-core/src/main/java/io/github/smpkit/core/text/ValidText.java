package io.github.smpkit.core.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: the text follows a {@link TextRule}. The model declares each text
 * field's rule with this annotation, once; the builders enforce the same rule when a value is
 * built, so a built model always passes it, and smp-json reads the rule from the same constant.
 * {@code null} is valid (absence is not this constraint's business).
 */
@Documented
@Constraint(validatedBy = ValidTextValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidText {

  /**
   * The rule the text follows.
   *
   * @return the rule
   */
  TextRule value();

  /**
   * The message when the text breaks the rule; by default the rule's own words for the problem.
   *
   * @return the message template
   */
  String message() default "must follow its text rule";

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
