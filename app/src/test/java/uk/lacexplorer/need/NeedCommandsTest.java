package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.application.Application;

/**
 * The need commands on the Wales 2012-like table. Expected numbers are R's, from
 * stats/src/test/resources/reference/need_reference.R (need_models.csv) on the same table.
 */
class NeedCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir
  Path folder;
  Application services;

  @BeforeEach
  void open() {
    services = NeedFixture.services(folder);
  }

  @AfterEach
  void close() {
    services.close();
  }

  private NeedFixture.Run run(String... args) {
    return NeedFixture.run(services, args);
  }

  private JsonNode json(String... args) {
    NeedFixture.Run run = run(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void poissonModelJsonMatchesRAndHasTheDocumentedShape() {
    JsonNode model = json("model", "--nation", "wales", "--year", "2012", "--covariates", NeedFixture.WIMD,
        "--family", "poisson", "--overdispersion", "none", "--format", "json");
    assertThat(model.propertyNames()).startsWith("family", "n", "theta", "coefficients", "deviance_explained", "aic", "areas");
    assertThat(model.get("family").asString()).isEqualTo("poisson");
    assertThat(model.get("n").asInt()).isEqualTo(22);
    assertThat(model.get("theta").isNull()).isTrue();
    JsonNode slope = model.get("coefficients").get(1);
    assertThat(slope.propertyNames()).containsExactly("name", "estimate", "se", "ci95_lower", "ci95_upper", "p");
    assertThat(slope.get("name").asString()).isEqualTo(NeedFixture.WIMD);
    assertThat(slope.get("estimate").asDouble()).isCloseTo(0.013877195465888266, within(1e-9));
    assertThat(slope.get("se").asDouble()).isCloseTo(0.00088565040561063317, within(1e-10));
    assertThat(model.get("deviance_explained").asDouble()).isCloseTo(1 - 348.28026672842367 / 592.09332243461813, within(1e-9));
    assertThat(model.get("aic").asDouble()).isCloseTo(511.53664935816988, within(1e-6));
    JsonNode area = model.get("areas").get(0);
    assertThat(area.propertyNames()).containsExactly("area_code", "area_name", "count", "expected", "ratio",
        "ratio_ci95_lower", "ratio_ci95_upper", "position");
    JsonNode torfaen = area(model, "W06000020");
    assertThat(torfaen.get("expected").asDouble()).isCloseTo(187.5910, within(1e-4));
    // 300 against 187.6 expected: far above the 99.8% limit of the Poisson funnel of ratios (centred on exactly 1).
    assertThat(torfaen.get("position").asString()).isEqualTo("above_998");
    assertThat(model.get("funnel").asString()).contains("target ratio of 1").contains("overall observed/expected 1.0000");
    for (JsonNode each : model.get("areas")) {
      assertThat(each.get("position").asString()).isIn("above_998", "above_95", "within", "below_95", "below_998");
    }
  }

  @Test
  void overdispersedFunnelOfRatiosHasFewerOutliers() {
    JsonNode plain = json("model", "--nation", "wales", "--year", "2012", "--covariates", NeedFixture.WIMD,
        "--family", "poisson", "--overdispersion", "none", "--format", "json");
    JsonNode adjusted = json("model", "--nation", "wales", "--year", "2012", "--covariates", NeedFixture.WIMD,
        "--family", "poisson", "--overdispersion", "multiplicative", "--format", "json");
    assertThat(outliers(adjusted)).isLessThan(outliers(plain));
  }

  private static long outliers(JsonNode model) {
    long count = 0;
    for (JsonNode area : model.get("areas")) if (!area.get("position").asString().equals("within")) count++;
    return count;
  }

  @Test
  void negativeBinomialModelGivesThetaAndDeprivationRaisesTheRate() {
    JsonNode model = json("model", "--nation", "wales", "--year", "2012", "--covariates", NeedFixture.WIMD,
        "--family", "negbin", "--format", "json");
    assertThat(model.get("theta").asDouble()).isCloseTo(17.952660529851158, within(1e-5));
    assertThat(model.get("coefficients").get(1).get("estimate").asDouble()).isPositive()
        .isCloseTo(0.013923414489964229, within(1e-9));
    // Torfaen above its expectation, Newport below (as the research found for Wales 2012).
    assertThat(area(model, "W06000020").get("ratio").asDouble()).isGreaterThan(1);
    assertThat(area(model, "W06000022").get("ratio").asDouble()).isLessThan(1);
  }

  @Test
  void leaveOneOutExpectationsMatchR() {
    JsonNode model = json("model", "--nation", "wales", "--year", "2012", "--covariates", NeedFixture.WIMD,
        "--family", "poisson", "--leave-one-out", "--format", "json");
    assertThat(model.get("expectations").asString()).isEqualTo("leave_one_out");
    assertThat(area(model, "W06000020").get("expected").asDouble()).isCloseTo(183.7180, within(1e-4));
    assertThat(area(model, "W06000022").get("expected").asDouble()).isCloseTo(356.2454, within(1e-4));
  }

  @Test
  void modelTableListsCoefficientsAndVifs() {
    NeedFixture.Run run = run("model", "--nation", "wales", "--year", "2012", "--covariates",
        NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Torfaen").contains("(Intercept)").contains(NeedFixture.LONE_PARENT)
        .contains("Deviance explained").contains("theta");
  }

  @Test
  void modelCsvHasOneRowPerAuthority() {
    NeedFixture.Run run = run("model", "--nation", "wales", "--year", "2012", "--covariates", NeedFixture.WIMD, "--format", "csv");
    String[] lines = run.out().split("\r\n");
    assertThat(lines[0]).isEqualTo("area_code,area_name,count,expected,ratio,ratio_ci95_lower,ratio_ci95_upper,position");
    assertThat(lines).hasSize(23);
  }

  @Test
  void scatterMatchesLmAndBptest() {
    JsonNode scatter = json("scatter", "--x", NeedFixture.WIMD, "--year", "2012", "--format", "json");
    assertThat(scatter.get("slope").get("estimate").asDouble()).isCloseTo(1.2435286766730353, within(1e-9));
    assertThat(scatter.get("intercept").get("estimate").asDouble()).isCloseTo(54.307386595465182, within(1e-8));
    assertThat(scatter.get("r_squared").asDouble()).isCloseTo(0.42352465748193763, within(1e-10));
    assertThat(scatter.get("breusch_pagan").get("statistic").asDouble()).isCloseTo(4.3774154933517631, within(1e-8));
    assertThat(scatter.get("breusch_pagan").get("p").asDouble()).isCloseTo(0.036418178545218935, within(1e-9));
    assertThat(scatter.get("points")).hasSize(22);
  }

  @Test
  void neighboursCsvIsNearestFirstWithTheDocumentedColumns() {
    NeedFixture.Run run = run("neighbours", "--area", "Torfaen", "--k", "5", "--covariates",
        NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT, "--year", "2012", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().split("\r\n");
    assertThat(lines[0]).isEqualTo("area_code,area_name,distance,rate_per_10000");
    assertThat(lines).hasSize(6);
    double previous = 0;
    for (int i = 1; i < lines.length; i++) {
      double distance = Double.parseDouble(lines[i].split(",")[2]);
      assertThat(distance).isGreaterThanOrEqualTo(previous);
      previous = distance;
      assertThat(lines[i]).doesNotStartWith("W06000020");
    }
  }

  @Test
  void neighboursJsonSummarisesAgainstTheMedianAndSensitivityVariesTheSet() {
    JsonNode set = json("neighbours", "--area", "W06000020", "--covariates", NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT,
        "--year", "2012", "--format", "json");
    assertThat(set.get("neighbours")).hasSize(5);
    assertThat(set.get("summary").get("median").asDouble()).isPositive();
    JsonNode sensitivity = json("neighbours", "--area", "Torfaen", "--covariates", NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT,
        "--year", "2012", "--sensitivity", "--format", "json");
    // As asked, without each of the 2 covariates, k = 3, k = 7, Mahalanobis.
    assertThat(sensitivity).hasSize(6);
    assertThat(sensitivity.get(1).get("variant").asString()).isEqualTo("without " + NeedFixture.WIMD);
  }

  @Test
  void pairsAreRankedByQAndDifferBeyondChance() {
    NeedFixture.Run run = run("pairs", "--nation", "wales", "--year", "2012", "--covariates", NeedFixture.WIMD, "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().split("\r\n");
    assertThat(lines[0]).isEqualTo("higher_code,higher_name,lower_code,lower_name,need_distance,higher_rate,lower_rate,"
        + "rate_ratio,ratio_ci95_lower,ratio_ci95_upper,p,q,differs");
    assertThat(lines.length).isGreaterThan(1);
    double previousQ = 0;
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",");
      double q = Double.parseDouble(cells[11]);
      assertThat(q).isLessThanOrEqualTo(0.05).isGreaterThanOrEqualTo(previousQ);
      previousQ = q;
      assertThat(cells[12]).isEqualTo("true");
    }
  }

  @Test
  void clustersGiveEveryAuthorityAKMeansAndAWardCluster() {
    JsonNode clusters = json("clusters", "--nation", "wales", "--year", "2012", "--covariates",
        NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT, "--format", "json");
    assertThat(clusters.get("areas")).hasSize(22);
    int k = clusters.get("kmeans").get("k").asInt();
    assertThat(k).isBetween(2, 8);
    int members = 0;
    for (JsonNode cluster : clusters.get("kmeans").get("clusters")) members += cluster.get("size").asInt();
    assertThat(members).isEqualTo(22);
    JsonNode fixed = json("clusters", "--year", "2012", "--covariates", NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT,
        "--k", "3", "--format", "json");
    assertThat(fixed.get("ward").get("clusters")).hasSize(3);
  }

  @Test
  void explainedVarianceSeriesHasTheYear() {
    NeedFixture.Run run = run("explained", "--nation", "wales", "--covariates", NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT,
        "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().split("\r\n");
    assertThat(lines).hasSize(2);
    String[] cells = lines[1].split(",");
    assertThat(cells[0]).isEqualTo("wales");
    assertThat(cells[1]).isEqualTo("2012");
    // Deprivation alone: R's 1 - 348.28027 / 592.09332 = 0.411788.
    assertThat(Double.parseDouble(cells[4])).isCloseTo(1 - 348.28026672842367 / 592.09332243461813, within(1e-6));
    assertThat(Double.parseDouble(cells[5])).isGreaterThanOrEqualTo(Double.parseDouble(cells[4]));
  }

  private static JsonNode area(JsonNode model, String code) {
    for (JsonNode area : model.get("areas")) if (area.get("area_code").asString().equals(code)) return area;
    throw new AssertionError("no area " + code);
  }
}
