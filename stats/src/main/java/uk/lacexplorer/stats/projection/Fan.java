package uk.lacexplorer.stats.projection;

/** One projected year: the expected value and the 50%, 80% and 95% prediction intervals (quantiles of the simulations). */
public record Fan(int yearOffset, double expected, double median, double lower50, double upper50, double lower80,
                  double upper80, double lower95, double upper95) {
  /** Whether {@code observed} lies in the 80% interval. */
  public boolean inside80(double observed) {
    return observed >= lower80 && observed <= upper80;
  }

  public boolean inside95(double observed) {
    return observed >= lower95 && observed <= upper95;
  }
}
