package uk.lacexplorer.rates;

import uk.lacexplorer.area.Nation;

/**
 * The one denominator every command, API answer and page uses unless the user chooses another
 * ({@code --denominator}, {@code --population}): per nation, which population series and how a year without its own
 * estimate is filled. Documented on the Methods page and in DATA.md ("One denominator per nation").
 *
 * <ul>
 *   <li>Every count at 31 March of year Y is divided by the estimate for mid-(Y − 1), as the Welsh Government and DfE
 *       publish (Wales 2018: 6,407 on mid-2017 = 102.0, published 102).</li>
 *   <li><b>Wales</b>: ONS mid-year estimates (the only series there is), interpolated linearly between the estimates
 *       either side of a year without one and the nearest estimate beyond the first and last.</li>
 *   <li><b>England</b>: DfE's denominators (the ONS mid-year estimates DfE divides by, Census 2021-based, 2013–2025),
 *       so rates match DfE's published ones and one series covers every year; the nearest beyond the ends
 *       (2010–2012 on DfE's 2013, mid-2012).</li>
 * </ul>
 * One series per nation for every year, so both ends of a change and every year of a trend use the same vintage.
 */
public final class StandardDenominator {
  private StandardDenominator() {
  }

  public static PopulationSeries series(Nation nation) {
    return nation == Nation.ENGLAND ? PopulationSeries.DFE : PopulationSeries.ONS;
  }

  public static DenominatorPolicy policy(Nation nation) {
    return DenominatorPolicy.INTERPOLATE;
  }

  /** For help texts: "standard (Wales: ONS, interpolated; England: DfE's, interpolated)". */
  public static final String WORDS = "standard: Wales ons, England dfe, interpolated between estimates, nearest beyond them";
}
