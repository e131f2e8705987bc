package uk.lacexplorer.episodes.derive;

import java.util.Locale;

/**
 * What the yearly summary counts for an authority and a year ending 31 March. Short breaks (legal status V3/V4) are
 * left out of every count. The first seven are the DfE headline flows; the measure id is the store's, where one exists.
 */
public enum Flow {
  /** Distinct children with an episode where DECOM ≤ 31 March and DEC is blank or later. */
  LOOKED_AFTER_31_MARCH("children_looked_after"),
  /** Distinct children with an episode with RNE = S starting in the year. */
  STARTED("children_started_looked_after"),
  /** Distinct children with an episode ending in the year with REC other than X1. */
  CEASED("children_ceased_looked_after"),
  /** Of those, the child's last such REC in the year is E4A/E4B. */
  CEASED_RETURNED_HOME("children_ceased_returned_home"),
  /** ... is E11/E12. */
  CEASED_ADOPTED("children_ceased_adopted"),
  /** ... is E43 to E48. */
  CEASED_SPECIAL_GUARDIANSHIP("children_ceased_special_guardianship"),
  /** ... is E41. */
  CEASED_CHILD_ARRANGEMENTS_ORDER(null),
  /** ... is E5/E6. */
  CEASED_INDEPENDENT_LIVING(null),
  /** ... is E17. */
  CEASED_AGE_18(null),
  /** ... is any other reason. */
  CEASED_OTHER(null),
  /** Distinct children with any episode open at some time in the year. */
  LOOKED_AFTER_DURING_YEAR(null),
  /** Episodes starting in the year (every RNE). */
  EPISODES_STARTED(null),
  /** Periods of care starting in the year (a child may start more than one). */
  PERIODS_STARTED(null),
  /** Periods of care ending in the year. */
  PERIODS_CEASED(null),
  /** Episodes starting in the year with a change of placement (RNE P, T, B or U). */
  PLACEMENT_MOVES(null),
  /** Children looked after at 31 March who had three or more placements during the year (DfE stability measure). */
  LOOKED_AFTER_WITH_3_PLUS_PLACEMENTS(null),
  /** Periods starting in the year within 365 days of the end of the child's previous period. */
  REENTRIES_WITHIN_12_MONTHS(null);

  private final String measure;

  Flow(String measure) {
    this.measure = measure;
  }

  /** The column name in summaries, e.g. {@code ceased_returned_home}. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The store's measure id, or null when the flow is not stored. */
  public String measure() {
    return measure;
  }
}
