package uk.lacexplorer.stats.rate;

import static uk.lacexplorer.stats.testing.Tolerance.assertClose;

import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.testing.ReferenceCsv;

/** Against R's qgamma (reference/funnel/gamma_quantiles.csv, made by funnel_reference.R). */
class GammaQuantilesReferenceTest {
  @Test
  void agreesWithRQgammaInBothTails() {
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/funnel/gamma_quantiles.csv")) {
      double p = row.number("p");
      double shape = row.number("shape");
      assertClose("lower p=" + p + " shape=" + shape, GammaQuantiles.lower(p, shape), row.number("lower"), 1e-11);
      assertClose("upper p=" + p + " shape=" + shape, GammaQuantiles.upper(p, shape), row.number("upper"), 1e-11);
    }
  }
}
