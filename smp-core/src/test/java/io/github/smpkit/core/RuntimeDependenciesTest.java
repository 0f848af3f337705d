package io.github.smpkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * smp-core runs with nothing but the JDK and jakarta.validation-api: every class loads and links
 * in a class loader that sees only those (no Immutables, Guava, Jackson or Hibernate, and not
 * the JSpecify annotations either, which only tools read).
 */
class RuntimeDependenciesTest {

  @Test
  void everyClassLoadsAndLinksWithOnlyJakartaValidationBesideTheJdk() throws Exception {
    Path classes = Path.of(Partnership.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    URL jakarta = Valid.class.getProtectionDomain().getCodeSource().getLocation();
    List<String> names;
    try (Stream<Path> walk = Files.walk(classes)) {
      names = walk.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
          .map(f -> classes.relativize(f).toString().replace('\\', '/').replace('/', '.'))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .collect(Collectors.toList());
    }
    assertTrue(names.size() > 100, "only " + names.size() + " classes");
    List<String> failures = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(), jakarta},
        ClassLoader.getPlatformClassLoader())) {
      for (String name : names) {
        try {
          Class<?> c = Class.forName(name, true, loader);
          c.getDeclaredMethods();
          c.getDeclaredFields();
          c.getDeclaredConstructors();
        } catch (LinkageError | ClassNotFoundException e) {
          failures.add(name + ": " + e);
        }
      }
      Class<?> country = Class.forName("io.github.smpkit.core.code.Country", true, loader);
      assertEquals("NG", country.getMethod("of", String.class).invoke(null, "NGA").toString());
    }
    assertEquals(List.of(), failures);
  }
}
