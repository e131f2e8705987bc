package uk.lacexplorer.web.area;

import java.util.List;

/**
 * An authority's trend from {@code ./lacx trend}, written for people: one row per year (newest first) of year,
 * count, population, rate, 95% interval, national rate, comparison with the nation and notes; the latest year's
 * figures; the recent-trend test in words; and key events (date, type, label).
 */
public record TrendView(List<List<String>> rows, String latestYear, String latestRate, String latestInterval,
                        String latestCount, String latestComparison, String direction, List<List<String>> events) {
}
