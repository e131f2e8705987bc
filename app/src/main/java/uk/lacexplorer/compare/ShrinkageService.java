package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.stats.shrinkage.AreaCount;
import uk.lacexplorer.stats.shrinkage.PoissonGammaShrinkage;
import uk.lacexplorer.stats.shrinkage.Shrinkage;
import uk.lacexplorer.stats.shrinkage.ShrunkRate;

/** Empirical-Bayes (Poisson–gamma) estimates for the authorities of a {@link CountTable}, beside the raw rates. */
public final class ShrinkageService {
  private final CountTables counts;

  public ShrinkageService(CountTables counts) {
    this.counts = counts;
  }

  public ShrinkageResult run(ShrinkageRequest shrinkageRequest) {
    CountRequest request = shrinkageRequest.counts();
    CountTable table = counts.load(request);
    if (table.authorities().size() < 3) {
      throw uk.lacexplorer.i18n.UserError.of("error.shrinkage.tooFew", request.describeNations(),
          table.authorities().size(), request.year());
    }
    List<AreaCount> areas = new ArrayList<>();
    Map<String, AuthorityCount> byCode = new HashMap<>();
    for (AuthorityCount authority : table.authorities()) {
      areas.add(new AreaCount(authority.area().code().value(), authority.count(), authority.population()));
      byCode.put(authority.area().code().value(), authority);
    }
    Shrinkage shrinkage = PoissonGammaShrinkage.estimate(areas, 0.95);
    double per = RateService.PER;
    List<ShrinkageResult.Row> rows = new ArrayList<>();
    for (ShrunkRate rate : shrinkage.rates()) {
      AuthorityCount authority = byCode.get(rate.area().id());
      rows.add(new ShrinkageResult.Row(rate.area().id(), authority.area().nameEn(), rate.area().observed(),
          rate.area().population(), rate.rawRate() * per, rate.raw().lower() * per, rate.raw().upper() * per,
          rate.estimate() * per, rate.interval().lower() * per, rate.interval().upper() * per, rate.shrinkage()));
    }
    var prior = shrinkage.prior();
    return new ShrinkageResult(shrinkageRequest, table.measure().id(), table.year(), request.nations().stream().map(Nation::id).toList(),
        prior.mean() * per, prior.noVariation() ? null : prior.shape(),
        prior.noVariation() ? null : prior.coefficientOfVariation(), rows, table.denominatorVintages());
  }
}
