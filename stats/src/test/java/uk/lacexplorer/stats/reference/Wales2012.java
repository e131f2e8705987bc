package uk.lacexplorer.stats.reference;

import java.util.List;
import uk.lacexplorer.stats.regression.Design;

/** The Wales 2012-like input of the R reference script (wales2012.csv): 22 authorities. */
public final class Wales2012 {
  public static final List<String> ALL_COVARIATES = List.of("wimd30", "lone_parent", "low_income", "unemployment");
  public static final ReferenceTable TABLE = ReferenceTable.read("wales2012.csv");

  private Wales2012() {
  }

  public static List<String> codes() {
    return TABLE.strings("area_code");
  }

  public static double[] counts() {
    return TABLE.numbers("count");
  }

  public static double[] logPopulation() {
    double[] population = TABLE.numbers("population");
    double[] offset = new double[population.length];
    for (int i = 0; i < offset.length; i++) offset[i] = Math.log(population[i]);
    return offset;
  }

  public static double[] ratePer10000() {
    double[] counts = counts();
    double[] population = TABLE.numbers("population");
    double[] rate = new double[counts.length];
    for (int i = 0; i < rate.length; i++) rate[i] = counts[i] / population[i] * 10000;
    return rate;
  }

  public static double[][] covariates(List<String> names) {
    double[][] values = new double[TABLE.rows().size()][names.size()];
    for (int j = 0; j < names.size(); j++) {
      double[] column = TABLE.numbers(names.get(j));
      for (int i = 0; i < column.length; i++) values[i][j] = column[i];
    }
    return values;
  }

  public static Design design(List<String> names) {
    return Design.withIntercept(names, covariates(names));
  }
}
