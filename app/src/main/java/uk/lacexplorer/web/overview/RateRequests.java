package uk.lacexplorer.web.overview;

import uk.lacexplorer.area.Nation;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.web.Params;

/** Reads a rate request from query parameters named as the {@code ./lacx rates} options. */
public final class RateRequests {
  public static final String[] PARAMETERS = {"nation", "year", "measure", "denominator", "population", "format"};
  public static final String DEFAULT_MEASURE = "children_looked_after";

  private RateRequests() {
  }

  public static RateService.Request parse(Params params, Nation nation, int year) {
    return new RateService.Request(nation, year, params.text("measure", DEFAULT_MEASURE),
        DenominatorPolicy.parse(params.text("denominator", "nearest")),
        PopulationSeries.parse(params.text("population", "auto")));
  }

  public static Nation nation(Params params, String fallback) {
    String text = fallback == null ? params.required("nation") : params.text("nation", fallback);
    return Nation.parse(text);
  }
}
