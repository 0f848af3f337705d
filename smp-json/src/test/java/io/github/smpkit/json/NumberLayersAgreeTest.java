package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.EqfLevel;
import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.IscedLevel;
import io.github.smpkit.core.number.WholeNumberRule;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.pathway.Cap;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.time.TimeFrame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layer gives the same answer for the same whole number: the {@link WholeNumberRule}, the
 * builder, Hibernate Validator, the JSON reader and the JSON Schema, at and just beyond each end
 * of every field's range. The schema's {@code minimum} and {@code maximum} are the rule's.
 */
class NumberLayersAgreeTest {

  private static final SmpJson JSON = SmpJson.standard();
  private static final ObjectMapper JACKSON2 = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(SmpJson.schema());

  /** One whole-number field: its rule, where it sits in a document, and how to build a partnership with it. */
  record Field(WholeNumberRule rule, String pointer, String schemaDefinition, String property, Class<?> type,
      IntFunction<Partnership> build) {
    @Override
    public String toString() {
      return pointer;
    }
  }

  private static Partnership.Builder base() {
    return Partnership.builder().id("n").title("N").status(PartnershipStatus.PILOT)
        .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE")));
  }

  private static LegalPathway.Builder pathway() {
    return LegalPathway.builder().destination(Country.of("BE")).permitCategory("Single permit");
  }

  static List<Field> fields() {
    return List.of(
        new Field(WholeNumberRule.MONTHS, "/timeFrame/fundingCycleMonths", "TimeFrame", "fundingCycleMonths",
            TimeFrame.class, n -> base().timeFrame(TimeFrame.builder().fundingCycleMonths(n).build()).build()),
        new Field(WholeNumberRule.MONTHS, "/pathways/0/caps/0/periodMonths", "Cap", "periodMonths", Cap.class,
            n -> base().addPathways(pathway().addCaps(Cap.builder().limit(Count.exactly(100)).periodMonths(n)
                .build()).build()).build()),
        new Field(WholeNumberRule.DAYS, "/pathways/0/processingDays", "LegalPathway", "processingDays",
            LegalPathway.class, n -> base().addPathways(pathway().processingDays(n).build()).build()));
  }

  static Stream<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    for (Field f : fields()) {
      for (int n : new int[] {f.rule().min() - 1, f.rule().min(), f.rule().max(), f.rule().max() + 1, -1,
          Integer.MAX_VALUE}) {
        cases.add(new Object[] {f, n});
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @MethodSource("cases")
  void everyLayerAcceptsOrRefusesTheSameNumber(Field field, int n) throws IOException {
    boolean rule = field.rule().accepts(n);

    Optional<Partnership> built;
    try {
      built = Optional.of(field.build().apply(n));
    } catch (IllegalArgumentException e) {
      built = Optional.empty();
      assertTrue(e.getMessage().contains(field.property()) && e.getMessage().contains(
          "from " + field.rule().min() + " to " + field.rule().max()), e.getMessage());
    }
    assertEquals(rule, built.isPresent(), "builder");

    @SuppressWarnings({"unchecked", "rawtypes"})
    boolean beanValid = BeanValidation.VALIDATOR.validateValue((Class) field.type(), field.property(),
        Optional.of(n)).isEmpty();
    assertEquals(rule, beanValid, "Hibernate Validator");

    int placeholder = field.rule().min() + 1;
    String document = JSON.write(field.build().apply(placeholder)).replace(
        "\"" + field.property() + "\": " + placeholder, "\"" + field.property() + "\": " + n);
    assertTrue(document.contains("\"" + field.property() + "\": " + n), document);
    Optional<Partnership> read;
    try {
      read = Optional.of(JSON.read(document));
    } catch (SmpJsonException e) {
      read = Optional.empty();
      assertEquals(field.pointer(), e.problems().get(0).pointer(), e.getMessage());
    }
    assertEquals(built, read, "reader");

    assertEquals(rule, SCHEMA.validate(JACKSON2.readTree(document)).isEmpty(), "JSON Schema");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void theSchemaDeclaresTheRulesRange(Field field) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> schema = JACKSON2.readValue(SmpJson.schema(), Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> definition = (Map<String, Object>) ((Map<String, Object>) schema.get("$defs"))
        .get(field.schemaDefinition());
    @SuppressWarnings("unchecked")
    Map<String, Object> property = (Map<String, Object>) ((Map<String, Object>) definition.get("properties"))
        .get(field.property());
    assertEquals(field.rule().min(), property.get("minimum"), field.pointer());
    assertEquals(field.rule().max(), property.get("maximum"), field.pointer());
  }

  /** The numbered code lists give the schema its ranges: one source, the list itself. */
  @Test
  void theSchemaTakesTheRangesOfNumberedCodesFromTheirLists() throws IOException {
    JsonNode defs = JACKSON2.readTree(SmpJson.schema()).get("$defs");
    assertRange(defs.at("/QualificationLevel/properties/eqf"),
        EqfLevel.list().all().stream().mapToInt(EqfLevel::level).summaryStatistics());
    assertRange(defs.at("/QualificationLevel/properties/isced"),
        IscedLevel.list().all().stream().mapToInt(IscedLevel::level).summaryStatistics());
    assertRange(defs.at("/Objective/properties/gcmObjectives/items"),
        GcmObjective.list().all().stream().mapToInt(GcmObjective::number).summaryStatistics());
  }

  private static void assertRange(JsonNode property, IntSummaryStatistics list) {
    assertEquals(list.getMin(), property.get("minimum").asInt(), property.toString());
    assertEquals(list.getMax(), property.get("maximum").asInt(), property.toString());
  }

  @Test
  void theRulesWordsNameTheirRange() {
    assertEquals("a number of months from 1 to 1200", WholeNumberRule.MONTHS.describe());
    assertEquals(Optional.of("must be from 0 to 3650"), WholeNumberRule.DAYS.problem(3651));
    assertEquals(Optional.empty(), WholeNumberRule.DAYS.problem(0));
  }
}
