package uk.lacexplorer.stats.regression;

/**
 * One estimated coefficient with its standard error, test statistic (t or z), two-sided p-value and 95% confidence
 * interval.
 */
public record Coefficient(String name, double estimate, double se, double statistic, double p,
                          double ci95Lower, double ci95Upper) {
}
