package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.stats.glm.GlmFit;
import uk.lacexplorer.stats.regression.Coefficient;
import uk.lacexplorer.stats.regression.Design;
import uk.lacexplorer.stats.regression.VarianceInflation;

/**
 * Choosing need factors honestly ({@code ./lacx model ... --select}): every non-empty subset of the named factors
 * (at most {@value #MAX_FACTORS}, and each set kept to one term per five authorities) is fitted to the same
 * authorities, and compared by AIC and by leave-one-out deviance — the deviance of each authority's count from the
 * expectation of the model fitted without it, −2 Σ log p(yᵢ | μ̂₍₋ᵢ₎) at the candidate's θ ({@link LooDeviance}) — with the
 * largest variance inflation factor and the factors whose 95% interval includes zero. Across both nations the nation
 * term is in every set. The leave-one-out deviance is worked out for the {@value #LOO_SETS} sets best by AIC.
 */
public final class ModelSelection {
  public static final int MAX_FACTORS = 6;
  public static final int LOO_SETS = 8;
  private final NeedTables tables;

  public ModelSelection(NeedTables tables) {
    this.tables = tables;
  }

  public SelectionResult run(ModelRequest request) {
    NeedTable table = tables.load(HarmonisedFactors.orDefault(request.need()));
    int k = table.covariates().size();
    if (k == 0) throw UserError.of("error.need.covariateNeeded", Arg.option("covariates"));
    if (k > MAX_FACTORS) throw UserError.of("error.need.selectTooMany", k, MAX_FACTORS, Arg.option("covariates"));
    boolean joint = request.joint();
    List<SelectionResult.Candidate> candidates = new ArrayList<>();
    for (int mask = 1; mask < (1 << k); mask++) {
      List<Integer> columns = new ArrayList<>();
      for (int j = 0; j < k; j++) if ((mask & (1 << j)) != 0) columns.add(j);
      NeedTable subset = subset(table, columns);
      int terms = joint ? JointTerms.terms(subset, request.interactions()) : columns.size();
      if (terms * 5 > table.size()) continue;
      Design design = joint ? JointTerms.design(subset, request.interactions()) : subset.design();
      GlmFit fit = Fits.glm(design, subset.counts(), subset.logPopulations(), request.family());
      Map<String, Double> vifs = new LinkedHashMap<>(VarianceInflation.of(design));
      List<String> zero = new ArrayList<>();
      for (Coefficient c : fit.coefficients()) {
        if (!c.name().equals(Design.INTERCEPT) && c.ci95Lower() <= 0 && c.ci95Upper() >= 0) zero.add(c.name());
      }
      candidates.add(new SelectionResult.Candidate(subset.covariates(), fit.coefficients(), fit.aic(), Double.NaN,
          vifs, zero, fit.theta()));
    }
    candidates.sort(Comparator.comparingDouble(SelectionResult.Candidate::aic));
    List<SelectionResult.Candidate> ranked = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      SelectionResult.Candidate c = candidates.get(i);
      if (i < LOO_SETS) {
        NeedTable subset = subset(table, c.factors().stream().map(table.covariates()::indexOf).toList());
        Design design = joint ? JointTerms.design(subset, request.interactions()) : subset.design();
        double[] expected = Fits.leaveOneOut(design, subset.counts(), subset.logPopulations(), request.family());
        c = c.withLooDeviance(LooDeviance.of(subset.counts(), expected, request.family(), c.theta()));
      }
      ranked.add(c);
    }
    return new SelectionResult(request, table, ranked);
  }

  /** The table with only the given covariate columns (same authorities, so every set is fitted to the same data). */
  static NeedTable subset(NeedTable table, List<Integer> columns) {
    List<String> names = columns.stream().map(table.covariates()::get).toList();
    List<Integer> years = columns.stream().map(table.covariateYears()::get).toList();
    List<AuthorityNeed> rows = new ArrayList<>();
    for (AuthorityNeed row : table.rows()) {
      double[] all = row.covariates();
      double[] kept = columns.stream().mapToDouble(j -> all[j]).toArray();
      rows.add(new AuthorityNeed(row.code(), row.name(), row.nation(), row.count(), row.population(), kept));
    }
    NeedRequest request = table.request().withCovariates(names.stream().map(MeasureId::new).toList());
    return new NeedTable(request, names, years, rows, table.notes());
  }
}
