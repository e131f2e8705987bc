package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.regression.Coefficient;
import uk.lacexplorer.stats.regression.Design;

/**
 * The model across both nations on the shipped dataset (2018, the harmonised default factors, 170 authorities)
 * against R: {@code glm(family = poisson)} and {@code MASS::glm.nb} on the same data, written out by this test and
 * fitted by {@code src/test/resources/need/joint_model.R} when Rscript is installed; otherwise against the values that
 * script gave (R 4.2, MASS 7.3), written out below.
 */
class JointModelAgainstRTest {
  @RegisterExtension
  static final ShippedNeedTables SHIPPED = new ShippedNeedTables();

  @TempDir
  Path temp;

  static NeedModel joint(ModelFamily family, boolean interactions) {
    return new ModelService(SHIPPED.tables()).run(new ModelRequest(HarmonisedFactors.orDefault(
        NeedRequest.of(NationScope.BOTH, 2018, List.of())), family, false, FunnelOptions.defaults(), interactions));
  }

  @Test
  void coefficientsAgreeWithGlmAndGlmNb() throws Exception {
    NeedModel nb = joint(ModelFamily.NEGBIN, false);
    NeedModel poisson = joint(ModelFamily.POISSON, false);
    assertThat(nb.table().size()).isEqualTo(170);
    Map<String, double[]> r = reference(JointTerms.design(nb.table(), false), nb.table(), FALLBACK);
    for (NeedModel model : List.of(nb, poisson)) {
      for (Coefficient c : model.coefficients()) {
        double[] expected = r.get(model.family().id() + "/" + c.name());
        assertThat(expected).as(c.name()).isNotNull();
        assertThat(c.estimate()).as(model.family().id() + " " + c.name()).isCloseTo(expected[0], within(1e-5 * Math.max(1, Math.abs(expected[0]))));
        assertThat(c.se()).as(model.family().id() + " se " + c.name()).isCloseTo(expected[1], within(1e-4 * expected[1]));
      }
      assertThat(model.aic()).isCloseTo(r.get(model.family().id() + "/aic")[0], within(1e-3));
    }
    assertThat(nb.theta()).isCloseTo(r.get("negbin/theta")[0], within(1e-4 * nb.theta()));
    assertThat(nb.thetaSe()).isCloseTo(r.get("negbin/theta")[1], within(1e-3 * nb.thetaSe()));
    for (var vif : nb.vifs().entrySet()) {
      assertThat(vif.getValue()).as("VIF " + vif.getKey()).isCloseTo(r.get("vif/" + vif.getKey())[0], within(1e-6));
    }
    // The answer: the nation term as a rate ratio exp(beta) with exp of its Wald interval.
    NationEffect effect = nb.nation();
    double[] wales = r.get("negbin/wales");
    assertThat(effect.ratio()).isCloseTo(Math.exp(wales[0]), within(1e-5));
    assertThat(effect.lower()).isCloseTo(Math.exp(wales[0] - 1.959964 * wales[1]), within(1e-4));
    assertThat(effect.welsh()).isEqualTo(22);
    assertThat(effect.english()).isEqualTo(148);
  }

  @Test
  void interactionsCentreTheFactorsSoTheNationTermIsTheDifferenceAtAverageNeed() throws Exception {
    NeedModel nb = joint(ModelFamily.NEGBIN, true);
    Design design = JointTerms.design(nb.table(), true);
    assertThat(design.names()).contains("wales:children_low_income_pct", "wales:household_size_mean");
    double mean = 0;
    for (int i = 0; i < design.observations(); i++) mean += design.get(i, 1) / design.observations();
    assertThat(mean).isCloseTo(0, within(1e-9));
    Map<String, double[]> r = reference(design, nb.table(), null);
    if (r == null) return; // no Rscript: the written-out check above covers the fit
    for (Coefficient c : nb.coefficients()) {
      double[] expected = r.get("negbin/" + c.name());
      assertThat(c.estimate()).as(c.name()).isCloseTo(expected[0], within(1e-5 * Math.max(1, Math.abs(expected[0]))));
    }
  }

