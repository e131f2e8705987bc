package uk.lacexplorer.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.reference.Close;
import uk.lacexplorer.stats.reference.ReferenceTable;
import uk.lacexplorer.stats.reference.Wales2012;

class BreuschPaganTest {
  private static final ReferenceTable R = ReferenceTable.read("need_models.csv");

  @Test
  void studentisedStatisticMatchesBptestDefault() {
    Design design = Wales2012.design(List.of("wimd30"));
    BreuschPagan.Result result = BreuschPagan.studentised(design, Ols.fit(design, Wales2012.ratePer10000()).residuals());
    Close.relative("BP", result.statistic(), R.value("ols", "bp_statistic", ""));
    Close.relative("BP p", result.p(), R.value("ols", "bp_p", ""));
    assertThat(result.df()).isEqualTo(1);
  }

  @Test
  void originalStatisticMatchesBptestWithoutStudentising() {
    Design design = Wales2012.design(List.of("wimd30"));
    BreuschPagan.Result result = BreuschPagan.original(design, Ols.fit(design, Wales2012.ratePer10000()).residuals());
    Close.relative("BP", result.statistic(), R.value("ols", "bp_plain_statistic", ""));
    Close.relative("BP p", result.p(), R.value("ols", "bp_plain_p", ""));
  }

  @Test
  void fourRegressorsGiveFourDegreesOfFreedom() {
    Design design = Wales2012.design(Wales2012.ALL_COVARIATES);
    BreuschPagan.Result result = BreuschPagan.studentised(design, Ols.fit(design, Wales2012.ratePer10000()).residuals());
    Close.relative("BP", result.statistic(), R.value("ols_full", "bp_statistic", ""));
    Close.relative("BP p", result.p(), R.value("ols_full", "bp_p", ""));
    assertThat(result.df()).isEqualTo(4);
  }

  @Test
  void spreadGrowingWithXIsDetected() {
    // Hand-made: residual size proportional to x, alternating signs, so the squared residuals rise with x.
    int n = 40;
    double[][] x = new double[n][1];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = i + 1;
      y[i] = 2 + 0.5 * (i + 1) + (i % 2 == 0 ? 1 : -1) * 0.3 * (i + 1);
    }
    Design design = Design.withIntercept(List.of("x"), x);
    assertThat(BreuschPagan.studentised(design, Ols.fit(design, y).residuals()).p()).isLessThan(0.01);
  }
}
