package uk.lacexplorer.stats.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * A model matrix: one row per observation, one named column per term, the first column the intercept when built with
 * {@link #withIntercept}. Immutable (the arrays are copied in and out).
 */
public final class Design {
  public static final String INTERCEPT = "(Intercept)";

  private final List<String> names;
  private final double[][] rows;

  public Design(List<String> names, double[][] rows) {
    this.names = List.copyOf(names);
    this.rows = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != names.size()) {
        throw new IllegalArgumentException("row %d has %d values for %d terms".formatted(i, rows[i].length, names.size()));
      }
      for (double value : rows[i]) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("row %d has a non-finite value".formatted(i));
      }
      this.rows[i] = rows[i].clone();
    }
  }

  /** An intercept column followed by the covariates ({@code covariates[i][j]}: observation i, covariate j). */
  public static Design withIntercept(List<String> covariateNames, double[][] covariates) {
    List<String> names = new ArrayList<>();
    names.add(INTERCEPT);
    names.addAll(covariateNames);
    double[][] rows = new double[covariates.length][];
    for (int i = 0; i < covariates.length; i++) {
      rows[i] = new double[covariates[i].length + 1];
      rows[i][0] = 1;
      System.arraycopy(covariates[i], 0, rows[i], 1, covariates[i].length);
    }
    return new Design(names, rows);
  }

  /** The intercept-only design with as many rows as this one. */
  public Design interceptOnly() {
    double[][] ones = new double[rows.length][1];
    for (double[] row : ones) row[0] = 1;
    return new Design(List.of(INTERCEPT), ones);
  }

  /** This design without observation {@code index}. */
  public Design without(int index) {
    double[][] kept = new double[rows.length - 1][];
    for (int i = 0, k = 0; i < rows.length; i++) if (i != index) kept[k++] = rows[i];
    return new Design(names, kept);
  }

  /** Column {@code column} as the response and the others (with an intercept if this has one) as the design. */
  public Design dropColumn(int column) {
    List<String> kept = new ArrayList<>(names);
    kept.remove(column);
    double[][] reduced = new double[rows.length][names.size() - 1];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0, k = 0; j < names.size(); j++) if (j != column) reduced[i][k++] = rows[i][j];
    }
    return new Design(kept, reduced);
  }

  /** The first {@code count} columns (e.g. 2: the intercept and the first covariate). */
  public Design firstColumns(int count) {
    if (count < 1 || count > names.size()) throw new IllegalArgumentException("no " + count + " columns");
    double[][] kept = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) kept[i] = java.util.Arrays.copyOf(rows[i], count);
    return new Design(names.subList(0, count), kept);
  }

  public boolean hasIntercept() {
    return !names.isEmpty() && names.get(0).equals(INTERCEPT);
  }

  public List<String> names() {
    return names;
  }

  public int observations() {
    return rows.length;
  }

  public int terms() {
    return names.size();
  }

  public double get(int row, int column) {
    return rows[row][column];
  }

  public double[] row(int index) {
    return rows[index].clone();
  }

  public double[] column(int index) {
    double[] column = new double[rows.length];
    for (int i = 0; i < rows.length; i++) column[i] = rows[i][index];
    return column;
  }

  /** x_i · beta. */
  public double linear(int row, double[] beta) {
    double sum = 0;
    for (int j = 0; j < beta.length; j++) sum += rows[row][j] * beta[j];
    return sum;
  }
}
