package uk.lacexplorer.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.observation.Observation;

class DenominatorsTest {
  static final AreaCode TORFAEN = new AreaCode("W06000020");

  final Denominators populations = new Denominators("population_0_17", List.of(
      new Observation(TORFAEN, "population_0_17", 2011, "", 20_000.0, Set.of(), "s"),
      new Observation(TORFAEN, "population_0_17", 2017, "", 19_100.0, Set.of(), "s")));

  @Test
  void exactUsesOnlyTheSameYear() {
    assertThat(populations.pick(TORFAEN, 2011, DenominatorPolicy.EXACT).population()).isEqualTo(20_000.0);
    assertThat(populations.pick(TORFAEN, 2012, DenominatorPolicy.EXACT).isMissing()).isTrue();
  }

  @Test
  void nearestTakesTheCloserYearAndTheEarlierOnATie() {
    Denominator d2012 = populations.pick(TORFAEN, 2012, DenominatorPolicy.NEAREST);
    assertThat(d2012.populationYear()).isEqualTo(2011);
    assertThat(d2012.estimated()).isTrue();
    assertThat(populations.pick(TORFAEN, 2014, DenominatorPolicy.NEAREST).populationYear()).isEqualTo(2011);
    assertThat(populations.pick(TORFAEN, 2016, DenominatorPolicy.NEAREST).populationYear()).isEqualTo(2017);
    assertThat(populations.pick(TORFAEN, 2005, DenominatorPolicy.NEAREST).populationYear()).isEqualTo(2011);
    assertThat(populations.pick(TORFAEN, 2011, DenominatorPolicy.NEAREST).estimated()).isFalse();
  }

  @Test
  void interpolateIsLinearBetweenTheNeighbouringYears() {
    // 2013 is 2/6 of the way from 2011 to 2017: 20000 + (2/6)(19100 - 20000) = 19700
    Denominator d = populations.pick(TORFAEN, 2013, DenominatorPolicy.INTERPOLATE);
    assertThat(d.population()).isCloseTo(19_700.0, within(1e-9));
    assertThat(d.estimated()).isTrue();
    assertThat(populations.pick(TORFAEN, 2019, DenominatorPolicy.INTERPOLATE).population()).isEqualTo(19_100.0);
  }

  @Test
  void noEstimatesMeansNoDenominator() {
    assertThat(populations.pick(new AreaCode("W06000001"), 2012, DenominatorPolicy.NEAREST).isMissing()).isTrue();
  }
}
