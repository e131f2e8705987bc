package uk.lacexplorer.selfeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.need.ModelFamily;
import uk.lacexplorer.need.ModelService;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.NeedRequest;
import uk.lacexplorer.need.NeedTables;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.web.WebFixture;

/** The figures beside a round's results are the comparison analytics' own numbers for that authority. */
class RateFiguresTest {
  static Application services;

  @BeforeAll
  static void open() {
    services = WebFixture.services();
  }

  @AfterAll
  static void close() {
    services.close();
  }

  @Test
  void ratesAndNeedAdjustedRatioAreThoseOfTheAnalytics() {
    RateFigures figures = new RateFigures(services::store, services::rates, services::model);
    AuthorityFigures torfaen = figures.forAuthority("W06000020").orElseThrow();
    assertThat(torfaen.nameCy()).isEqualTo("Tor-faen");
    assertThat(torfaen.years()).extracting(AuthorityFigures.YearFigure::yearEnding31March)
        .containsExactly(2019, 2020, 2021, 2022, 2023);
    AuthorityFigures.YearFigure latest = torfaen.years().get(torfaen.years().size() - 1);
    List<RateRow> rows = services.rates().rates(uk.lacexplorer.rates.RatesRequest.of(Nation.WALES, 2023));
    RateRow own = rows.stream().filter(row -> row.areaCode().value().equals("W06000020")).findFirst().orElseThrow();
    assertThat(latest.ratePer10k()).isEqualTo(own.rate());
    assertThat(latest.lower()).isEqualTo(own.lower());
    assertThat(latest.nationRatePer10k()).isEqualTo(rows.stream().filter(RateRow::nation).findFirst().orElseThrow().rate());

    NeedModel model = services.model().run(new uk.lacexplorer.need.ModelRequest(
        NeedRequest.of(NationScope.WALES, 2023, List.of(new uk.lacexplorer.measure.MeasureId(RateFigures.WALES_DEPRIVATION))), ModelFamily.NEGBIN, false, null));
    NeedModel.AreaRatio expected = model.areas().stream()
        .filter(area -> area.authority().code().value().equals("W06000020")).findFirst().orElseThrow();
    assertThat(torfaen.needAdjusted()).isNotNull();
    assertThat(torfaen.needAdjusted().ratio()).isCloseTo(expected.ratio(), within(1e-12));
    assertThat(torfaen.needAdjusted().ratio()).isCloseTo(expected.observed() / expected.expected(), within(1e-9));
  }

  @Test
  void unknownAuthorityHasNoFigures() {
    RateFigures figures = new RateFigures(services::store, services::rates, services::model);
    assertThat(figures.forAuthority("W06000099")).isEmpty();
    assertThat(figures.forAuthority("nonsense")).isEmpty();
  }
}
