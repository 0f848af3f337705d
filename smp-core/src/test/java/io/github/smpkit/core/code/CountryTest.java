package io.github.smpkit.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryTest {

  @Test
  void alpha2AndAlpha3NameTheSameCountry() {
    assertEquals(Country.of("NG"), Country.of("NGA"));
    assertEquals("NGA", Country.of("NG").alpha3());
    assertEquals("Nigeria", Country.of("NG").name());
    assertEquals("LT", Country.of("LTU").toString());
  }

  @Test
  void kosovoIsKnownAsXk() {
    Country kosovo = Country.of("XK");
    assertEquals("Kosovo", kosovo.name());
    assertEquals("XKX", kosovo.alpha3());
    assertEquals(kosovo, Country.of("XKX"));
    assertTrue(Country.codes().contains("XK"));
  }

  @Test
  void lowerCaseIsRejectedWithTheUpperCaseCodeSuggestedFirst() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> Country.of("ng"));
    assertEquals("ng", e.code());
    assertEquals("NG", e.nearest().get(0));
    assertTrue(e.getMessage().contains("'ng'") && e.getMessage().contains("NG"), e.getMessage());
  }

  @Test
  void anUnknownCodeSuggestsNearbyCodes() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> Country.of("QQ"));
    assertEquals("ISO 3166-1", e.listName());
    assertEquals(3, e.nearest().size());
    assertTrue(e.nearest().stream().allMatch(c -> Country.find(c).isPresent()), e.nearest().toString());
  }

  @Test
  void theExceptionSurvivesSerialisation() throws Exception {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> Country.of("ng"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      UnknownCodeException copy = (UnknownCodeException) in.readObject();
      assertEquals(e.nearest(), copy.nearest());
      assertEquals(e.getMessage(), copy.getMessage());
    }
  }

  @Test
  void findIsTheTotalVersionOfOf() {
    assertEquals(Optional.of(Country.of("DE")), Country.find("DEU"));
    assertEquals(Optional.empty(), Country.find("de"));
  }

  @Test
  void countriesOrderByAlpha2Code() {
    assertTrue(Country.of("LT").compareTo(Country.of("NG")) < 0);
    assertEquals(Country.of("NG").hashCode(), Country.of("NGA").hashCode());
  }
}
