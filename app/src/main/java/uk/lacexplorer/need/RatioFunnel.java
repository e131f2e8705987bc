package uk.lacexplorer.need;

import java.util.List;

/**
 * What the need-adjusted model needs from the funnel-plot code: the position of each authority's observed/expected
 * ratio on a funnel of ratios whose precision is the model's expected count E (target 1), with the funnel options
 * (limits, overdispersion adjustment) chosen by the caller.
 */
public interface RatioFunnel {

  /**
   * @param ids one stable id per authority (the funnel's results must not depend on input order)
   * @return one position per authority, in input order (e.g. {@code above_998}, {@code within}), and a description of
   *     the limits used, for people
   */
  Positions positions(List<String> ids, double[] observed, double[] expected);

  record Positions(List<String> positions, String method) {
    public Positions {
      positions = List.copyOf(positions);
    }
  }
}
