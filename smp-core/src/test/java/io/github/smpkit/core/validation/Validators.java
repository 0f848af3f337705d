package io.github.smpkit.core.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The Hibernate Validator set-up the model needs: fluent getters, no expression language. */
public final class Validators {

  private Validators() {}

  /** A validator that reads constraints on fluent accessors. */
  public static Validator fluent() {
    return Validation.byProvider(HibernateValidator.class).configure()
        .getterPropertySelectionStrategy(new FluentGetters())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }
}
