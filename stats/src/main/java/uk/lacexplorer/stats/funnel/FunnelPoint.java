package uk.lacexplorer.stats.funnel;

/** A unit with its rate, its limits at its own denominator and its position against them. */
public record FunnelPoint(FunnelUnit unit, double rate, Limits limits, Position position) {
}
