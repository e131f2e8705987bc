package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.stats.regression.Design;

/**
 * The design of a model across both nations: the need factors, a nation term {@code wales} (1 for a Welsh authority,
 * 0 for an English one) and, when asked, its interactions {@code wales:FACTOR}. With interactions each factor is
 * centred at its mean over all the authorities, so that {@code wales} stays the Welsh difference at average need
 * rather than at a factor value of zero no authority has; without them the factors are used as they are.
 */
final class JointTerms {
  static final String WALES = "wales";

  private JointTerms() {
  }

  static Design design(NeedTable table, boolean interactions) {
    int n = table.size();
    int k = table.covariates().size();
    double[][] factors = table.covariateMatrix();
    double[] means = new double[k];
    if (interactions) {
      for (double[] row : factors) for (int j = 0; j < k; j++) means[j] += row[j] / n;
    }
    List<String> names = new ArrayList<>(table.covariates());
    names.add(WALES);
    if (interactions) for (String factor : table.covariates()) names.add(WALES + ":" + factor);
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      double wales = table.rows().get(i).nation() == Nation.WALES ? 1 : 0;
      double[] row = new double[names.size()];
      for (int j = 0; j < k; j++) row[j] = factors[i][j] - means[j];
      row[k] = wales;
      if (interactions) for (int j = 0; j < k; j++) row[k + 1 + j] = wales * row[j];
      rows[i] = row;
    }
    return Design.withIntercept(names, rows);
  }

  /** The number of terms besides the intercept. */
  static int terms(NeedTable table, boolean interactions) {
    return table.covariates().size() * (interactions ? 2 : 1) + 1;
  }
}
