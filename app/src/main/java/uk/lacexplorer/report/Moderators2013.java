package uk.lacexplorer.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.compare.FunnelRequest;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.need.AuthorityNeed;
import uk.lacexplorer.need.ModelFamily;
import uk.lacexplorer.need.ModelRequest;
import uk.lacexplorer.need.ModelService;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.NeedRequest;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.stats.regression.Coefficient;

/**
 * Appendix 3 of the 2013 research ("additional data"), tested on the factors LAC Explorer holds. The research plotted
 * the 2012 rates of the 22 Welsh authorities against age structure, household size, density, ethnicity, overcrowding
 * and the use of permanency, and said in words what each showed: authorities "with similar" values of a factor "had
 * different LAC rates", and "no connection" with permanency. Each claim is put to the data as a statement that can
 * fail:
 * <ul>
 *   <li>"similar factor, different rates": some pair of authorities whose factor values lie within a tenth of a
 *       standard deviation of each other has 2012 rates whose 95% intervals do not overlap;</li>
 *   <li>"no connection": the 95% interval of the rate ratio per standard deviation of the factor includes 1.</li>
 * </ul>
 * The rate ratio comes from the negative binomial need model of {@code ./lacx model} (the factor as its one
 * covariate, the year's children as exposure), its interval Wald's on the log scale, scaled to one standard deviation
 * of the factor across the authorities in the fit. Factors the data do not hold are listed, not guessed.
 */
final class Moderators2013 {
  /** "Similar" factor values: within this many standard deviations of each other. */
  static final double SIMILAR_SD = 0.1;

  /** What the research said of a figure. */
  enum Claim {
    /** Authorities with similar values of the factor had different rates. */
    DIFFERENT,
    /** No connection between the rate and the factor. */
    NONE,
    /** A chart for context, with no claim in words. */
    CONTEXT
  }

  /** A figure of the appendix: its number, the measure that holds its factor (null when none does), the scope. */
  record Spec(String figure, String measure, boolean bothNations, Claim claim) {
  }

  static final List<Spec> FIGURES = List.of(
      new Spec("33", "children_aged_under_1_pct", false, Claim.DIFFERENT),
      new Spec("34", "children_aged_1_4_pct", false, Claim.DIFFERENT),
      new Spec("35", "children_aged_5_9_pct", false, Claim.DIFFERENT),
      new Spec("36", "children_aged_10_15_pct", false, Claim.DIFFERENT),
      new Spec("37", "children_aged_16_17_pct", false, Claim.DIFFERENT),
      new Spec("38", "household_size_mean", false, Claim.DIFFERENT),
      new Spec("39", "population_density_per_km2", false, Claim.DIFFERENT),
      new Spec("40", null, false, Claim.DIFFERENT),
      new Spec("41", null, false, Claim.DIFFERENT),
      new Spec("42", "placed_for_adoption_pct", false, Claim.NONE),
      new Spec("43", "placed_in_foster_care_pct", false, Claim.NONE),
      new Spec("44", "placed_with_parents_pct", false, Claim.NONE),
      new Spec("47", "population_0_17", true, Claim.CONTEXT),
      new Spec("48", null, true, Claim.CONTEXT));

  private final ModelService models;

  Moderators2013(ModelService models) {
    this.models = models;
  }

  /** Every figure of the appendix, with the 2012 rate rows of both nations for the "different rates" test. */
  List<Reproduce2013Result.Factor> run(int year, List<RateRow> wales, List<RateRow> england) {
    Map<String, RateRow> rates = new HashMap<>();
    for (RateRow row : wales) if (!row.nation()) rates.put(row.areaCode().value(), row);
    for (RateRow row : england) if (!row.nation()) rates.put(row.areaCode().value(), row);
    List<Reproduce2013Result.Factor> factors = new ArrayList<>();
    for (Spec spec : FIGURES) factors.add(factor(spec, year, rates));
    return factors;
  }

  static String command(Spec spec, int year) {
    return "./lacx model --nation " + (spec.bothNations() ? "both" : "wales") + " --year " + year + " --covariates "
        + spec.measure();
  }

  private Reproduce2013Result.Factor factor(Spec spec, int year, Map<String, RateRow> rates) {
    if (spec.measure() == null) return Reproduce2013Result.Factor.notHeld(spec);
    NeedModel model;
    try {
      model = models.run(new ModelRequest(NeedRequest.of(spec.bothNations() ? NationScope.BOTH : NationScope.WALES,
          year, List.of(new MeasureId(spec.measure()))), ModelFamily.NEGBIN, false, FunnelRequest.options(null, null,
          null)));
    } catch (UserError notForWales) {
      return Reproduce2013Result.Factor.notForWales(spec);
    }
    Coefficient slope = model.coefficients().stream().filter(each -> each.name().equals(spec.measure())).findFirst()
        .orElseThrow(() -> new IllegalStateException("no coefficient " + spec.measure()));
    List<AuthorityNeed> rows = model.table().rows();
    double[] x = model.table().covariate(0);
    double sd = standardDeviation(x);
    Reproduce2013Result.Pair pair = similarButDifferent(rows, x, sd, rates);
    double ratio = Math.exp(slope.estimate() * sd);
    double lower = Math.exp(slope.ci95Lower() * sd);
    double upper = Math.exp(slope.ci95Upper() * sd);
    Boolean agrees = switch (spec.claim()) {
      case DIFFERENT -> pair != null;
      case NONE -> lower <= 1 && 1 <= upper;
      case CONTEXT -> null;
    };
    return new Reproduce2013Result.Factor(spec.figure(), spec.measure(), spec.claim().name().toLowerCase(java.util.Locale.ROOT),
        "fitted", model.table().covariateYears().get(0), rows.size(), sd, ratio, lower, upper, slope.p(),
        model.devianceExplained(), pair, agrees, command(spec, year));
  }

  /** The sample standard deviation (n − 1). */
  static double standardDeviation(double[] x) {
    double mean = 0;
    for (double v : x) mean += v;
    mean /= x.length;
    double sum = 0;
    for (double v : x) sum += (v - mean) * (v - mean);
    return Math.sqrt(sum / (x.length - 1));
  }

  /**
   * Of the pairs of authorities whose factor values lie within {@link #SIMILAR_SD} standard deviations and whose rate
   * intervals do not overlap, the one whose rates differ most (by ratio); null when there is none.
   */
  static Reproduce2013Result.Pair similarButDifferent(List<AuthorityNeed> rows, double[] x, double sd,
                                                      Map<String, RateRow> rates) {
    Reproduce2013Result.Pair best = null;
    double widest = 0;
    for (int i = 0; i < rows.size(); i++) {
      RateRow a = rates.get(rows.get(i).code().value());
      if (a == null || !a.hasRate()) continue;
      for (int j = i + 1; j < rows.size(); j++) {
        RateRow b = rates.get(rows.get(j).code().value());
        if (b == null || !b.hasRate() || Math.abs(x[i] - x[j]) > SIMILAR_SD * sd) continue;
        if (a.lower() <= b.upper() && b.lower() <= a.upper()) continue;
        double ratio = Math.max(a.rate(), b.rate()) / Math.min(a.rate(), b.rate());
        if (ratio > widest) {
          widest = ratio;
          best = a.rate() >= b.rate() ? new Reproduce2013Result.Pair(a, x[i], b, x[j])
              : new Reproduce2013Result.Pair(b, x[j], a, x[i]);
        }
      }
    }
    return best;
  }
}
