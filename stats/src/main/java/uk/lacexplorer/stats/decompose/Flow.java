package uk.lacexplorer.stats.decompose;

import java.util.List;

/**
 * One authority's (or a pooled group's) children in care at the year end ({@code stock}), children who started in
 * the year ({@code entries}) and the child population. In a steady state stock ≈ entries × mean duration, so the
 * implied mean duration in care is stock / entries years.
 */
public record Flow(double stock, double entries, double population) {
  public Flow {
    if (!(stock > 0) || !(entries > 0) || !(population > 0)) {
      throw new IllegalArgumentException("stock, entries and population must be positive: %s, %s, %s"
          .formatted(stock, entries, population));
    }
  }

  /** The sums over a group, so its rates are pooled rates (total children over total population). */
  public static Flow pooled(List<Flow> flows) {
    if (flows.isEmpty()) throw new IllegalArgumentException("no flows to pool");
    return new Flow(flows.stream().mapToDouble(Flow::stock).sum(), flows.stream().mapToDouble(Flow::entries).sum(),
        flows.stream().mapToDouble(Flow::population).sum());
  }

  public double stockRate(double per) {
    return stock / population * per;
  }

  public double entryRate(double per) {
    return entries / population * per;
  }

  public double meanDurationYears() {
    return stock / entries;
  }
}
