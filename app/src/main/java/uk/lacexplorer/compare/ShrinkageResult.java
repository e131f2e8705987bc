package uk.lacexplorer.compare;

import java.util.List;

/**
 * Empirical-Bayes estimates beside the raw rates, per 10,000. JSON-ready.
 *
 * @param priorMeanPer10k the mean of the fitted gamma distribution of true rates
 * @param priorShape its shape α (null when the authorities vary no more than chance: then every estimate is the mean)
 */
public record ShrinkageResult(ShrinkageRequest request, String measure, int year, List<String> nations, double priorMeanPer10k, Double priorShape,
                              Double coefficientOfVariation, List<Row> rows, List<String> denominators) {
  public ShrinkageResult {
    nations = List.copyOf(nations);
    rows = List.copyOf(rows);
    denominators = List.copyOf(denominators);
  }

  /**
   * One authority.
   *
   * @param shrinkage the weight on the mean (0 = raw rate kept, 1 = the mean)
   */
  public record Row(String areaCode, String areaName, double observed, double population, double rawRatePer10k,
                    double rawLower95, double rawUpper95, double estimatePer10k, double lower95, double upper95,
                    double shrinkage) {
  }
}
