package uk.lacexplorer.need;

import java.util.List;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.stats.regression.Design;

/**
 * Authorities with counts, populations and covariates for one analysis, in area-code order, with the covariate
 * period used for each covariate and notes for people (e.g. authorities left out for want of a count).
 */
public record NeedTable(NeedRequest request, List<String> covariates, List<Integer> covariateYears,
                        List<AuthorityNeed> rows, List<String> notes) {
  public NeedTable {
    covariates = List.copyOf(covariates);
    covariateYears = List.copyOf(covariateYears);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  public int size() {
    return rows.size();
  }

  public double[] counts() {
    return rows.stream().mapToDouble(AuthorityNeed::count).toArray();
  }

  public double[] logPopulations() {
    return rows.stream().mapToDouble(row -> Math.log(row.population())).toArray();
  }

  public double[] ratesPer10000() {
    return rows.stream().mapToDouble(AuthorityNeed::ratePer10000).toArray();
  }

  public double[][] covariateMatrix() {
    return rows.stream().map(AuthorityNeed::covariates).toArray(double[][]::new);
  }

  public double[] covariate(int index) {
    return rows.stream().mapToDouble(row -> row.covariates()[index]).toArray();
  }

  public Design design() {
    return Design.withIntercept(covariates, covariateMatrix());
  }

  public int indexOf(AreaCode code) {
    for (int i = 0; i < rows.size(); i++) if (rows.get(i).code().equals(code)) return i;
    return -1;
  }

  /** Throws unless every covariate is kept to at most one per five authorities (the n/5 rule for a model). */
  public void requireCovariatesWithinOneFifth() {
    if (covariates.size() * 5 > rows.size()) {
      throw UserError.of("error.need.tooManyCovariates", covariates.size(), rows.size(), rows.size() / 5);
    }
  }

  /** "wimd_share_lsoas_30pct_most_deprived (2011), lone_parent_households_pct (2012)". */
  public String describeCovariates() {
    return describeCovariates(", ");
  }

  public String describeCovariates(String separator) {
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < covariates.size(); j++) {
      if (j > 0) text.append(separator);
      text.append(covariates.get(j)).append(" (").append(covariateYears.get(j)).append(')');
    }
    return text.toString();
  }
}
