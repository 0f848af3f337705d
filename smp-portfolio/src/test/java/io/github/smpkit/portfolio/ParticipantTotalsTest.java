package io.github.smpkit.portfolio;

import static io.github.smpkit.portfolio.Fixtures.partnership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.training.Track;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipantTotalsTest {

  @Test
  void keepsAnOpenBoundOpen() {
    assertEquals(Optional.of(Count.atLeast(430)), ParticipantTotals.sum(List.of(Count.atLeast(400), Count.exactly(30))));
  }

  @Test
  void keepsAnEstimateAnEstimate() {
    assertEquals(Optional.of(Count.about(135)), ParticipantTotals.sum(List.of(Count.about(105), Count.exactly(30))));
  }

  @Test
  void addsAnUpperBoundAsARange() {
    assertEquals(Optional.of(Count.between(30, 80)), ParticipantTotals.sum(List.of(Count.atMost(50), Count.exactly(30))));
    assertEquals(Optional.of(Count.atMost(50)), ParticipantTotals.sum(List.of(Count.atMost(50))));
    assertEquals(Optional.empty(), ParticipantTotals.sum(List.of()));
  }

  @Test
  void keepsPlannedAndActualApart() {
    var a = partnership("a", "NG->LT").addParticipant(ParticipantFigure.builder().kind(FigureKind.SELECTED)
        .planned(Count.atMost(50)).actual(Count.exactly(30)).build()).build();
    var b = partnership("b", "MA->BE").addParticipant(ParticipantFigure.builder().kind(FigureKind.SELECTED)
        .actual(Count.exactly(120)).build()).build();
    ParticipantTotals totals = Portfolio.of(List.of(a, b)).participants();
    ParticipantTotals.Total selected = totals.total(FigureKind.SELECTED).orElseThrow();
    assertEquals(Optional.of(Count.atMost(50)), selected.planned());
    assertEquals(List.of("a"), selected.plannedFrom());
    assertEquals(Optional.of(Count.exactly(150)), selected.actual());
    assertEquals(List.of("a", "b"), selected.actualFrom());
    assertEquals(1, totals.plannedAndActual().size());
  }

  @Test
  void countsOnlyHeadlineFiguresAndTheLargestOfSeveral() {
    var p = partnership("p", "MA->BE")
        .addParticipant(ParticipantFigure.builder().kind(FigureKind.MIGRATED).actual(Count.exactly(300)).build())
        .addParticipant(ParticipantFigure.builder().kind(FigureKind.MIGRATED).actual(Count.atLeast(2001)).build())
        .addParticipant(ParticipantFigure.builder().kind(FigureKind.MIGRATED).actual(Count.exactly(40))
            .womenOnly(true).build())
        .addParticipant(ParticipantFigure.builder().kind(FigureKind.MIGRATED).planned(Count.about(90))
            .track(Track.HOME).build())
        .addParticipant(ParticipantFigure.builder().kind(FigureKind.OTHER).actual(Count.exactly(7))
            .description("something else").build())
        .build();
    ParticipantTotals totals = Portfolio.of(List.of(p)).participants();
    assertEquals(1, totals.headlines().size());
    assertEquals(Optional.of(Count.atLeast(2001)), totals.total(FigureKind.MIGRATED).orElseThrow().actual());
    assertEquals(Optional.empty(), totals.total(FigureKind.MIGRATED).orElseThrow().planned());
  }

  @Test
  void writesBoundsAsSeparateCsvColumns() {
    var p = partnership("p", "MA->BE").addParticipant(ParticipantFigure.builder().kind(FigureKind.TRAINED)
        .planned(Count.about(105)).actual(Count.atLeast(400)).build()).build();
    String csv = Portfolio.of(List.of(p)).participants().toCsv();
    assertTrue(csv.startsWith("partnership,figure,planned,planned_lower"), csv);
    assertTrue(csv.contains("\r\np,TRAINED,about 105,105,105,true,at least 400,400,,false\r\n"), csv);
  }

  @Test
  void printsDashesForMissingTotals() {
    var p = partnership("p", "MA->BE").addParticipant(ParticipantFigure.builder().kind(FigureKind.APPLICANTS)
        .actual(Count.exactly(9677)).build()).build();
    String text = Portfolio.of(List.of(p)).participants().toString();
    assertTrue(text.contains("APPLICANTS"), text);
    assertTrue(text.contains("9677"), text);
    assertTrue(text.contains("-"), text);
  }
}
