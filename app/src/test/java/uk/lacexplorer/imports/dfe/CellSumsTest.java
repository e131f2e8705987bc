package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.observation.Flag;

class CellSumsTest {
  private static Markers.Cell value(double value) {
    return new Markers.Cell(value, EnumSet.noneOf(Flag.class));
  }

  private static Markers.Cell missing(Flag flag) {
    return new Markers.Cell(null, EnumSet.of(flag));
  }

  @Test
  void addsValues() {
    assertThat(CellSums.sum(List.of(value(3), value(4))).value()).isEqualTo(7.0);
  }

  @Test
  void aSuppressedPartMakesTheSumSuppressed() {
    Markers.Cell sum = CellSums.sum(List.of(value(30), missing(Flag.SUPPRESSED), missing(Flag.LOW)));
    assertThat(sum.value()).isNull();
    assertThat(sum.flags()).containsExactly(Flag.SUPPRESSED);
  }

  @Test
  void aLowPartMakesTheSumUnknownNotLow() {
    assertThat(CellSums.sum(List.of(value(30), missing(Flag.LOW))).flags()).containsExactly(Flag.NOT_AVAILABLE);
  }

  @Test
  void aPartThatDoesNotApplyAddsNothingUnlessNoneApply() {
    assertThat(CellSums.sum(List.of(value(30), missing(Flag.NOT_APPLICABLE))).value()).isEqualTo(30.0);
    assertThat(CellSums.sum(List.of(missing(Flag.NOT_APPLICABLE), missing(Flag.NOT_APPLICABLE))).flags())
        .containsExactly(Flag.NOT_APPLICABLE);
  }

  @Test
  void remainderSubtractsThePartsAndKeepsTheTotalsFlags() {
    Markers.Cell total = new Markers.Cell(100.0, EnumSet.of(Flag.ROUNDED));
    Markers.Cell rest = CellSums.remainder(total, List.of(value(30), value(20), missing(Flag.NOT_APPLICABLE)));
    assertThat(rest.value()).isEqualTo(50.0);
    assertThat(rest.flags()).containsExactly(Flag.ROUNDED);
  }

  @Test
  void remainderIsMissingWhenTheTotalOrAPartIs() {
    assertThat(CellSums.remainder(missing(Flag.SUPPRESSED), List.of(value(1))).flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(CellSums.remainder(value(10), List.of(missing(Flag.SUPPRESSED))).value()).isNull();
  }

  @Test
  void aNegativeRemainderFromRoundedFiguresIsNotAvailable() {
    assertThat(CellSums.remainder(value(100), List.of(value(70), value(40))).flags()).containsExactly(Flag.NOT_AVAILABLE);
  }
}
