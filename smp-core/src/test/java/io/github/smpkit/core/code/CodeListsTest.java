package io.github.smpkit.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeListsTest {

  @Test
  void iscoHasTenMajorFortyThreeSubMajorOneHundredThirtyMinorAndFourHundredThirtySixUnitGroups() {
    assertEquals(10, IscoCode.atLevel(1).size());
    assertEquals(43, IscoCode.atLevel(2).size());
    assertEquals(130, IscoCode.atLevel(3).size());
    assertEquals(436, IscoCode.atLevel(4).size());
    assertEquals(619, IscoCode.list().size());
  }

  @Test
  void isicHasTwentyOneSectionsAndEightyEightDivisions() {
    assertEquals(21, IsicCode.sections().size());
    assertEquals(88, IsicCode.list().all().stream().filter(c -> !c.isSection()).count());
    assertEquals(109, IsicCode.list().size());
  }

  @Test
  void theOtherListsHaveTheirOfficialSizes() {
    assertEquals(169, SdgTarget.list().size());
    assertEquals(23, GcmObjective.list().size());
    assertEquals(9, IscedLevel.list().size());
    assertEquals(8, EqfLevel.list().size());
  }

  @Test
  void nursingProfessionalsAre2221UnderHealthProfessionals() {
    IscoCode nurses = IscoCode.of("2221");
    assertEquals("Nursing professionals", nurses.title());
    assertEquals(4, nurses.level());
    assertEquals(Optional.of("222"), nurses.parentCode());
    assertEquals("2", nurses.majorGroup().code());
    assertEquals(List.of(4), nurses.skillLevels());
    assertTrue(nurses.isWithin(IscoCode.of("22")));
    assertFalse(nurses.isWithin(IscoCode.of("3")));
    assertEquals("2221 Nursing professionals", nurses.toString());
  }

  @Test
  void iscoLeadingZerosAreKept() {
    IscoCode officers = IscoCode.of("0110");
    assertEquals("0110", officers.code());
    assertEquals("011", officers.parent().orElseThrow().code());
    assertTrue(IscoCode.list().find("110").isEmpty());
  }

  @Test
  void healthDivision86LiesInSectionQAndConstructionIsF() {
    IsicCode health = IsicCode.of("86");
    assertEquals("Q", health.section().code());
    assertEquals("Q", health.parent().orElseThrow().code());
    assertFalse(health.isSection());
    IsicCode construction = IsicCode.of("F");
    assertEquals("Construction", construction.title());
    assertTrue(construction.isSection());
    assertEquals(List.of("41", "42", "43"), construction.children().stream().map(IsicCode::code)
        .collect(Collectors.toList()));
    assertEquals(Optional.empty(), construction.parent());
  }

  @Test
  void sdgTarget10Point7IsAboutOrderlySafeRegularMigration() {
    SdgTarget target = SdgTarget.of("10.7");
    assertEquals(10, target.goal());
    assertTrue(target.title().startsWith("Facilitate orderly, safe, regular and responsible migration"),
        target.title());
    assertTrue(SdgTarget.ofGoal(10).contains(target));
    assertEquals("SDG 10.7", target.toString());
  }

  @Test
  void gcmObjective6IsFairAndEthicalRecruitment() {
    GcmObjective six = GcmObjective.of(6);
    assertEquals(six, GcmObjective.of("6"));
    assertTrue(six.title().startsWith("Facilitate fair and ethical recruitment"), six.title());
    assertEquals("GCM 6", six.toString());
  }

  @Test
  void educationLevelsAreNumbered() {
    assertEquals("Upper secondary education", IscedLevel.of(3).title());
    assertEquals(IscedLevel.of(3), IscedLevel.of("3"));
    assertEquals(4, EqfLevel.of(4).level());
    assertEquals(EqfLevel.of(4), EqfLevel.of("4"));
  }

  @Test
  void parentAndChildrenAgreeThroughoutTheHierarchies() {
    for (IscoCode code : IscoCode.list().all()) {
      for (IscoCode child : code.children()) {
        assertEquals(Optional.of(code), child.parent());
        assertEquals(code.level() + 1, child.level());
      }
    }
    assertEquals(10, IscoCode.list().roots().size());
    assertEquals(21, IsicCode.list().roots().size());
    assertEquals(IscoCode.list().children(IscoCode.of("22")), IscoCode.of("22").children());
  }

  @Test
  void titlesCanBeLookedUpAndSearched() {
    assertEquals(Optional.of(IscoCode.of("2221")), IscoCode.list().findByTitle(" nursing PROFESSIONALS "));
    assertTrue(IscoCode.list().search("software").contains(IscoCode.of("2512")));
    assertEquals(Optional.empty(), IsicCode.list().findByTitle("Nothing like this"));
  }

  @Test
  void anUnknownCodeNamesTheListTheCodeAndTheNearestCodes() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> IscoCode.of("2229"));
    assertEquals("ISCO-08", e.listName());
    assertEquals("2229", e.code());
    assertEquals(3, e.nearest().size());
    assertTrue(e.nearest().stream().allMatch(IscoCode.list()::contains), e.nearest().toString());
    assertEquals(List.of("2221", "2222"), e.nearest().subList(0, 2), "same-level siblings first");
    assertTrue(e.getMessage().contains("'2229'") && e.getMessage().contains("2221"), e.getMessage());
  }

  @Test
  void anUnknownIsicCodeSuggestsNearbyCodes() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> IsicCode.of("04"));
    assertEquals(List.of("01", "02", "03"), e.nearest());
    assertTrue(e.getMessage().startsWith("unknown ISIC"), e.getMessage());
  }

  @Test
  void unknownNumberedCodesAreRejected() {
    assertThrows(UnknownCodeException.class, () -> GcmObjective.of(24));
    assertThrows(UnknownCodeException.class, () -> EqfLevel.of(9));
    assertThrows(UnknownCodeException.class, () -> IscedLevel.of(10));
    assertThrows(UnknownCodeException.class, () -> SdgTarget.of("10.77"));
  }

  @Test
  void everyListNamesItsSource() {
    for (CodeList<?> list : List.of(IscoCode.list(), IsicCode.list(), SdgTarget.list(), GcmObjective.list(),
        IscedLevel.list(), EqfLevel.list())) {
      assertFalse(list.source().isBlank(), list.name());
      assertTrue(list.toString().contains(list.name()));
    }
  }
}
