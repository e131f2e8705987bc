package uk.lacexplorer.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.observation.Observation;

/** A count at 31 March of year Y is divided by the estimate for mid-(Y - 1). */
class DenominatorsTest {
  static final AreaCode TORFAEN = new AreaCode("W06000020");

  final Denominators populations = Denominators.ons(List.of(
      new Observation(TORFAEN, "population_0_17", 2011, "", 20_000.0, Set.of(), "ons_mye_nomis_2011"),
      new Observation(TORFAEN, "population_0_17", 2017, "", 19_100.0, Set.of(), "ons_mye_lsoa_2017"),
      new Observation(TORFAEN, "population_0_17", 2020, "", 19_000.0, Set.of(), "ons_mye_ltla_2020"),
      new Observation(TORFAEN, "population_0_17", 2023, "", 19_300.0, Set.of(), "ons_mye_workbook_wales_2023")));

  final Denominators dfe = Denominators.dfe(List.of(
      new Observation(TORFAEN, "population_0_17_dfe", 2019, "", 19_000.0, Set.of(), "dfe_ees_cla_rates_2019_2023")));

  @Test
  void exactUsesOnlyTheMidYearBeforeTheCount() {
    Denominator d2012 = populations.pick(TORFAEN, 2012, DenominatorPolicy.EXACT);
    assertThat(d2012.population()).isEqualTo(20_000.0);
    assertThat(d2012.populationYear()).isEqualTo(2011);
    assertThat(d2012.estimated()).isFalse();
    assertThat(d2012.description()).isEqualTo("ONS mid-2011 estimate (Census 2011)");
    assertThat(populations.pick(TORFAEN, 2011, DenominatorPolicy.EXACT).isMissing()).isTrue();
  }

  @Test
  void dfeDenominatorsAreStoredUnderTheCountsYear() {
    Denominator d = dfe.pick(TORFAEN, 2019, DenominatorPolicy.EXACT);
    assertThat(d.population()).isEqualTo(19_000.0);
    assertThat(d.populationYear()).isEqualTo(2018);
    assertThat(d.vintage()).isEqualTo("census2021");
    assertThat(d.description()).isEqualTo("DfE's denominator for 2019 (ONS mid-2018) (Census 2021-based)");
    assertThat(dfe.has(TORFAEN, 2019)).isTrue();
    assertThat(populations.has(TORFAEN, 2011)).isFalse();
    assertThat(populations.has(TORFAEN, 2012)).isTrue();
  }

  @Test
  void nearestTakesTheCloserYearAndTheEarlierOnATie() {
    // Count years look up mid-(Y - 1): 2013 -> mid-2012 (nearest 2011), 2015 -> mid-2014 (tie: 2011), 2017 -> mid-2016.
    Denominator d2013 = populations.pick(TORFAEN, 2013, DenominatorPolicy.NEAREST);
    assertThat(d2013.populationYear()).isEqualTo(2011);
    assertThat(d2013.estimated()).isTrue();
    assertThat(d2013.description()).isEqualTo("nearest estimate: ONS mid-2011 estimate (Census 2011)");
    assertThat(populations.pick(TORFAEN, 2015, DenominatorPolicy.NEAREST).populationYear()).isEqualTo(2011);
    assertThat(populations.pick(TORFAEN, 2017, DenominatorPolicy.NEAREST).populationYear()).isEqualTo(2017);
    assertThat(populations.pick(TORFAEN, 2005, DenominatorPolicy.NEAREST).populationYear()).isEqualTo(2011);
    assertThat(populations.pick(TORFAEN, 2012, DenominatorPolicy.NEAREST).estimated()).isFalse();
  }

  @Test
  void interpolateIsLinearBetweenTheNeighbouringYearsAndSaysWhich() {
    // 31 March 2014 -> mid-2013, 2/6 of the way from mid-2011 to mid-2017: 20000 + (2/6)(19100 - 20000) = 19700
    Denominator d = populations.pick(TORFAEN, 2014, DenominatorPolicy.INTERPOLATE);
    assertThat(d.population()).isCloseTo(19_700.0, within(1e-9));
    assertThat(d.estimated()).isTrue();
    assertThat(d.populationYear()).isNull();
    assertThat(d.fromYear()).isEqualTo(2011);
    assertThat(d.toYear()).isEqualTo(2017);
    // Mid-2011 is the base of both series, so the interpolation is on the series before the Census 2021 rebasing.
    assertThat(d.vintage()).isEqualTo("pre_census2021");
    assertThat(d.description()).isEqualTo(
        "interpolated between ONS mid-2011 (Census 2011) and mid-2017 (before the Census 2021 rebasing)");
    // Between mid-2020 (before the rebasing) and mid-2023 (Census 2021-based): two vintages, and the note says so.
    Denominator across = populations.pick(TORFAEN, 2022, DenominatorPolicy.INTERPOLATE);
    assertThat(across.population()).isCloseTo(19_000.0 + (1 / 3.0) * 300, within(1e-9));
    assertThat(across.vintage()).isEqualTo("mixed");
    Denominator beyond = populations.pick(TORFAEN, 2026, DenominatorPolicy.INTERPOLATE);
    assertThat(beyond.population()).isEqualTo(19_300.0);
    assertThat(beyond.populationYear()).isEqualTo(2023);
    assertThat(beyond.description()).isEqualTo("nearest estimate: ONS mid-2023 estimate (Census 2021-based)");
  }

  @Test
  void noEstimatesMeansNoDenominator() {
    assertThat(populations.pick(new AreaCode("W06000001"), 2012, DenominatorPolicy.NEAREST).isMissing()).isTrue();
  }
}
