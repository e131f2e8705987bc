package uk.lacexplorer.need;

import java.util.List;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.regression.BreuschPagan;
import uk.lacexplorer.stats.regression.Design;
import uk.lacexplorer.stats.regression.Ols;
import uk.lacexplorer.stats.regression.OlsFit;

/** Rate per 10,000 against one covariate: OLS slope, R², residuals, studentised residuals and Breusch–Pagan. */
public final class ScatterService {
  private final NeedTables tables;

  public ScatterService(NeedTables tables) {
    this.tables = tables;
  }

  public ScatterFit run(ScatterRequest request) {
    NeedTable table = tables.load(request.need());
    double[] x = table.covariate(0);
    double[] y = table.ratesPer10000();
    Design design = table.design();
    try {
      OlsFit fit = Ols.fit(design, y);
      return new ScatterFit(request, table, x, y, fit, BreuschPagan.studentised(design, fit.residuals()));
    } catch (IllegalArgumentException e) {
      throw UserError.of("error.need.noLine", e.getMessage());
    }
  }
}
