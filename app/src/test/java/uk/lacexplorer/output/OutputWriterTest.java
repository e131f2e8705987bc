package uk.lacexplorer.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The table's numbers read as Java's own {@code %,d} and {@code %,.1f} print them in the UK locale. */
class OutputWriterTest {
  private static final Column NUMBER = Column.whole("n");

  @Test
  void numbersAreGroupedAndRoundedAsStringFormatDoesThem() {
    SplittableRandom random = new SplittableRandom(13);
    double[] edges = {0, -0.0, 0.05, 0.15, 0.25, 0.95, -0.05, 999.95, 1000, -1000, 999_999.95, 123_456_789.25,
        1e14 + 0.5, -987_654.35, 12.345, 2.675, 1.45, 100.05, 7, -7};
    for (double d : edges) check(d);
    for (int i = 0; i < 20_000; i++) {
      double scale = Math.pow(10, random.nextInt(0, 13));
      check((random.nextDouble() * 2 - 1) * scale);
      check(Math.rint(random.nextDouble() * scale));
      check(Math.round(random.nextDouble() * scale * 100) / 100.0);
    }
  }

  private static void check(double d) {
    String expected = d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.UK, "%,d", (long) d)
        : String.format(Locale.UK, "%,.1f", d);
    assertThat(OutputWriter.shown(NUMBER, d)).as(Double.toString(d)).isEqualTo(expected);
  }
}
