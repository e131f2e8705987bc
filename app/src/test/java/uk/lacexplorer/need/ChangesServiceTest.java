package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.compare.ChangeRequest;
import uk.lacexplorer.compare.ChangeService;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.CountTables;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.ObservationStore;
import uk.lacexplorer.testing.TestData;

/**
 * Wales 2011 to 2018 against the change in the WIMD share of LSOAs in the 30% most deprived (2011 to 2019, the
 * index's nearest editions). Expected values from R 4 on the rows this service printed
 * ({@code ./lacx changes --from 2011 --to 2018 --x wimd_share_lsoas_30pct_most_deprived --format json}, each row's
 * weight 1 / ((ci95_upper - ci95_lower) / (2 x 1.96))^2): {@code lm(dy ~ dx, weights = w)} gives slope
 * -2.32865137073 (SE 1.55218590998, 95% CI -5.56645444231 to 0.909151700842), intercept 15.64940366857, R^2
 * 0.101152682656 (rates on the standard denominator: 31 March 2011 on mid-2010 interpolated between mid-2008 and
 * mid-2011, 31 March 2018 on mid-2017; recomputed in R after issue 15). The JSON rounds to 4-6 digits, hence the
 * tolerances.
 */
class ChangesServiceTest {
  private static Database database;
  private static ChangesService service;

  @BeforeAll
  static void load() {
    database = TestData.freshDatabase();
    ObservationStore store = TestData.shippedStore(database);
    service = new ChangesService(new ChangeService(new CountTables(store, MeasureCatalogue.standard())), store,
        MeasureCatalogue.standard());
  }

  @AfterAll
  static void close() {
    database.close();
  }

  private static ChangesRequest request(int from, int to, String factor) {
    return new ChangesRequest(new ChangeRequest(CountRequest.parse("wales", String.valueOf(from), null, null, null), to),
        new MeasureId(factor));
  }

  @Test
  void walesRateChangeAgainstDeprivationChangeAsR() {
    ChangesResult result = service.run(request(2011, 2018, "wimd_share_lsoas_30pct_most_deprived"));
    assertThat(result.factorFrom()).isEqualTo(2011);
    assertThat(result.factorTo()).isEqualTo(2019);
    assertThat(result.rows()).hasSize(22);
    assertThat(result.slope().estimate()).isCloseTo(-2.32865137073, within(2e-4));
    assertThat(result.slope().se()).isCloseTo(1.55218590998, within(2e-4));
    assertThat(result.slope().ci95Lower()).isCloseTo(-5.56645444231, within(5e-4));
    assertThat(result.intercept().estimate()).isCloseTo(15.64940366857, within(2e-3));
    assertThat(result.rSquared()).isCloseTo(0.101152682656, within(2e-5));
    assertThat(result.far()).isEmpty();
    ChangesResult.Row blaenau = result.rows().stream().filter(r -> r.areaCode().equals("W06000019")).findFirst().orElseThrow();
    // WIMD 30% share: 65.96 in 2011, 63.83 in 2019
    assertThat(blaenau.factorChange()).isCloseTo(63.83 - 65.96, within(0.01));
    assertThat(blaenau.fitted()).isCloseTo(result.intercept().estimate() + result.slope().estimate() * blaenau.factorChange(),
        within(1e-9));
  }

  @Test
  void aFactorWithOneYearNearBothEndsOrTooFewAuthoritiesIsOneLine() {
    assertThatThrownBy(() -> service.run(request(2005, 2011, "wimd_share_lsoas_30pct_most_deprived")))
        .isInstanceOf(UserError.class).hasMessageContaining("2011");
    assertThatThrownBy(() -> service.run(request(2011, 2018, "no_such_factor"))).isInstanceOf(UserError.class);
  }

  @Test
  void nearestYearPrefersTheOuterYearOnATie() {
    var years = new java.util.TreeSet<>(java.util.List.of(2011, 2014, 2019));
    assertThat(ChangesService.nearest(years, 2005, true)).isEqualTo(2011);
    assertThat(ChangesService.nearest(years, 2016, false)).isEqualTo(2014);
    assertThat(ChangesService.nearest(years, 2012, true)).isEqualTo(2011);
    assertThat(ChangesService.nearest(years, 2018, false)).isEqualTo(2019);
    assertThat(ChangesService.nearest(new java.util.TreeSet<>(java.util.List.of(2010, 2014)), 2012, true)).isEqualTo(2010);
    assertThat(ChangesService.nearest(new java.util.TreeSet<>(java.util.List.of(2010, 2014)), 2012, false)).isEqualTo(2014);
  }
}
