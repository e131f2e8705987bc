package uk.lacexplorer.imports.dfe.dashboard;

/**
 * One value column of a DfE dashboard file and the measure it becomes.
 *
 * @param column the header as published, e.g. {@code referral_count}
 * @param measure the LAC Explorer measure id, e.g. {@code referrals}
 * @param kind what the cells may hold: whole counts, percentages (0–100) or other non-negative amounts
 */
public record DashboardColumn(String column, String measure, Kind kind) {
  /** What a column's numbers must be. */
  public enum Kind {
    /** A whole number of 0 or more. */
    COUNT,
    /** A percentage from 0 to 100. */
    PERCENT,
    /** A number of 0 or more, not necessarily whole (full-time equivalents, caseloads, days). */
    AMOUNT
  }

  public static DashboardColumn count(String column, String measure) {
    return new DashboardColumn(column, measure, Kind.COUNT);
  }

  public static DashboardColumn percent(String column, String measure) {
    return new DashboardColumn(column, measure, Kind.PERCENT);
  }

  public static DashboardColumn amount(String column, String measure) {
    return new DashboardColumn(column, measure, Kind.AMOUNT);
  }
}
