package uk.lacexplorer.stats.glm;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.reference.Close;
import uk.lacexplorer.stats.reference.ReferenceTable;
import uk.lacexplorer.stats.reference.Wales2012;

class LeaveOneOutTest {
  private static final ReferenceTable R = ReferenceTable.read("need_models.csv");

  @Test
  void expectationsFromModelsWithoutEachAuthorityMatchR() {
    for (String model : List.of("poisson_wimd", "poisson_full", "negbin_wimd")) {
      List<String> covariates = model.endsWith("wimd") ? List.of("wimd30") : Wales2012.ALL_COVARIATES;
      double[] expected = LeaveOneOut.expected(Wales2012.design(covariates), Wales2012.counts(),
          Wales2012.logPopulation(), model.startsWith("poisson") ? Family.POISSON : Family.NEGATIVE_BINOMIAL);
      Map<String, Double> reference = R.values(model, "loo_fitted");
      List<String> codes = Wales2012.codes();
      for (int i = 0; i < codes.size(); i++) {
        Close.relative(model + " loo " + codes.get(i), expected[i], reference.get(codes.get(i)));
      }
    }
  }
}
