package io.github.smpkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Properties of smp-core's model that hold for every partnership, checked over generated ones. */
@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
class ModelPropertiesTest {

  private static final int TRIES = 1000;
  private static final Pattern IDENTITY_HASH = Pattern.compile("@[0-9a-f]{4,}");

  @Test
  void aBuilderFromAPartnershipBuildsAnEqualOneWithTheSameHashCode() {
    Property.forAll(TRIES, p -> {
      Partnership copy = Partnership.builder().from(p).build();
      assertEquals(p, copy);
      assertEquals(p.hashCode(), copy.hashCode());
    });
  }

  @Test
  void aBuilderFromAnyPartOfAPartnershipBuildsAnEqualPart() {
    Property.forAllComplete(200, p -> ModelWalker.walk(p, part -> {
      if (ModelWalker.isGenerated(part.getClass())) {
        Object copy = rebuild(part);
        assertEquals(part, copy);
        assertEquals(part.hashCode(), copy.hashCode());
      }
    }));
  }

  @Test
  void everyWithCopyGivenTheSameValueEqualsTheOriginal() {
    Property.forAll(TRIES, p -> ModelWalker.walk(p, part -> {
      if (ModelWalker.isGenerated(part.getClass())) {
        for (Method with : withMethods(part.getClass())) {
          Object same = sameValueFreshInstance(accessorValue(part, with), with.getParameterTypes()[0]);
          Object copy = invoke(with, part, same);
          assertEquals(part, copy, with.getName());
          assertEquals(part.hashCode(), copy.hashCode(), with.getName());
        }
      }
    }));
  }

  @Test
  void aChangedCopyChangedBackEqualsTheOriginal() {
    Property.forAll(TRIES, p -> {
      assertEquals(p, p.withTitle(p.title() + " (renamed)").withTitle(p.title()));
      assertEquals(p, p.withParties(p.parties()).withId("other-id").withId(p.id()));
      assertFalse(p.equals(p.withTitle(p.title() + "!")));
    });
  }

  @Test
  void equalPartnershipsHaveEqualHashCodesAcrossGenerators() {
    Property.forAll(200, p -> {
      Partnership again = Partnership.builder().from(p).title(new String(p.title().toCharArray())).build();
      assertTrue(p.equals(again) && again.equals(p));
      assertEquals(p.hashCode(), again.hashCode());
    });
    List<Partnership> a = PartnershipGenerator.withSeed(11).next(300);
    List<Partnership> b = PartnershipGenerator.withSeed(11).next(300);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).hashCode(), b.get(i).hashCode());
    }
  }

  @Test
  void toStringIsOneReadableLineWithIdTitleAndCorridor() {
    Property.forAll(TRIES, p -> {
      String s = p.toString();
      assertFalse(s.contains("\n"), s);
      assertTrue(s.startsWith("Partnership[" + p.id() + " \"" + p.title() + "\" " + p.status() + " "), s);
      assertTrue(s.contains(codes(p.origins()) + " -> " + codes(p.destinations())), s);
      assertFalse(IDENTITY_HASH.matcher(s).find(), s);
      assertTrue(s.length() < 600, s);
    });
  }

  @Test
  void noPartOfAPartnershipPrintsAnIdentityHashCode() {
    Property.forAllComplete(200, p -> ModelWalker.walk(p, part -> {
      String s = part.toString();
      assertFalse(IDENTITY_HASH.matcher(s).find(), s);
    }));
  }

  private static String codes(SortedSet<Country> countries) {
    return countries.stream().map(Country::code).collect(Collectors.joining(","));
  }

  // --- reflection -----------------------------------------------------------------------------

  private static Object rebuild(Object value) {
    try {
      Object builder = value.getClass().getMethod("builder").invoke(null);
      Method from = builder.getClass().getMethod("from", value.getClass());
      from.invoke(builder, value);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + value.getClass(), e);
    }
  }

  /** The with* methods of a generated class, one per attribute (the Optional / Iterable variant when there are two). */
  private static List<Method> withMethods(Class<?> type) {
    List<Method> result = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Method m : type.getMethods()) {
      if (m.getName().startsWith("with") && m.getParameterCount() == 1 && m.getDeclaringClass() == type) {
        names.add(m.getName());
      }
    }
    for (String name : names) {
      Method chosen = null;
      for (Method m : type.getMethods()) {
        if (!m.getName().equals(name) || m.getParameterCount() != 1 || m.getDeclaringClass() != type) {
          continue;
        }
        Class<?> p = m.getParameterTypes()[0];
        if (chosen == null || p == Optional.class || Iterable.class.isAssignableFrom(p)) {
          chosen = m;
        }
      }
      result.add(chosen);
    }
    return result;
  }

  private static Object accessorValue(Object part, Method with) {
    String name = Character.toLowerCase(with.getName().charAt(4)) + with.getName().substring(5);
    try {
      return invoke(part.getClass().getMethod(name), part);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no accessor for " + with, e);
    }
  }

  /** An equal value that is not the same instance, so copies cannot short-cut on identity. */
  private static Object sameValueFreshInstance(Object value, Class<?> parameterType) {
    if (value instanceof String) {
      return new String(((String) value).toCharArray());
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(v -> sameValueFreshInstance(v, Object.class));
    }
    if (value instanceof Collection && Iterable.class.isAssignableFrom(parameterType)) {
      return new ArrayList<>((Collection<?>) value);
    }
    return value;
  }

  private static Object invoke(Method m, Object target, Object... args) {
    try {
      m.setAccessible(true);
      return m.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(m + " failed", e.getCause());
    }
  }
}
