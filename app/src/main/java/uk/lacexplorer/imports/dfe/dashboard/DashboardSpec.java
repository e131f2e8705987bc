package uk.lacexplorer.imports.dfe.dashboard;

import java.util.List;

/**
 * What one DfE dashboard file holds: its import kind, the columns read and the measures they become, and the
 * publication it comes from.
 *
 * @param kind the import kind, e.g. {@code dfe-cin-referrals}
 * @param description one line for {@code ./lacx import --help}
 * @param sourceStem the stem of the source id, e.g. {@code dfe_cin_referrals} (the years are added)
 * @param title the publication's title in words
 * @param url where the publication is
 * @param columns the value columns read (others are left alone)
 * @param periodShift added to {@code time_period} to give the stored period (1 for ONS mid-year estimates stored under
 *     the year of the count DfE divides by them: mid-2018 is DfE's denominator for 31 March 2019)
 */
public record DashboardSpec(String kind, String description, String sourceStem, String title, String url,
                            List<DashboardColumn> columns, int periodShift) {
  public DashboardSpec {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) throw new IllegalArgumentException("a dashboard file needs at least one column");
  }

  public DashboardSpec(String kind, String description, String sourceStem, String title, String url,
                       List<DashboardColumn> columns) {
    this(kind, description, sourceStem, title, url, columns, 0);
  }
}