  /** R's answers for this design: by Rscript when installed, otherwise {@code fallback} (null: none). */
  private Map<String, double[]> reference(Design design, NeedTable table, Map<String, double[]> fallback) throws Exception {
    if (!rscript()) return fallback;
    Path data = temp.resolve("joint.csv");
    Path out = temp.resolve("r.csv");
    StringBuilder csv = new StringBuilder("area_code,count,population");
    for (int j = 1; j < design.terms(); j++) csv.append(',').append(design.names().get(j));
    csv.append('\n');
    for (int i = 0; i < table.size(); i++) {
      AuthorityNeed row = table.rows().get(i);
      csv.append(row.code().value()).append(',').append(row.count()).append(',').append(row.population());
      for (int j = 1; j < design.terms(); j++) csv.append(',').append(design.get(i, j));
      csv.append('\n');
    }
    Files.writeString(data, csv.toString(), StandardCharsets.UTF_8);
    Path script = Path.of(JointModelAgainstRTest.class.getResource("/need/joint_model.R").toURI());
    Process process = new ProcessBuilder("Rscript", script.toString(), data.toString(), out.toString())
        .redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(log).isZero();
    Map<String, double[]> values = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(out);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.replace("\"", "").split(",");
      values.put(f[0] + "/" + f[1], new double[] {Double.parseDouble(f[2]), f[3].equals("NA") ? Double.NaN : Double.parseDouble(f[3])});
    }
    return values;
  }

  static boolean rscript() {
    try {
      Process process = new ProcessBuilder("Rscript", "-e", "suppressMessages(library(MASS))").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** What joint_model.R gave on this data (printed with print(..., digits = 12)); used only without Rscript. */
  private static final Map<String, double[]> FALLBACK = fallback();

  private static Map<String, double[]> fallback() {
    Map<String, double[]> values = new LinkedHashMap<>();
    values.put("poisson/(Intercept)", new double[] {-2.14005507199054, 0.114430480869406});
    values.put("poisson/children_low_income_pct", new double[] {0.0160210162785431, 0.000869235322350757});
    values.put("poisson/households_deprived_2_dimensions_pct", new double[] {0.0645048527431178, 0.00276857190279523});
    values.put("poisson/children_aged_16_17_pct", new double[] {-0.139016265231776, 0.00738904137751511});
    values.put("poisson/household_size_mean", new double[] {-1.1573990227768, 0.0249678721114626});
    values.put("poisson/population_density_per_km2", new double[] {-1.00045342226706e-05, 1.66121338213474e-06});
    values.put("poisson/wales", new double[] {0.279739422157368, 0.0143611909366976});
    values.put("poisson/aic", new double[] {5183.35594378937, Double.NaN});
    values.put("negbin/(Intercept)", new double[] {-2.69596872296322, 0.473809028181183});
    values.put("negbin/children_low_income_pct", new double[] {0.0133477740299752, 0.00417902476234356});
    values.put("negbin/households_deprived_2_dimensions_pct", new double[] {0.0735698327211085, 0.0123110360990106});
    values.put("negbin/children_aged_16_17_pct", new double[] {-0.0965900655440439, 0.0298055468091465});
    values.put("negbin/household_size_mean", new double[] {-1.10613654479426, 0.105851121514372});
    values.put("negbin/population_density_per_km2", new double[] {-1.73642975402284e-05, 7.1488263005769e-06});
    values.put("negbin/wales", new double[] {0.174678443583335, 0.0582752316526872});
    values.put("negbin/theta", new double[] {21.1454800798315, 2.44838606276354});
    values.put("negbin/aic", new double[] {2010.91489460187, Double.NaN});
    values.put("vif/children_low_income_pct", new double[] {3.30224588165047, Double.NaN});
    values.put("vif/households_deprived_2_dimensions_pct", new double[] {3.38948334876311, Double.NaN});
    values.put("vif/children_aged_16_17_pct", new double[] {1.44529619906047, Double.NaN});
    values.put("vif/household_size_mean", new double[] {1.18749740357473, Double.NaN});
    values.put("vif/population_density_per_km2", new double[] {1.49358932843538, Double.NaN});
    values.put("vif/wales", new double[] {1.26481214657709, Double.NaN});
    return values;
  }
}
