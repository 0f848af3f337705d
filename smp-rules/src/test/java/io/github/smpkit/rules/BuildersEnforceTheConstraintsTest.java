package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.Property;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.junit.jupiter.api.Test;

/**
 * The guarantee that retired the structural rules {@code SMP-STRUCT-001} to {@code 004}: every
 * partnership that can be built satisfies the Jakarta Validation constraints of smp-core, because
 * the builders (and the {@code with*} copies, which go through them) enforce each of those
 * constraints themselves. Rules that checked the constraints again could never end in anything but
 * MET, so they were retired (issue 14), and with them Hibernate Validator left smp-rules' runtime.
 *
 * <p>The test runs Hibernate Validator directly, configured as the structural rules configured it
 * (fluent accessors are the properties), over generated partnerships in the generator's default,
 * complete and hostile modes. It fails the day a constraint is added to the model without a
 * builder check that enforces it, or a builder check is loosened below its annotation.
 */
class BuildersEnforceTheConstraintsTest {

  /** Every public no-argument, non-void method but those of {@link Object} is a property. */
  private static final class FluentGetters implements GetterPropertySelectionStrategy {
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

  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
      .getterPropertySelectionStrategy(new FluentGetters())
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  private static String violations(Partnership p) {
    Set<ConstraintViolation<Partnership>> found = VALIDATOR.validate(p);
    return found.stream().map(v -> v.getPropertyPath() + " " + v.getMessage() + " (given: " + v.getInvalidValue()
        + ")").sorted().collect(Collectors.joining("; "));
  }

  /** Without this the checks below could pass because the validator saw no constraint at all. */
  @Test
  void theValidatorSeesTheModelsConstraints() {
    BeanDescriptor partnership = VALIDATOR.getConstraintsForClass(Partnership.class);
    assertTrue(partnership.isBeanConstrained(), "Partnership has Jakarta Validation constraints");
    for (String property : List.of("id", "title", "pathways")) {
      assertTrue(partnership.getConstraintsForProperty(property) != null, property + " is constrained or cascaded");
    }
  }

  @Test
  void generatedPartnershipsBreakNoConstraint() {
    Property.forAll(300, p -> assertEquals("", violations(p)));
  }

  @Test
  void completePartnershipsBreakNoConstraint() {
    Property.forAllComplete(200, p -> assertEquals("", violations(p)));
  }

  /** Hostile texts and numbers go to the edges of every limit, where a loose builder check would show. */
  @Test
  void hostilePartnershipsBreakNoConstraint() {
    Property.forAllHostile(200, p -> assertEquals("", violations(p)));
  }

  @Test
  void theExemplaryPartnershipAndItsSparseCopiesBreakNoConstraint() {
    assertEquals("", violations(GoodPractice.exemplary()));
    assertEquals("", violations(GoodPractice.exemplary().withSummary(Optional.empty())));
  }

  /** What the structural rules used to report is refused where the value is made, with its location. */
  @Test
  void whatTheStructuralRulesReportedCannotBeBuilt() {
    assertEquals("title", assertThrows(InvariantViolationException.class,
        () -> GoodPractice.exemplary().withTitle("  ")).field());
    assertEquals("id", assertThrows(InvariantViolationException.class,
        () -> GoodPractice.exemplary().withId("Not An Id")).field());
    assertEquals("url", assertThrows(InvariantViolationException.class,
        () -> Citation.builder().key("bad").title("Another source").url("ftp://example.org/b").build()).field());
    assertEquals("title", assertThrows(InvariantViolationException.class,
        () -> GoodPractice.exemplary().withTitle("t".repeat(301))).field());
    InvariantViolationException slow = assertThrows(InvariantViolationException.class,
        () -> Edits.pathways(GoodPractice.exemplary(), w -> w.withProcessingDays(4000)));
    assertTrue(slow.getMessage().contains("processingDays"), slow.getMessage());
  }
}
