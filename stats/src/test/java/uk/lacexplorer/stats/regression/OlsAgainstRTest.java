package uk.lacexplorer.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.reference.Close;
import uk.lacexplorer.stats.reference.ReferenceTable;
import uk.lacexplorer.stats.reference.Wales2012;

/** Rate per 10,000 against the WIMD 30% share: lm, rstandard, rstudent, hatvalues, bptest in R. */
class OlsAgainstRTest {
  private static final ReferenceTable R = ReferenceTable.read("need_models.csv");
  private static final Design DESIGN = Wales2012.design(List.of("wimd30"));
  private static final OlsFit FIT = Ols.fit(DESIGN, Wales2012.ratePer10000());

  @Test
  void coefficientsAndTestsMatchLm() {
    for (Coefficient c : FIT.coefficients()) {
      Close.relative("estimate " + c.name(), c.estimate(), R.value("ols", "estimate", c.name()));
      Close.relative("se " + c.name(), c.se(), R.value("ols", "se", c.name()));
      Close.relative("t " + c.name(), c.statistic(), R.value("ols", "t", c.name()));
      Close.relative("p " + c.name(), c.p(), R.value("ols", "p", c.name()));
    }
    Close.relative("r2", FIT.rSquared(), R.value("ols", "r_squared", ""));
    Close.relative("adj r2", FIT.adjustedRSquared(), R.value("ols", "adj_r_squared", ""));
    Close.relative("sigma", FIT.sigma(), R.value("ols", "sigma", ""));
    Close.relative("F p", FIT.fTestP(), R.value("ols", "f_p", ""));
    assertThat(FIT.dfResidual()).isEqualTo(20);
  }

  @Test
  void residualsLeverageAndStudentisedResidualsMatchR() {
    List<String> codes = Wales2012.codes();
    Map<String, Double> residual = R.values("ols", "residual");
    Map<String, Double> rstandard = R.values("ols", "rstandard");
    Map<String, Double> rstudent = R.values("ols", "rstudent");
    Map<String, Double> hat = R.values("ols", "hat");
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      Close.relative("residual " + code, FIT.residuals()[i], residual.get(code));
      Close.relative("rstandard " + code, FIT.standardisedResiduals()[i], rstandard.get(code));
      Close.relative("rstudent " + code, FIT.studentisedResiduals()[i], rstudent.get(code));
      Close.relative("hat " + code, FIT.leverage()[i], hat.get(code));
    }
  }

  @Test
  void multipleRegressionMatchesLm() {
    OlsFit full = Ols.fit(Wales2012.design(Wales2012.ALL_COVARIATES), Wales2012.ratePer10000());
    for (Coefficient c : full.coefficients()) {
      Close.relative("estimate " + c.name(), c.estimate(), R.value("ols_full", "estimate", c.name()));
      Close.relative("se " + c.name(), c.se(), R.value("ols_full", "se", c.name()));
    }
    Close.relative("r2", full.rSquared(), R.value("ols_full", "r_squared", ""));
  }

  @Test
  void rejectsCollinearCovariates() {
    double[][] x = {{1, 2}, {2, 4}, {3, 6}, {4, 8}};
    Design design = Design.withIntercept(List.of("a", "twice_a"), x);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ols.fit(design, new double[] {1, 2, 3, 5}))
        .hasMessageContaining("twice_a").hasMessageContaining("collinear");
  }
}
