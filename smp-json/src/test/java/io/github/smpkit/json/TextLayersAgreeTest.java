package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.smpkit.core.Citation;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.training.QualificationLevel;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.Occupation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layer gives the same answer for the same text: the rule itself, the builder, Hibernate
 * Validator, the JSON reader, the JSON Schema and the writer (which must read back what it wrote,
 * through text and bytes). One field per {@link TextRule} stands for every field of that rule.
 */
class TextLayersAgreeTest {

  private static final String EMOJI = "\uD83D\uDE00";
  private static final SmpJson JSON = SmpJson.standard();
  private static final ObjectMapper JACKSON2 = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(SmpJson.schema());

  /** One field of a rule: how to build a partnership holding text there, and where Bean Validation looks. */
  record Field(TextRule rule, String pointer, Class<?> type, String property, boolean optional,
      Function<String, Partnership> build) {}

  private static Partnership.Builder base() {
    return Partnership.builder().id("palim").title("PALIM").status(PartnershipStatus.PILOT)
        .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE")));
  }

  static List<Field> fields() {
    return List.of(
        new Field(TextRule.ID, "/id", Partnership.class, "id", false, s -> base().id(s).build()),
        new Field(TextRule.SHORT, "/title", Partnership.class, "title", false, s -> base().title(s).build()),
        new Field(TextRule.ESSAY, "/summary", Partnership.class, "summary", true, s -> base().summary(s).build()),
        new Field(TextRule.LONG, "/formsOfEngagement/0/description", FormOfEngagement.class, "description", true,
            s -> base().addFormsOfEngagement(FormOfEngagement.builder()
                .form(EngagementForm.MEMORANDUM_OF_UNDERSTANDING).description(s).build()).build()),
        new Field(TextRule.KEY, "/citations/0/key", Citation.class, "key", false,
            s -> base().addCitation(Citation.builder().key(s).title("T").build()).build()),
        new Field(TextRule.MEDIUM, "/citations/0/title", Citation.class, "title", false,
            s -> base().addCitation(Citation.builder().key("k").title(s).build()).build()),
        new Field(TextRule.URL, "/citations/0/url", Citation.class, "url", true,
            s -> base().addCitation(Citation.builder().key("k").title("T").url(s).build()).build()),
        new Field(TextRule.ESCO_URI, "/occupations/0/escoUri", Occupation.class, "escoUri", true,
            s -> base().addOccupation(Occupation.builder().isco(IscoCode.of("2512")).escoUri(s).build()).build()),
        new Field(TextRule.FRAMEWORK, "/training/0/qualification/nationalFramework", QualificationLevel.class,
            "nationalFramework", true, s -> base().addTraining(training(QualificationLevel.national(s, "4"))).build()),
        new Field(TextRule.LEVEL, "/training/0/qualification/nationalLevel", QualificationLevel.class,
            "nationalLevel", true, s -> base().addTraining(training(QualificationLevel.national("NQF", s))).build()));
  }

  private static TrainingComponent training(QualificationLevel level) {
    return TrainingComponent.builder().name("Course").location(TrainingLocation.ORIGIN).track(Track.AWAY)
        .qualification(level).build();
  }

  /** Tricky text, and text at and just over each rule's limit in one- and two-unit characters. */
  static Stream<Object[]> cases() {
    List<String> tricky = new ArrayList<>(List.of("", " ", "\u00A0", "\uFEFF", "\u2003", "\u200B", "\u3000 \t",
        "T\uD800", "\uDC00", "\uDC00\uD800", "T" + EMOJI, "a\u0000", "a\u0085", "a\u007F", "a\tb\r\nc", "x\n",
        "My Partnership!", "palim", "a--b", "-a", "Key.1_x", "https://example.org/x", "https://e.org/a b",
        "https://e.org/a\u00A0b", "http://data.europa.eu/esco/occupation/abc", "http://data.europa.eu/esco/",
        "\u00E9t\u00E9", "Caf\u00E9 \uD83C\uDF75"));
    List<Object[]> cases = new ArrayList<>();
    for (Field f : fields()) {
      List<String> texts = new ArrayList<>(tricky);
      String prefix = prefix(f.rule());
      int room = f.rule().maxLength() - prefix.length();
      texts.add(prefix + "a".repeat(room));
      texts.add(prefix + "a".repeat(room + 1));
      texts.add(prefix + EMOJI.repeat(room));
      texts.add(prefix + EMOJI.repeat(room + 1));
      texts.add(prefix + "\u00E9".repeat(room));
      for (String t : texts) {
        cases.add(new Object[] {f, t});
      }
    }
    return cases.stream();
  }

  private static String prefix(TextRule rule) {
    return rule == TextRule.URL ? "https://e.org/" : rule == TextRule.ESCO_URI ? "http://data.europa.eu/esco/" : "";
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @MethodSource("cases")
  void everyLayerAcceptsOrRefusesTheSameText(Field field, String text) throws IOException {
    boolean rule = field.rule().accepts(text);

    Optional<Partnership> built;
    try {
      built = Optional.of(field.build().apply(text));
    } catch (IllegalArgumentException e) {
      built = Optional.empty();
    }
    assertEquals(rule, built.isPresent(), "builder");

    Object value = field.optional() ? Optional.of(text) : text;
    @SuppressWarnings({"unchecked", "rawtypes"})
    boolean beanValid = BeanValidation.VALIDATOR.validateValue((Class) field.type(), field.property(), value)
        .isEmpty();
    assertEquals(rule, beanValid, "Hibernate Validator");

    String placeholder = prefix(field.rule()) + "zqplaceholderzq";
    String document = JSON.write(field.build().apply(placeholder))
        .replace("\"" + placeholder + "\"", "\"" + asciiEscaped(text) + "\"");
    boolean read;
    try {
      Partnership back = JSON.read(document);
      read = true;
      assertEquals(built.orElseThrow(), back, "read");
    } catch (SmpJsonException e) {
      read = false;
      assertEquals(field.pointer(), e.problems().get(0).pointer(), e.getMessage());
      assertTrue(e.getMessage().length() < 1000, "a short message");
    }
    assertEquals(rule, read, "reader");

    boolean schemaValid = SCHEMA.validate(JACKSON2.readTree(document)).isEmpty();
    assertEquals(rule, schemaValid, "JSON Schema");

    if (built.isPresent()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      JSON.write(built.get(), bytes);
      assertEquals(built.get(), JSON.read(new ByteArrayInputStream(bytes.toByteArray())), "written bytes");
    }
  }

  private static String asciiEscaped(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
