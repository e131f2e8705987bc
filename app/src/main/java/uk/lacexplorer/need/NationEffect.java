package uk.lacexplorer.need;

import java.util.List;
import uk.lacexplorer.stats.regression.Coefficient;

/**
 * How far Welsh rates differ from English ones once the need factors are counted: the nation term's coefficient as a
 * rate ratio exp(β) with its 95% (Wald) interval, whether the interval excludes 1, and the Welsh authorities outside
 * the joint funnel's limits.
 *
 * @param interactions whether the model let each factor's effect differ in Wales (then the ratio is at average need)
 * @param outliers Welsh authorities whose observed/expected ratio lies outside the funnel's 95% limits, with positions
 */
public record NationEffect(Coefficient coefficient, double ratio, double lower, double upper, boolean interactions,
                           int welsh, int english, List<Outlier> outliers) {
  public NationEffect {
    outliers = List.copyOf(outliers);
  }

  public record Outlier(String code, String name, String nameCy, double ratio, String position) {
  }

  static NationEffect of(Coefficient wales, boolean interactions, int welsh, int english, List<Outlier> outliers) {
    return new NationEffect(wales, Math.exp(wales.estimate()), Math.exp(wales.ci95Lower()), Math.exp(wales.ci95Upper()),
        interactions, welsh, english, outliers);
  }

  /** True when the 95% interval of the ratio excludes 1. */
  public boolean distinguishable() {
    return lower > 1 || upper < 1;
  }

  /** The difference in per cent: +12.3 for a ratio of 1.123. */
  public double percent() {
    return 100 * (ratio - 1);
  }
}
