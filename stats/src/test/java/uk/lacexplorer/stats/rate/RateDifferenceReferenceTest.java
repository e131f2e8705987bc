package uk.lacexplorer.stats.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lacexplorer.stats.testing.Tolerance.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.testing.ReferenceCsv;

/** MOVER intervals against the formula written out in R (reference/compare/compare_reference.R). */
class RateDifferenceReferenceTest {
  @Test
  void moverIntervalsMatchRForExactAndByarsIntervals() {
    List<ReferenceCsv.Row> rows = ReferenceCsv.read("/reference/compare/rate_difference.csv");
    assertThat(rows).hasSize(10);
    for (ReferenceCsv.Row row : rows) {
      PoissonInterval method = row.text("method").equals("exact") ? PoissonInterval.EXACT : PoissonInterval.BYARS;
      RateDifference difference = RateDifference.of(row.number("o1"), row.number("n1"), row.number("o2"),
          row.number("n2"), 10_000, method, 0.95);
      String what = row.text("o1") + "→" + row.text("o2") + " " + method;
      assertClose(what + " difference", difference.difference(), row.number("difference"), 1e-9);
      assertClose(what + " lower", difference.interval().lower(), row.number("lower"), 1e-9);
      assertClose(what + " upper", difference.interval().upper(), row.number("upper"), 1e-9);
    }
  }
}
