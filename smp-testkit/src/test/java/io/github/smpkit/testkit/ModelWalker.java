package io.github.smpkit.testkit;

import io.github.smpkit.core.code.CodeListEntry;
import io.github.smpkit.core.code.Country;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reflective helpers over the smp-core model: its classes, and a walk over a value's parts. */
final class ModelWalker {

  static final String CORE = "io.github.smpkit.core";

  private ModelWalker() {}

  /** Every top-level or nested class in smp-core's jar or classes folder, except internals. */
  static List<Class<?>> coreClasses() {
    try {
      Path location = Path.of(io.github.smpkit.core.Partnership.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          files.filter(f -> f.toString().endsWith(".class"))
              .forEach(f -> names.add(location.relativize(f).toString().replace('\\', '/')));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String n = e.nextElement().getName();
            if (n.endsWith(".class")) {
              names.add(n);
            }
          }
        }
      }
      List<Class<?>> result = new ArrayList<>();
      for (String n : new TreeSet<>(names)) {
        String className = n.substring(0, n.length() - ".class".length()).replace('/', '.');
        // the text and number rules (core.text, core.number) describe the model's values; they are
        // not part of a partnership
        if (!className.startsWith(CORE + ".") || className.contains(".internal.") || className.contains(".text.")
            || className.contains(".number.")
            || className.endsWith("package-info")
            || className.endsWith("module-info")) {
          continue;
        }
        result.add(Class.forName(className));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every enum of smp-core. */
  @SuppressWarnings("unchecked")
  static List<Class<? extends Enum<?>>> coreEnums() {
    return coreClasses().stream().filter(Class::isEnum).map(c -> (Class<? extends Enum<?>>) c)
        .collect(Collectors.toList());
  }

  /** The public value types of smp-core: generated model classes and the hand-written values. */
  static List<Class<?>> coreValueTypes() {
    return coreClasses().stream()
        .filter(c -> Modifier.isPublic(c.getModifiers()) && Modifier.isFinal(c.getModifiers()) && !c.isEnum())
        .filter(c -> !Throwable.class.isAssignableFrom(c))
        .filter(c -> !c.getSimpleName().equals("Builder") && !c.getSimpleName().equals("CodeList"))
        // a reference list about countries that the rules read; no partnership holds it
        .filter(c -> !c.getSimpleName().equals("SafeguardsListCountry"))
        .collect(Collectors.toList());
  }

  static boolean isCore(Class<?> c) {
    return c.getName().startsWith(CORE + ".");
  }

  /** Whether {@code c} is a class generated from an {@code Abstract*} type. */
  static boolean isGenerated(Class<?> c) {
    return c.getSuperclass() != null && c.getSuperclass().getSimpleName().equals("Abstract" + c.getSimpleName());
  }

  /**
   * Calls {@code visitor} with every core value and enum constant reachable from {@code root}
   * through public no-argument methods (code-list entries are visited but not entered).
   */
  static void walk(Object root, java.util.function.Consumer<Object> visitor) {
    if (root == null) {
      return;
    }
    if (root instanceof Optional) {
      ((Optional<?>) root).ifPresent(o -> walk(o, visitor));
      return;
    }
    if (root instanceof Collection) {
      ((Collection<?>) root).forEach(o -> walk(o, visitor));
      return;
    }
    if (!isCore(root.getClass())) {
      return;
    }
    visitor.accept(root);
    if (root instanceof Enum || root instanceof CodeListEntry || root instanceof Country) {
      return;
    }
    for (Method m : root.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !isCore(m.getDeclaringClass())
          || m.getReturnType() == void.class || Stream.class.isAssignableFrom(m.getReturnType())
          || m.getName().equals("toString") || m.getName().equals("hashCode")) {
        continue;
      }
      walk(invoke(m, root), visitor);
    }
  }

  /**
   * Calls {@code check} with each attribute (abstract accessor of the {@code Abstract*} type) of
   * every generated model object reachable from {@code root}, as (path, value).
   */
  static void attributes(Object root, String path, BiConsumer<String, Object> check) {
    if (root instanceof Optional) {
      ((Optional<?>) root).ifPresent(o -> attributes(o, path, check));
      return;
    }
    if (root instanceof Collection) {
      int i = 0;
      for (Object o : (Collection<?>) root) {
        attributes(o, path + "[" + i++ + "]", check);
      }
      return;
    }
    if (root == null || !isGenerated(root.getClass())) {
      return;
    }
    for (Method abstractMethod : root.getClass().getSuperclass().getDeclaredMethods()) {
      if (!Modifier.isAbstract(abstractMethod.getModifiers()) || abstractMethod.getParameterCount() != 0) {
        continue;
      }
      try {
        Method m = root.getClass().getMethod(abstractMethod.getName());
        Object value = invoke(m, root);
        String p = path + "." + m.getName();
        check.accept(p, value);
        attributes(value, p, check);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Object invoke(Method m, Object target) {
    try {
      m.setAccessible(true);
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(m + " failed", e.getCause());
    }
  }
}
