package uk.lacexplorer.web.compare;

import java.util.List;

/**
 * The funnel plot, formatted: the pooled rate, the overdispersion factor phi and whether the limits were widened
 * for it, and one row per authority (code, name, count, population, rate, 95% and 99.8% limits, position).
 */
public record FunnelView(String pooledRate, String phi, boolean adjusted, List<List<String>> rows) {
}
