package io.github.smpkit.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every text field of the format carries the {@link TextRule} its model accessor declares with
 * {@link ValidText}, field by field: the reader checks the format's rule and the builder the
 * model's, so the two must be the same rule everywhere, not only on the one field per rule that
 * {@code TextLayersAgreeTest} tries with texts. (The schema says field names are the model's
 * accessor names; the rule of a format field is read from its schema, which the reader's codec
 * builds from the rule.)
 */
class TextRulesOfEveryFieldTest {

  private static final List<String> MODEL_PACKAGES = List.of("", ".code", ".continuum", ".development",
      ".evidence", ".funding", ".governance", ".money", ".number", ".outcome", ".party", ".pathway", ".planning",
      ".recognition", ".recruitment", ".social", ".text", ".time", ".training", ".typology");

  @Test
  void everyTextFieldHasTheRuleOfItsModelAccessor() {
    List<String> checked = new ArrayList<>();
    for (ObjectCodec<?, ?> type : Model.types()) {
      Class<?> model = modelClass(type.typeName());
      for (ObjectCodec.Field<?, ?> field : type.fields()) {
        Optional<TextRule> format = ruleOfSchema(field.schema(new SchemaBuilder()));
        Optional<TextRule> core = ruleOfAccessor(model, field.name);
        assertEquals(core, format, type.typeName() + "." + field.name);
        format.ifPresent(rule -> checked.add(type.typeName() + "." + field.name));
      }
    }
    assertTrue(checked.size() > 40, () -> "only " + checked);
    assertTrue(checked.contains("Partnership.title") && checked.contains("Citation.url"), checked::toString);
  }

  private static Class<?> modelClass(String typeName) {
    List<Class<?>> found = new ArrayList<>();
    for (String pkg : MODEL_PACKAGES) {
      try {
        found.add(Class.forName(Partnership.class.getPackageName() + pkg + "." + typeName));
      } catch (ClassNotFoundException e) {
        // not in this package
      }
    }
    assertEquals(1, found.size(), () -> "model classes named " + typeName + ": " + found);
    return found.get(0);
  }

  /** The rule of the accessor {@code name}, declared on it or on the element type of its Optional, List or Set. */
  private static Optional<TextRule> ruleOfAccessor(Class<?> model, String name) {
    for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 0 && !m.isSynthetic()) {
          Optional<TextRule> rule = ruleOf(m.getAnnotatedReturnType());
          if (rule.isPresent()) {
            return rule;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<TextRule> ruleOf(AnnotatedType type) {
    ValidText direct = type.getAnnotation(ValidText.class);
    if (direct != null) {
      return Optional.of(direct.value());
    }
    if (type instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length == 1) {
      ValidText element = p.getAnnotatedActualTypeArguments()[0].getAnnotation(ValidText.class);
      return Optional.ofNullable(element).map(ValidText::value);
    }
    return Optional.empty();
  }

  /** The rule whose length and pattern a field's schema states, for a string or an array of strings. */
  private static Optional<TextRule> ruleOfSchema(Map<String, Object> schema) {
    if ("array".equals(schema.get("type"))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> items = (Map<String, Object>) schema.get("items");
      return ruleOfSchema(items);
    }
    if (!"string".equals(schema.get("type")) || !schema.containsKey("maxLength")) {
      return Optional.empty();
    }
    List<TextRule> rules = new ArrayList<>();
    for (TextRule rule : TextRule.values()) {
      if (schema.get("maxLength").equals(rule.maxLength()) && rule.schemaPattern().equals(schema.get("pattern"))) {
        rules.add(rule);
      }
    }
    assertEquals(1, rules.size(), () -> "rules stating " + schema + ": " + rules);
    return Optional.of(rules.get(0));
  }
}
