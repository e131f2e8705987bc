package uk.lacexplorer.stats.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.reference.Close;
import uk.lacexplorer.stats.reference.ReferenceTable;

/** Every pair of the 22 Welsh authorities plus edge cases, against R's poisson.test and p.adjust(method = "BH"). */
class PoissonRateComparisonTest {
  private static final ReferenceTable R = ReferenceTable.read("poisson_pairs.csv");

  @Test
  void rateRatioPValueAndIntervalMatchPoissonTest() {
    for (String[] row : R.rows()) {
      String pair = R.get(row, "area_a") + "-" + R.get(row, "area_b");
      PoissonRateComparison.Result result = PoissonRateComparison.test((long) R.number(row, "count_a"),
          R.number(row, "population_a"), (long) R.number(row, "count_b"), R.number(row, "population_b"), 0.95);
      double ratio = R.number(row, "rate_ratio");
      if (Double.isNaN(ratio)) {
        assertThat(result.rateRatio()).as(pair).isNaN();
      } else {
        Close.relative(pair + " ratio", result.rateRatio(), ratio);
      }
      Close.relative(pair + " p", result.p(), R.number(row, "p"));
      Close.relative(pair + " lower", result.lower(), R.number(row, "ci95_lower"));
      double upper = R.number(row, "ci95_upper");
      if (Double.isInfinite(upper)) {
        assertThat(result.upper()).as(pair).isInfinite();
      } else {
        Close.relative(pair + " upper", result.upper(), upper);
      }
    }
  }

  @Test
  void benjaminiHochbergMatchesPAdjust() {
    double[] adjusted = BenjaminiHochberg.adjust(R.numbers("p"));
    double[] expected = R.numbers("bh");
    for (int i = 0; i < expected.length; i++) Close.relative("q " + i, adjusted[i], expected[i]);
  }

  @Test
  void benjaminiHochbergByHand() {
    // p sorted: 0.01, 0.02, 0.03, 0.5 (n = 4): 0.04, 0.04, 0.04, 0.5 after the running minimum from the top.
    assertThat(BenjaminiHochberg.adjust(new double[] {0.03, 0.5, 0.01, 0.02}))
        .containsExactly(0.04, 0.5, 0.04, 0.04);
  }
}
