package uk.lacexplorer.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.AuthorityCount;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.CountTable;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.rates.Denominator;

/** Conversions on invented counts: the pooled target, the binomial position, and a count above the stage before. */
class ConversionTest {
  static final AreaCode A = AreaCode.parse("E06000001");
  static final AreaCode B = AreaCode.parse("E06000002");
  static final AreaCode C = AreaCode.parse("E06000003");

  private static StageCounts counts(String measure, double a, double b, double c) {
    List<AuthorityCount> authorities = List.of(authority(A, a), authority(B, b), authority(C, c));
    return new StageCounts(new CountTable(CountRequest.of(List.of(Nation.ENGLAND), 2024),
        MeasureCatalogue.standard().get(measure), authorities, List.of(), List.of()), Nation.ENGLAND);
  }

  private static AuthorityCount authority(AreaCode code, double count) {
    Area area = new Area(code, code.value(), code.value(), Nation.ENGLAND, AreaType.LOCAL_AUTHORITY, null, null,
        List.of(), null);
    return new AuthorityCount(area, count, Set.of(), new Denominator(10_000.0, 2024, "population_0_17_dfe", false, "same year"));
  }

  @Test
  void positionIsAgainstThePooledProportionOfTheOthers() {
    StageCounts plans = counts(Stage.PLANS, 230, 180, 300);
    StageCounts conferences = counts(Stage.ICPC, 267, 400, 400);
    // pooled (230 + 180 + 300) / (267 + 400 + 400) = 710 / 1067 = 0.66542
    assertThat(plans.pooledConversion(conferences)).isCloseTo(710.0 / 1067, within(1e-12));
    CascadeFigure a = CascadeService.conversion(new Stage(Stage.PLANS, Stage.Kind.FLOW, Stage.ICPC), A, plans, conferences,
        List.of(B, C));
    assertThat(a.value()).isCloseTo(100 * 230 / 267.0, within(1e-9));
    // se at n = 267: sqrt(0.66542 * 0.33458 / 267) = 0.028876; 86.1% is (0.86142 - 0.66542) / 0.028876 = 6.8 se above
    assertThat(a.position()).isEqualTo("above_998");
    // neighbours' conversions 45 and 75 per 100: median 60
    assertThat(a.neighboursMedian()).isCloseTo(60, within(1e-9));
  }

  @Test
  void aCountAboveTheStageBeforeHasNoInterval() {
    StageCounts started = counts(Stage.STARTED, 125, 90, 300);
    StageCounts plans = counts(Stage.PLANS, 230, 180, 250);
    CascadeFigure c = CascadeService.conversion(new Stage(Stage.STARTED, Stage.Kind.FLOW, Stage.PLANS), C, started, plans,
        List.of(A, B));
    assertThat(c.value()).isCloseTo(120, within(1e-9));
    assertThat(c.lower()).isNull();
    assertThat(c.status()).isEqualTo("not_a_subset");
    // the pooled target leaves it out: (125 + 90) / (230 + 180)
    assertThat(started.pooledConversion(plans)).isCloseTo(215.0 / 410, within(1e-12));
  }
}
