package io.github.smpkit.benchmarks;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating one partnership, next to two anchors: one direct Hibernate Validator
 * {@code validate(p)} (configured as smp-rules' retired structural rules configured it; what
 * they cost at the least) and reading the same partnership with smp-json. Targets (issue 14):
 * {@code validateStandard} (rule set {@code iom-smp}) at most {@code readAnchor}, and at 100,000
 * partnerships per second per core or more, that is at most 10 us. Hibernate Validator is the
 * benchmarks' own dependency: smp-rules no longer uses it.
 */
@State(Scope.Benchmark)
public class ValidateBenchmark {

  /** Which document: {@code catalogue} or {@code complete} (see {@link Documents}). */
  @Param({"catalogue", "complete"})
  public String doc;

  private final SmpJson json = SmpJson.standard();
  private final PartnershipValidator standard = PartnershipValidator.standard();
  private final Validator hibernate = Validation.byProvider(HibernateValidator.class)
      .providerResolver(() -> List.of(new HibernateValidator()))
      .configure()
      .getterPropertySelectionStrategy(new FluentGetters())
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();
  private byte[] bytes;
  private Partnership partnership;

  /** Creates the benchmark; JMH sets {@link #doc}. */
  public ValidateBenchmark() {
  }

  /** Reads the document once. */
  @Setup
  public void setUp() {
    bytes = Documents.bytes(doc);
    partnership = json.read(new ByteArrayInputStream(bytes));
  }

  /** Full validation with the default rule set {@code iom-smp}. */
  @Benchmark
  public Report validateStandard() {
    return standard.validate(partnership);
  }

  /**
   * The anchor: one direct Hibernate Validator call, the engine of the structural rules retired
   * in issue 14 (each run of {@code iom-smp} used to include at least this).
   */
  @Benchmark
  public Set<ConstraintViolation<Partnership>> hibernateAnchor() {
    return hibernate.validate(partnership);
  }

  /** The anchor: smp-json reads the same partnership from its bytes. */
  @Benchmark
  public Partnership readAnchor() {
    return json.read(new ByteArrayInputStream(bytes));
  }

  /** The model's accessors are fluent: every public no-argument method but Object's is a property. */
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
}
