package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.stats.funnel.FunnelOptions;

/**
 * {@code ./lacx model --nation both --select} on the shipped dataset (2018, the five harmonised default factors, 31
 * sets) against R: every set's AIC from {@code MASS::glm.nb}, its largest VIF ({@code diag(solve(cor(X)))}) and, for
 * the set best by AIC, the leave-one-out deviance −2 Σ log dnbinom(yᵢ, μ₍₋ᵢ₎, θ), by
 * {@code src/test/resources/need/model_selection.R} when Rscript is installed, else the values it gave, written out.
 */
class ModelSelectionAgainstRTest {
  @RegisterExtension
  static final ShippedNeedTables SHIPPED = new ShippedNeedTables();

  @TempDir
  Path temp;

  @Test
  void aicVifAndLeaveOneOutDevianceAgreeWithR() throws Exception {
    SelectionResult result = new ModelSelection(SHIPPED.tables()).run(new ModelRequest(NeedRequest.of(NationScope.BOTH, 2018,
        List.of()), ModelFamily.NEGBIN, false, FunnelOptions.defaults(), false));
    assertThat(result.candidates()).hasSize(31);
    Map<String, double[]> r = JointModelAgainstRTest.rscript() ? fromR(result.table()) : FALLBACK;
    for (SelectionResult.Candidate c : result.candidates()) {
      double[] expected = r.get(String.join(" + ", c.factors()));
      if (expected == null) continue; // the fallback holds the best sets only
      assertThat(c.aic()).as("AIC " + c.factors()).isCloseTo(expected[0], within(1e-3));
      assertThat(c.maxVif()).as("VIF " + c.factors()).isCloseTo(expected[1], within(1e-6));
    }
    SelectionResult.Candidate best = result.candidates().get(0);
    assertThat(best.looDeviance()).isCloseTo(r.get(String.join(" + ", best.factors()))[2], within(1e-3));
    // Candidates are ranked by AIC; the leave-one-out deviance is worked out for the best eight only.
    assertThat(result.candidates().get(1).aic()).isGreaterThan(best.aic());
    assertThat(result.candidates().stream().filter(c -> Double.isFinite(c.looDeviance())).count()).isEqualTo(ModelSelection.LOO_SETS);
  }

  @Test
  void aFactorWhoseIntervalIncludesZeroIsSaidToBeIndistinguishableFromNone() {
    SelectionResult result = new ModelSelection(SHIPPED.tables()).run(new ModelRequest(NeedRequest.of(NationScope.BOTH, 2018,
        List.of()), ModelFamily.NEGBIN, false, FunnelOptions.defaults(), false));
    for (SelectionResult.Candidate c : result.candidates()) {
      for (var coefficient : c.coefficients()) {
        boolean includesZero = coefficient.ci95Lower() <= 0 && coefficient.ci95Upper() >= 0;
        if (coefficient.name().equals("(Intercept)")) continue;
        assertThat(c.notDistinguishable().contains(coefficient.name())).as(coefficient.name()).isEqualTo(includesZero);
      }
    }
  }

  private Map<String, double[]> fromR(NeedTable table) throws Exception {
    Path data = temp.resolve("select.csv");
    Path out = temp.resolve("r.csv");
    StringBuilder csv = new StringBuilder("area_code,count,population," + String.join(",", table.covariates()) + ",wales\n");
    for (AuthorityNeed row : table.rows()) {
      csv.append(row.code().value()).append(',').append(row.count()).append(',').append(row.population());
      for (double value : row.covariates()) csv.append(',').append(value);
      csv.append(',').append(row.nation() == Nation.WALES ? 1 : 0).append('\n');
    }
    Files.writeString(data, csv.toString(), StandardCharsets.UTF_8);
    Path script = Path.of(ModelSelectionAgainstRTest.class.getResource("/need/model_selection.R").toURI());
    Process process = new ProcessBuilder("Rscript", script.toString(), data.toString(), out.toString())
        .redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(log).isZero();
    Map<String, double[]> values = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(out);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      values.put(f[0].replace("\"", ""), new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
          f[3].equals("NA") ? Double.NaN : Double.parseDouble(f[3])});
    }
    return values;
  }

  /** What model_selection.R gave for the best sets (AIC, largest VIF, leave-one-out deviance); used without Rscript. */
  private static final Map<String, double[]> FALLBACK = fallback();

  private static Map<String, double[]> fallback() {
    Map<String, double[]> values = new LinkedHashMap<>();
    values.put("children_low_income_pct + households_deprived_2_dimensions_pct + children_aged_16_17_pct + household_size_mean + population_density_per_km2", new double[] {2010.91489460187, 3.38948334876311, 2009.72784847281});
    values.put("children_low_income_pct + households_deprived_2_dimensions_pct + children_aged_16_17_pct + household_size_mean", new double[] {2014.22125114945, 3.38724045411973, Double.NaN});
    values.put("children_low_income_pct + households_deprived_2_dimensions_pct + household_size_mean", new double[] {2017.77687678678, 3.36348997448685, Double.NaN});
    values.put("households_deprived_2_dimensions_pct + children_aged_16_17_pct + household_size_mean + population_density_per_km2", new double[] {2018.79475077221, 1.47796608541581, Double.NaN});
    return values;
  }
}
