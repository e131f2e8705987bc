package uk.lacexplorer.stats.funnel;

/** The 95% and 99.8% control limits at one denominator, as rates (count per unit of population). */
public record Limits(double lower95, double upper95, double lower998, double upper998) {
  public Limits {
    if (!(lower998 <= lower95 && lower95 <= upper95 && upper95 <= upper998)) {
      throw new IllegalArgumentException("limits not nested: %s %s %s %s".formatted(lower998, lower95, upper95, upper998));
    }
  }

  public Limits scaled(double factor) {
    return new Limits(lower95 * factor, upper95 * factor, lower998 * factor, upper998 * factor);
  }
}
