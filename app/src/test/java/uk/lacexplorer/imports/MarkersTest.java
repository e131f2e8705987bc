package uk.lacexplorer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lacexplorer.observation.Flag;

class MarkersTest {
  @Test
  void suppressionMarkersAreFlaggedMissingNeverZero() {
    assertThat(Markers.parse("*").orElseThrow().value()).isNull();
    assertThat(Markers.parse("*").orElseThrow().flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(Markers.parse("c").orElseThrow().flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(Markers.parse(" . ").orElseThrow().flags()).containsExactly(Flag.NOT_APPLICABLE);
    assertThat(Markers.parse("z").orElseThrow().flags()).containsExactly(Flag.NOT_APPLICABLE);
    assertThat(Markers.parse("x").orElseThrow().flags()).containsExactly(Flag.NOT_AVAILABLE);
    assertThat(Markers.parse("low").orElseThrow().flags()).containsExactly(Flag.LOW);
  }

  @Test
  void numbersMayHaveThousandsSeparators() {
    assertThat(Markers.parse("5,720").orElseThrow().value()).isEqualTo(5720.0);
    assertThat(Markers.parse("90.4").orElseThrow().value()).isEqualTo(90.4);
    assertThat(Markers.parse("0").orElseThrow().value()).isEqualTo(0.0);
  }

  @Test
  void anythingElseIsNotACell() {
    assertThat(Markers.parse("five")).isEmpty();
    assertThat(Markers.parse("NaN")).isEmpty();
  }
}
