package uk.lacexplorer.web.area;

import uk.lacexplorer.rates.RateRow;

/** One year of an authority's trend: its rate row and the nation's (either may be missing for that year). */
record TrendPoint(int year, RateRow area, RateRow nation) {
}
