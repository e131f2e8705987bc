package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.stats.glm.GlmFit;
import uk.lacexplorer.measure.MeasureId;

/**
 * "How much of the difference is need?" tracked over time: for each year with counts and each nation, the Poisson
 * models with deprivation alone (the first covariate) and with all covariates against the intercept-only model.
 * Years whose covariates are missing for some authorities are skipped and listed.
 */
public final class ExplainedVarianceService {
  private final NeedTables tables;

  public ExplainedVarianceService(NeedTables tables) {
    this.tables = tables;
  }

  /** The series and the skipped years with their reasons. */
  public record Series(ExplainedRequest request, List<ExplainedVariance> rows, List<String> skipped) {
    public Series {
      rows = List.copyOf(rows);
      skipped = List.copyOf(skipped);
    }
  }

  public Series run(ExplainedRequest request) {
    NationScope scope = request.scope();
    String measure = request.measure().value();
    List<MeasureId> covariates = request.covariates();
    Integer from = request.from();
    Integer to = request.to();
    boolean skipMissing = request.skipMissing();
    List<ExplainedVariance> rows = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Nation nation : scope.nations()) {
      NationScope one = NationScope.of(nation);
      List<Integer> years = years(nation, measure);
      for (int year : years) {
        if ((from != null && year < from) || (to != null && year > to)) continue;
        try {
          rows.add(explain(tables.load(new NeedRequest(one, year, request.measure(), covariates, null,
              skipMissing)), nation, year));
        } catch (UserError e) {
          skipped.add(nation.id() + " " + year + ": " + e.getMessage());
        }
      }
    }
    if (rows.isEmpty()) {
      throw UserError.of("error.need.noYear", scope.id(), skipped.isEmpty() ? "" : skipped.get(0));
    }
    return new Series(request, rows, skipped);
  }

  static ExplainedVariance explain(NeedTable table, Nation nation, int year) {
    table.requireCovariatesWithinOneFifth();
    double[] counts = table.counts();
    double[] offsets = table.logPopulations();
    GlmFit full = Fits.glm(table.design(), counts, offsets, ModelFamily.POISSON);
    GlmFit deprivation = table.covariates().size() == 1 ? full
        : Fits.glm(table.design().firstColumns(2), counts, offsets, ModelFamily.POISSON);
    double nullDispersion = nullDispersion(table, counts);
    return new ExplainedVariance(nation, year, table.size(), table.describeCovariates("; "),
        deprivation.devianceExplained(), full.devianceExplained(), nullDispersion, deprivation.dispersion(),
        full.dispersion(), 1 - deprivation.dispersion() / nullDispersion, 1 - full.dispersion() / nullDispersion);
  }

  /** Pearson χ²/(n − 1) of the intercept-only Poisson model: expected counts at the pooled rate. */
  private static double nullDispersion(NeedTable table, double[] counts) {
    double total = 0;
    double population = 0;
    for (AuthorityNeed row : table.rows()) {
      total += row.count();
      population += row.population();
    }
    double chi2 = 0;
    for (AuthorityNeed row : table.rows()) {
      double expected = total / population * row.population();
      chi2 += (row.count() - expected) * (row.count() - expected) / expected;
    }
    return chi2 / (counts.length - 1);
  }

  private List<Integer> years(Nation nation, String measure) {
    List<Area> authorities = tables.store().areas().localAuthorities(nation);
    if (authorities.isEmpty()) return List.of();
    return tables.store().periods(measure, authorities.stream().map(Area::code).toList());
  }
}
