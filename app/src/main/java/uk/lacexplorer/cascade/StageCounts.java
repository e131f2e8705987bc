package uk.lacexplorer.cascade;

import java.util.HashMap;
import java.util.Map;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.AuthorityCount;
import uk.lacexplorer.compare.CountTable;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.rates.RateRow;

/**
 * One stage's counts for the authorities of a nation in one year, as {@code ./lacx rates} chooses counts and
 * populations: the counts (null where suppressed or missing at source), populations and flags by area, the nation's
 * own row and the pooled rate of the authorities with both.
 */
final class StageCounts {
  private final Map<AreaCode, Double> counts = new HashMap<>();
  private final Map<AreaCode, Double> populations = new HashMap<>();
  private final Map<AreaCode, String> flags = new HashMap<>();
  private final Double nationCount;
  private final Double nationPopulation;
  private final double pooledRate;

  StageCounts(CountTable table, Nation nation) {
    for (AuthorityCount authority : table.authorities()) {
      counts.put(authority.area().code(), authority.count());
      populations.put(authority.area().code(), authority.population());
      flags.put(authority.area().code(), Flag.join(authority.countFlags()));
    }
    for (RateRow row : table.excluded()) {
      counts.put(row.areaCode(), null);
      if (!row.denominator().isMissing()) populations.put(row.areaCode(), row.denominator().population());
      flags.put(row.areaCode(), row.countFlag().isEmpty() ? "missing" : row.countFlag());
    }
    RateRow own = table.nationRow(nation).orElse(null);
    nationCount = own == null ? null : own.count();
    nationPopulation = own == null || own.denominator().isMissing() ? null : own.denominator().population();
    pooledRate = table.totalCount() / table.totalPopulation();
  }

  /** Whether the area has a row for the stage (a count, or a marker saying why not). */
  boolean holds(AreaCode area) {
    return flags.containsKey(area);
  }

  Double count(AreaCode area) {
    return counts.get(area);
  }

  Double population(AreaCode area) {
    return populations.get(area);
  }

  String flag(AreaCode area) {
    return flags.getOrDefault(area, "");
  }

  /** Count per child aged 0–17 (not per 10,000), or null. */
  Double rate(AreaCode area) {
    Double count = counts.get(area);
    Double population = populations.get(area);
    return count == null || population == null ? null : count / population;
  }

  /** Σ counts / Σ populations over the nation's authorities with both: the funnel's target. */
  double pooledRate() {
    return pooledRate;
  }

  /** The nation's published count, or null. */
  Double nationCount() {
    return nationCount;
  }

  /** The nation's rate per child: its own row where it has a count and population, else the pooled rate. */
  double nationRate() {
    return nationCount != null && nationPopulation != null ? nationCount / nationPopulation : pooledRate;
  }

  /** The nation's published population aged 0–17, or null. */
  Double nationPopulation() {
    return nationPopulation;
  }

  /**
   * Σ counts / Σ counts of the stage before, over the authorities with both (the stage before not below this one):
   * the target of the conversion's funnel, as {@code ./lacx cascade --stage} pools it.
   */
  double pooledConversion(StageCounts previous) {
    return pooled.computeIfAbsent(previous, this::pool);
  }

  private final Map<StageCounts, Double> pooled = new java.util.concurrent.ConcurrentHashMap<>();

  private double pool(StageCounts previous) {
    double successes = 0;
    double trials = 0;
    for (Map.Entry<AreaCode, Double> entry : counts.entrySet()) {
      Double base = previous.counts.get(entry.getKey());
      if (entry.getValue() == null || base == null || base == 0 || entry.getValue() > base) continue;
      successes += entry.getValue();
      trials += base;
    }
    return trials > 0 ? successes / trials : Double.NaN;
  }

  /** Σ counts over the authorities with a count. */
  double total() {
    return counts.values().stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).sum();
  }
}
