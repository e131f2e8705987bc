package uk.lacexplorer.web;

import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.SeriesRequest;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedRequest;

/**
 * The requests several features read from query parameters named as the command line's options, so that a page,
 * its API answer and its download ask the analysis the same question.
 */
public final class Requests {
  /** {@code nation}, {@code year}, {@code measure}, {@code denominator}, {@code population}. */
  public static final java.util.List<String> COUNTS = java.util.List.of("nation", "year", "measure", "denominator",
      "population");
  /** {@code measure}, {@code denominator}, {@code population}. */
  public static final java.util.List<String> SERIES = java.util.List.of("measure", "denominator", "population");
  /** {@code year}, {@code covariates}, {@code covariate-year}, {@code measure}, {@code skip-missing}. */
  public static final java.util.List<String> NEED = java.util.List.of("year", "covariates", "covariate-year", "measure",
      "skip-missing");

  private Requests() {
  }

  public static CountRequest counts(Params params) {
    return CountRequest.parse(params.text("nation"), params.text("year"), params.text("measure"),
        params.text("denominator"), params.text("population"));
  }

  public static SeriesRequest series(Params params) {
    return SeriesRequest.parse(params.text("measure"), params.text("denominator"), params.text("population"));
  }

  public static NeedRequest need(Params params, NationScope scope) {
    return NeedRequest.parse(scope, params.text("year"), params.joined("covariates"), params.text("covariate-year"),
        params.text("measure"), params.flag("skip-missing"));
  }

  /** The parameter lists joined, for an endpoint's accepted names. */
  @SafeVarargs
  public static java.util.List<String> names(java.util.List<String>... lists) {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (java.util.List<String> list : lists) for (String name : list) if (!all.contains(name)) all.add(name);
    return all;
  }
}
