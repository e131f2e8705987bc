package uk.lacexplorer.need;

import java.util.List;
import uk.lacexplorer.stats.regression.Coefficient;

/**
 * Change against change: per authority the change in rate per 10,000 (95% MOVER interval) and the change in the
 * factor between the factor's years nearest the two years; the weighted fit of the one on the other (weights 1 / the
 * variance of each rate change), its R², and which authorities lie far from the line.
 *
 * @param factorFrom the factor's year used for the earlier end
 * @param factorTo the factor's year used for the later end
 * @param slope change in rate per unit change in the factor, with its 95% interval
 * @param far the authorities whose standardised residual is beyond ±{@value ChangesService#FAR}
 */
public record ChangesResult(ChangesRequest request, String measure, String factor, int fromYear, int toYear,
                            int factorFrom, int factorTo, List<Row> rows, Coefficient intercept, Coefficient slope,
                            double rSquared, List<String> far, List<String> excluded) {
  public ChangesResult {
    rows = List.copyOf(rows);
    far = List.copyOf(far);
    excluded = List.copyOf(excluded);
  }

  /** One authority: its rate change and interval, its factor change, the fitted change and standardised residual. */
  public record Row(String areaCode, String areaName, double rateChange, double lower95, double upper95,
                    double factorFromValue, double factorToValue, double factorChange, double fitted,
                    double standardisedResidual) {
  }
}
