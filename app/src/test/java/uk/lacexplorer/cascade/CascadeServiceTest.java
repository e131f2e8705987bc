package uk.lacexplorer.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.compare.TestStore;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.store.Database;

/**
 * The cascade on the shipped dataset, against hand calculation from the values {@code ./lacx data} prints (written out
 * below): Hartlepool and its five need-based neighbours (euclidean on idaci_average_score, as
 * {@code ./lacx neighbours --area Hartlepool --year 2024 --covariates idaci_average_score --skip-missing} gives them),
 * England, year ending 31 March 2024.
 */
class CascadeServiceTest {
  @TempDir
  static Path folder;
  static Application app;
  static CascadeResult hartlepool;

  // ./lacx data --area Hartlepool, 2024
  static final double REFERRALS = 2190, SECTION47 = 913, ICPC = 267, PLANS = 230, STARTED = 125, POPULATION = 20417;
  static final double LOOKED_AFTER = 334, CEASED = 114, SGO = 27, SOCIAL_WORKERS = 144.7;
  // England 2024: referrals 621,880 and section 47 enquiries 224,520 (rounded at source), population_0_17_dfe 11,998,646
  static final double ENGLAND_REFERRALS = 621_880, ENGLAND_SECTION47 = 224_520, ENGLAND_POPULATION = 11_998_646;
  // Neighbours, 2024: North East Lincolnshire, Manchester, Birmingham, Wolverhampton, Islington
  static final double[] N_REFERRALS = {2264, 6525, 18007, 3660, 2210};
  static final double[] N_SECTION47 = {868, 3313, 6120, 1024, 779};
  static final double[] N_SGO = {28, 53, 30, 12, 18};
  static final double[] N_POPULATION = {33257, 129785, 289481, 65371, 35656};

