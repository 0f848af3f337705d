package io.github.smpkit.core.internal;

import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The text fields of a model type, found once per type from their {@link ValidText}
 * declarations (on the accessor's type, or on the element type of an {@code Optional}, a
 * {@code List} or a {@code Set}), so that the builders check exactly the rules Bean Validation
 * and smp-json read: the annotation is the one declaration.
 */
final class TextFields {

  private record TextField(String name, TextRule rule, Method accessor) {}

  private static final ClassValue<List<TextField>> FIELDS = new ClassValue<>() {
    @Override
    protected List<TextField> computeValue(Class<?> type) {
      return find(type);
    }
  };

  private TextFields() {}

  /** Checks every text field of {@code value} against its rule. */
  static void check(Object value, String type) {
    for (TextField field : FIELDS.get(value.getClass())) {
      Object text;
      try {
        text = field.accessor().invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + type + "." + field.name(), e);
      }
      if (text instanceof String s) {
        field.rule().check(s, type, field.name());
      } else if (text instanceof Optional<?> o && o.isPresent()) {
        field.rule().check((String) o.get(), type, field.name());
      } else if (text instanceof Collection<?> c) {
        int i = 0;
        for (Object element : c) {
          field.rule().check((String) element, type, field.name() + (text instanceof List ? "[" + i + "]" : ""));
          i++;
        }
      }
    }
  }

  private static List<TextField> find(Class<?> type) {
    List<TextField> fields = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
          continue;
        }
        ruleOf(m.getAnnotatedReturnType()).filter(rule -> seen.add(m.getName())).ifPresent(rule -> {
          m.setAccessible(true);
          fields.add(new TextField(m.getName(), rule, m));
        });
      }
    }
    fields.sort(Comparator.comparing(TextField::name));
    return List.copyOf(fields);
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
}
