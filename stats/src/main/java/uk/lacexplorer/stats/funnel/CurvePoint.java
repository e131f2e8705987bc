package uk.lacexplorer.stats.funnel;

/** The limits at one denominator of the smooth curve drawn for plotting. */
public record CurvePoint(double denominator, Limits limits) {
}
