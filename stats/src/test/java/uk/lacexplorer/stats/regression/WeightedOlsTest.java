package uk.lacexplorer.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Weighted least squares against R 4 ({@code lm(y ~ x, weights = w)}; the script is in the comment):
 * <pre>
 * x &lt;- c(1.2, -0.5, 3.1, 0.0, 2.2, -1.7, 4.0, 1.1); y &lt;- c(2.0, -1.1, 5.3, 0.4, 2.9, -2.5, 7.7, 1.0)
 * w &lt;- c(1.0, 0.5, 2.0, 1.5, 0.8, 1.2, 0.3, 2.5); f &lt;- lm(y ~ x, weights = w)
 * coef(summary(f)); confint(f); summary(f)$r.squared; hatvalues(f); rstandard(f); rstudent(f)
 * </pre>
 */
class WeightedOlsTest {
  private static final double[] X = {1.2, -0.5, 3.1, 0.0, 2.2, -1.7, 4.0, 1.1};
  private static final double[] Y = {2.0, -1.1, 5.3, 0.4, 2.9, -2.5, 7.7, 1.0};
  private static final double[] W = {1.0, 0.5, 2.0, 1.5, 0.8, 1.2, 0.3, 2.5};

  private static OlsFit fit() {
    double[][] rows = new double[X.length][];
    for (int i = 0; i < X.length; i++) rows[i] = new double[] {X[i]};
    return Ols.fit(Design.withIntercept(List.of("x"), rows), Y, W);
  }

  @Test
  void coefficientsIntervalsAndRSquaredAsR() {
    OlsFit fit = fit();
    Coefficient slope = fit.coefficient("x");
    assertThat(slope.estimate()).isCloseTo(1.6331768390767465, within(1e-12));
    assertThat(slope.se()).isCloseTo(0.139030720509591, within(1e-12));
    assertThat(slope.p()).isCloseTo(2.29731501453604e-05, within(1e-12));
    assertThat(slope.ci95Lower()).isCloseTo(1.292980921388605, within(1e-10));
    assertThat(slope.ci95Upper()).isCloseTo(1.973372756764888, within(1e-10));
    Coefficient intercept = fit.coefficient(Design.INTERCEPT);
    assertThat(intercept.estimate()).isCloseTo(-0.0909156529398366, within(1e-12));
    assertThat(intercept.se()).isCloseTo(0.266285294254095, within(1e-12));
    assertThat(fit.rSquared()).isCloseTo(0.958330187960178, within(1e-12));
    assertThat(fit.adjustedRSquared()).isCloseTo(0.951385219286874, within(1e-12));
    assertThat(fit.sigma()).isCloseTo(0.681163087822215, within(1e-12));
  }

  @Test
  void leverageAndResidualsAsR() {
    OlsFit fit = fit();
    double[] hat = {0.102424102269365, 0.104617629154523, 0.536002747860036, 0.229236312562277, 0.121660822929668,
        0.515529830265230, 0.135424779031923, 0.255103775926978};
    double[] standard = {0.203154950932356, -0.211179215835496, 0.999929389865218, 1.005404398736032,
        -0.843552653723271, 0.848684310232047, 1.088079615770808, -1.897652027921647};
    double[] student = {0.186095396362782, -0.193499828762609, 0.999915269633062, 1.006495831189270,
        -0.820227400077996, 0.825895529730959, 1.108660836285475, -2.739643099662446};
    for (int i = 0; i < X.length; i++) {
      assertThat(fit.leverage()[i]).as("h %d", i).isCloseTo(hat[i], within(1e-12));
      assertThat(fit.standardisedResiduals()[i]).as("rstandard %d", i).isCloseTo(standard[i], within(1e-10));
      assertThat(fit.studentisedResiduals()[i]).as("rstudent %d", i).isCloseTo(student[i], within(1e-10));
    }
  }

  @Test
  void weightsMustBePositive() {
    double[][] rows = {{1}, {2}, {3}};
    Design design = Design.withIntercept(List.of("x"), rows);
    assertThatThrownBy(() -> Ols.fit(design, new double[] {1, 2, 4}, new double[] {1, 0, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