  @BeforeAll
  static void open() {
    app = new Application(new Config(folder, Database.inMemoryUrl("cascade-" + UUID.randomUUID()), null, null,
        DatasetFiles.Location.classpath()));
    hartlepool = app.cascade().run(CascadeRequest.parse("Hartlepool", "2024", null));
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static CascadeFigure figure(String measure, String kind) {
    return hartlepool.figure(measure, kind).orElseThrow();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  @Test
  void neighboursAreTheNeedBasedFive() {
    assertThat(hartlepool.neighbours().stream().map(CascadeResult.Neighbour::name)).containsExactlyInAnyOrder(
        "North East Lincolnshire", "Manchester", "Birmingham", "Wolverhampton", "Islington");
    assertThat(hartlepool.factor()).isEqualTo("idaci_average_score");
  }

  @Test
  void referralRateHasItsExactPoissonIntervalTheNationAndTheNeighbours() {
    CascadeFigure referrals = figure(Stage.REFERRALS, CascadeFigure.RATE);
    assertThat(referrals.value()).isCloseTo(REFERRALS / POPULATION * 10_000, within(1e-9));  // 1,072.6
    // R 4.2: poisson.test(2190)$conf.int = 2099.2295073133, 2283.6856757618
    assertThat(referrals.lower()).isCloseTo(2099.2295073133 / POPULATION * 10_000, within(1e-6));
    assertThat(referrals.upper()).isCloseTo(2283.6856757618 / POPULATION * 10_000, within(1e-6));
    assertThat(referrals.national()).isCloseTo(ENGLAND_REFERRALS / ENGLAND_POPULATION * 10_000, within(1e-9)); // 518.3
    double[] rates = new double[5];
    for (int i = 0; i < 5; i++) rates[i] = N_REFERRALS[i] / N_POPULATION[i] * 10_000;
    // 680.8, 502.8, 622.0, 559.9, 619.8: median Islington's 619.8, range 502.8 to 680.8
    assertThat(referrals.neighboursMedian()).isCloseTo(median(rates), within(1e-9));
    assertThat(referrals.neighboursMin()).isCloseTo(6525 / 129785.0 * 10_000, within(1e-9));
    assertThat(referrals.neighboursMax()).isCloseTo(2264 / 33257.0 * 10_000, within(1e-9));
    assertThat(referrals.ratio()).isCloseTo(referrals.value() / median(rates), within(1e-9));
    assertThat(referrals.position()).isEqualTo("above_998");
  }

  @Test
  void section47PerReferralHasItsWilsonInterval() {
    CascadeFigure conversion = figure(Stage.SECTION47, CascadeFigure.CONVERSION);
    assertThat(conversion.from()).isEqualTo(Stage.REFERRALS);
    double p = SECTION47 / REFERRALS;
    double z = 1.959963984540054;
    double n = REFERRALS;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    assertThat(conversion.value()).isCloseTo(100 * p, within(1e-9));  // 41.7 per 100
    assertThat(conversion.lower()).isCloseTo(100 * (centre - half), within(1e-9));  // 39.6
    assertThat(conversion.upper()).isCloseTo(100 * (centre + half), within(1e-9));  // 43.8
    assertThat(conversion.national()).isCloseTo(100 * ENGLAND_SECTION47 / ENGLAND_REFERRALS, within(1e-9)); // 36.1
    double[] conversions = new double[5];
    for (int i = 0; i < 5; i++) conversions[i] = 100 * N_SECTION47[i] / N_REFERRALS[i];
    assertThat(conversion.neighboursMedian()).isCloseTo(median(conversions), within(1e-9)); // Islington 35.2
    // binomial funnel: se = sqrt(0.361 * 0.639 / 2190) = 0.01027; 41.7 is 5.5 se above 36.1, beyond 3.09
    assertThat(conversion.position()).isEqualTo("above_998");
  }

  @Test
  void everyStageOfTheCascadeHasACountRateAndConversion() {
    double[] counts = {REFERRALS, SECTION47, ICPC, PLANS, STARTED};
    List<String> stages = List.of(Stage.REFERRALS, Stage.SECTION47, Stage.ICPC, Stage.PLANS, Stage.STARTED);
    for (int i = 0; i < stages.size(); i++) {
      CascadeFigure rate = figure(stages.get(i), CascadeFigure.RATE);
      assertThat(rate.count()).as(stages.get(i)).isEqualTo(counts[i]);
      assertThat(rate.lower()).isLessThan(rate.value());
      assertThat(rate.upper()).isGreaterThan(rate.value());
      if (i > 0) {
        assertThat(figure(stages.get(i), CascadeFigure.CONVERSION).value()).isCloseTo(100 * counts[i] / counts[i - 1], within(1e-9));
      }
    }
    assertThat(figure(Stage.LOOKED_AFTER, CascadeFigure.RATE).count()).isEqualTo(LOOKED_AFTER);
    // suppressed at source: no number, never zero
    CascadeFigure home = figure("children_ceased_returned_home", CascadeFigure.RATE);
    assertThat(home.value()).isNull();
    assertThat(home.status()).isEqualTo("suppressed");
  }

  @Test
  void resourcesSitBesideTheStages() {
    assertThat(figure(Stage.WORKERS_PER_10000, CascadeFigure.VALUE).value())
        .isCloseTo(SOCIAL_WORKERS / POPULATION * 10_000, within(1e-9));  // 70.9
    assertThat(figure(Stage.LOOKED_AFTER_PER_WORKER, CascadeFigure.VALUE).value())
        .isCloseTo(LOOKED_AFTER / SOCIAL_WORKERS, within(1e-9));  // 2.3
    assertThat(figure("social_worker_agency_rate", CascadeFigure.VALUE).value()).isEqualTo(2.0);
    assertThat(figure("social_worker_agency_rate", CascadeFigure.VALUE).national()).isEqualTo(16.2);
  }

  /**
   * Spend beside the stages (RO3 2023-24 line C3, children looked after, £26,698 thousand; RSX 2023-24 children's
   * social care £49,635 thousand; England £8,132,662,807.04 and £15,761,771,338.04): per child looked after at 31
   * March 2024, per child of the population the rates use, and the looked-after share of children's social care.
   */
  @Test
  void spendSitsBesideTheStages() {
    CascadeFigure perChild = figure("spend_cla_per_child_looked_after", CascadeFigure.VALUE);
    assertThat(perChild.value()).isCloseTo(26_698_000 / LOOKED_AFTER, within(1e-6));  // £79,934
    assertThat(perChild.neighbours()).isEqualTo(4);  // Birmingham's 2023-24 RO3 and RSX lines are [x]
    assertThat(figure("spend_csc_per_child", CascadeFigure.VALUE).value())
        .isCloseTo(49_635_000 / POPULATION, within(1e-6));  // £2,431
    CascadeFigure share = figure("spend_cla_share_of_csc", CascadeFigure.VALUE);
    assertThat(share.value()).isCloseTo(26_698_000.0 / 49_635_000 * 100, within(1e-9));  // 53.8%
    assertThat(share.national()).isCloseTo(8_132_662_807.04 / 15_761_771_338.04 * 100, within(1e-9));  // 51.6%
    assertThat(share.lower()).isNull();
  }

  /**
   * How placements are made, from DfE's long tables for 2024 (la_cla_during_year_new_placements: 353 new placements,
   * 52 of them outside Hartlepool more than 20 miles from home; la_cla_placement_stability: 79 of the 117 children
   * under 16 looked after for 2.5 years or more with the same carer for 2 years; la_cla_swcount: 52 children with 3
   * or more social workers): each a count per 10,000 and a share of the stage before with its Wilson interval. A share
   * and not the count per 10,000 is what may be named as the widest departure.
   */
  @Test
  void placementsSitBesideTheStagesAsShares() {
    CascadeFigure far = figure("new_placements_outside_over_20_miles", CascadeFigure.CONVERSION);
    assertThat(far.count()).isEqualTo(52.0);
    assertThat(far.base()).isEqualTo(353.0);
    assertThat(far.value()).isCloseTo(52.0 / 353 * 100, within(1e-9));  // 14.7
    // R: prop.test(52, 353, correct = FALSE)$conf.int = 0.1141377834, 0.1880733419
    assertThat(far.lower()).isCloseTo(11.41377834, within(1e-6));
    assertThat(far.upper()).isCloseTo(18.80733419, within(1e-6));
    assertThat(figure("children_long_term_same_carer", CascadeFigure.CONVERSION).value())
        .isCloseTo(79.0 / 117 * 100, within(1e-9));  // 67.5
    assertThat(figure("children_looked_after_3plus_social_workers", CascadeFigure.CONVERSION).value())
        .isCloseTo(52.0 / LOOKED_AFTER * 100, within(1e-9));  // 15.6
    assertThat(figure("new_placements_outside_over_20_miles", CascadeFigure.RATE).speaksForTheSystem()).isFalse();
    assertThat(far.speaksForTheSystem()).isTrue();
  }

  @Test
  void theSentenceNamesTheWidestDepartureWithItsInterval() {
    // Special guardianship orders: 27 of 20,417 = 13.2 per 10,000; neighbours 8.4, 4.1, 1.0, 1.8, 5.0: median 4.1
    // (Manchester); R: poisson.test(27)$conf.int = 17.7931701318, 39.2835824452
    double[] rates = new double[5];
    for (int i = 0; i < 5; i++) rates[i] = N_SGO[i] / N_POPULATION[i] * 10_000;
    double median = median(rates);
    CascadeFigure departure = hartlepool.departure();
    assertThat(departure.stage().measure()).isEqualTo("children_ceased_special_guardianship");
    assertThat(departure.figure()).isEqualTo(CascadeFigure.RATE);
    assertThat(departure.ratio()).isCloseTo(SGO / POPULATION * 10_000 / median, within(1e-9));  // 3.24
    assertThat(departure.ratioLower()).isCloseTo(17.7931701318 / POPULATION * 10_000 / median, within(1e-6)); // 2.13
    assertThat(departure.ratioUpper()).isCloseTo(39.2835824452 / POPULATION * 10_000 / median, within(1e-6)); // 4.71
    // every other figure that may be named has an interval no further from 1
    for (CascadeFigure other : hartlepool.figures()) {
      if (other.speaksForTheSystem()) assertThat(other.departure()).isLessThanOrEqualTo(departure.departure());
    }
    assertThat(CascadeText.summary(uk.lacexplorer.i18n.Lang.EN, hartlepool))
        .contains("3.24 times the neighbours' median").contains("95% CI 2.13 to 4.71");
    assertThat(CascadeText.summary(uk.lacexplorer.i18n.Lang.CY, hartlepool))
        .contains("3.24 gwaith canolrif y cymdogion").contains("2.13 i 4.71");
  }

  @Test
  void aWelshAuthorityShowsTheStagesNotHeldAsNotInTheLoadedData() {
    CascadeResult cardiff = app.cascade().run(CascadeRequest.parse("Cardiff", null, null));
    assertThat(cardiff.year()).isEqualTo(2018);
    CascadeFigure referrals = cardiff.figure(Stage.REFERRALS, CascadeFigure.RATE).orElseThrow();
    assertThat(referrals.value()).isNull();
    assertThat(referrals.count()).isNull();
    assertThat(referrals.status()).isEqualTo("not_in_loaded_data");
    assertThat(cardiff.figure(Stage.LOOKED_AFTER, CascadeFigure.RATE).orElseThrow().value()).isPositive();
    Output output = CascadeTable.output(cardiff);
    int status = output.columnNames().indexOf("status");
    assertThat(output.rows().get(0).get(status)).isEqualTo("not in the loaded data");
  }

  @Test
  void mistakesAreOneLine() {
    assertThatThrownBy(() -> CascadeRequest.parse(" ", "2024", null)).isInstanceOf(UserError.class);
    assertThatThrownBy(() -> CascadeRequest.parse("Hartlepool", "1066", null)).isInstanceOf(UserError.class);
    assertThatThrownBy(() -> app.cascade().run(CascadeRequest.parse("England", "2024", null)))
        .isInstanceOf(UserError.class).hasMessageContaining("not a local authority");
    assertThatThrownBy(() -> app.cascade().run(CascadeRequest.parse("Hartlepool", "2030", null)))
        .isInstanceOf(UserError.class).hasMessageContaining("2010").hasMessageContaining("2025");
  }

  @Test
  void theCommandPrintsTheMappersRows() {
    TestStore.Run run = TestStore.run(app, "cascade", "--area", "Hartlepool", "--year", "2024", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("rows").size()).isEqualTo(hartlepool.figures().size());
    assertThat(json.get("rows").get(0).get("value").asDouble()).isCloseTo(1072.6356, within(1e-4));
    assertThat(json.get("summary_cy").asString()).startsWith("Lle mae Hartlepool");
    TestStore.Run csv = TestStore.run(app, "cascade", "--area", "Hartlepool", "--year", "2024", "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("stage,figure,from_stage,count,count_flag,base,value,ci95_lower");
  }
}
