package uk.lacexplorer.stats.decompose;

/**
 * The gap between an authority's rate in care and a benchmark's, split exactly on the log scale:
 * ln(stock rate ratio) = ln(entry rate ratio) + ln(mean duration ratio), since stock rate = entry rate × stock/entries.
 * {@code entryShare} is the part of the log gap due to more (or fewer) children entering, {@code durationShare} the part
 * due to children staying longer (or shorter); they add up to 1 (both NaN when the rates are equal).
 *
 * @param per rates are per this many children (10,000)
 */
public record EntryDurationDecomposition(Flow authority, Flow benchmark, double per, double logGap, double logEntryRatio,
                                         double logDurationRatio, double entryShare, double durationShare) {

  public static EntryDurationDecomposition of(Flow authority, Flow benchmark, double per) {
    double logStock = Math.log(authority.stockRate(per) / benchmark.stockRate(per));
    double logEntry = Math.log(authority.entryRate(per) / benchmark.entryRate(per));
    double logDuration = Math.log(authority.meanDurationYears() / benchmark.meanDurationYears());
    double entryShare = Math.abs(logStock) < 1e-12 ? Double.NaN : logEntry / logStock;
    double durationShare = Math.abs(logStock) < 1e-12 ? Double.NaN : logDuration / logStock;
    return new EntryDurationDecomposition(authority, benchmark, per, logStock, logEntry, logDuration, entryShare, durationShare);
  }

  /** The authority's stock rate over the benchmark's. */
  public double rateRatio() {
    return Math.exp(logGap);
  }

  public double entryRatio() {
    return Math.exp(logEntryRatio);
  }

  public double durationRatio() {
    return Math.exp(logDurationRatio);
  }
}
