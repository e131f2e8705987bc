package uk.lacexplorer.stats.glm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lacexplorer.stats.reference.Close;
import uk.lacexplorer.stats.reference.ReferenceTable;
import uk.lacexplorer.stats.reference.Wales2012;
import uk.lacexplorer.stats.regression.Coefficient;

/** Poisson and NB2 fits on the Wales 2012-like table against R glm / MASS::glm.nb (need_reference.R). */
class GlmAgainstRTest {
  private static final ReferenceTable R = ReferenceTable.read("need_models.csv");

  private static List<String> covariates(String which) {
    return which.equals("wimd") ? List.of("wimd30") : Wales2012.ALL_COVARIATES;
  }

  private static GlmFit fit(String family, String which) {
    return Glm.fit(Wales2012.design(covariates(which)), Wales2012.counts(), Wales2012.logPopulation(),
        family.equals("poisson") ? Family.POISSON : Family.NEGATIVE_BINOMIAL);
  }

  @ParameterizedTest
  @CsvSource({"poisson,wimd", "poisson,full", "negbin,wimd", "negbin,full"})
  void coefficientsStandardErrorsAndIntervalsMatchR(String family, String which) {
    String model = family + "_" + which;
    GlmFit fit = fit(family, which);
    assertThat(fit.coefficients()).hasSize(covariates(which).size() + 1);
    for (Coefficient c : fit.coefficients()) {
      Close.relative(model + " estimate " + c.name(), c.estimate(), R.value(model, "estimate", c.name()));
      Close.relative(model + " se " + c.name(), c.se(), R.value(model, "se", c.name()));
      Close.relative(model + " z " + c.name(), c.statistic(), R.value(model, "z", c.name()));
      Close.relative(model + " p " + c.name(), c.p(), R.value(model, "p", c.name()), 1e-5);
      Close.relative(model + " lower " + c.name(), c.ci95Lower(), R.value(model, "ci95_lower", c.name()));
      Close.relative(model + " upper " + c.name(), c.ci95Upper(), R.value(model, "ci95_upper", c.name()));
    }
  }

  @ParameterizedTest
  @CsvSource({"poisson,wimd", "poisson,full", "negbin,wimd", "negbin,full"})
  void devianceNullDevianceAicAndFittedMatchR(String family, String which) {
    String model = family + "_" + which;
    GlmFit fit = fit(family, which);
    Close.relative(model + " deviance", fit.deviance(), R.value(model, "deviance", ""));
    Close.relative(model + " null deviance", fit.nullDeviance(), R.value(model, "null_deviance", ""));
    Close.relative(model + " aic", fit.aic(), R.value(model, "aic", ""));
    assertThat(fit.dfResidual()).isEqualTo((int) R.value(model, "df_residual", ""));
    Map<String, Double> fitted = R.values(model, "fitted");
    List<String> codes = Wales2012.codes();
    for (int i = 0; i < codes.size(); i++) {
      Close.relative(model + " fitted " + codes.get(i), fit.fitted()[i], fitted.get(codes.get(i)));
    }
  }

  @ParameterizedTest
  @CsvSource({"wimd", "full"})
  void poissonPearsonChiSquaredMatchesR(String which) {
    Close.relative("pearson", fit("poisson", which).pearsonChi2(), R.value("poisson_" + which, "pearson_chi2", ""));
  }

  @ParameterizedTest
  @CsvSource({"wimd", "full"})
  void negativeBinomialThetaAndItsStandardErrorMatchR(String which) {
    GlmFit fit = fit("negbin", which);
    Close.relative("theta", fit.theta(), R.value("negbin_" + which, "theta", ""));
    Close.relative("theta se", fit.thetaSe(), R.value("negbin_" + which, "theta_se", ""));
    Close.relative("glm.nb's own AIC", fit.aic(), R.value("negbin_" + which, "glm_nb_aic", ""));
  }

  @ParameterizedTest
  @CsvSource({"poisson,wimd", "negbin,wimd"})
  void deprivationRaisesTheExpectedRate(String family, String which) {
    GlmFit fit = fit(family, which);
    assertThat(fit.coefficient("wimd30").estimate()).isPositive();
    assertThat(fit.coefficient("wimd30").ci95Lower()).isPositive();
    assertThat(fit.devianceExplained()).isBetween(0.0, 1.0);
  }
}
