package uk.lacexplorer.cascade;

import java.util.List;
import java.util.Locale;

/**
 * A row of the cascade: a count measure in the flow from referral to care (with the stage before it, for the
 * conversion), a stock at 31 March, a way out of care (a share of all who ceased), the stability and distance of
 * placements, or a resource (social work or spend).
 *
 * @param measure the measure id the row reads, or a derived id for resources computed from two measures
 * @param kind what sort of row it is
 * @param previous the stage whose count the conversion divides by, or null
 */
public record Stage(String measure, Kind kind, String previous) {
  /** The sort of row. */
  public enum Kind {
    /** A step from referral to care: a count in the year ending 31 March, with a rate and a conversion. */
    FLOW,
    /** A number at 31 March, with a rate. */
    STOCK,
    /** Children who left care, with a rate; a reason for leaving is also a share of all who left. */
    EXIT,
    /** How stable and how near placements are: a count with a rate, and a share of the stage before where it has one. */
    PLACEMENT,
    /** Resources (social work, spend): values with no interval. */
    RESOURCE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final String REFERRALS = "referrals";
  public static final String SECTION47 = "section47_enquiries";
  public static final String ICPC = "initial_child_protection_conferences";
  public static final String PLANS = "child_protection_plans_started";
  public static final String STARTED = "children_started_looked_after";
  public static final String LOOKED_AFTER = "children_looked_after";
  public static final String CEASED = "children_ceased_looked_after";
  public static final String SOCIAL_WORKERS = "social_workers_fte";
  /** Derived: social workers (FTE) per 10,000 children aged 0–17. */
  public static final String WORKERS_PER_10000 = "social_workers_per_10000";
  /** Derived: children looked after at 31 March per social worker (FTE). */
  public static final String LOOKED_AFTER_PER_WORKER = "children_looked_after_per_social_worker";

  /** The cascade's rows, in the order shown. */
  public static final List<Stage> ALL = List.of(
      new Stage(REFERRALS, Kind.FLOW, null),
      new Stage(SECTION47, Kind.FLOW, REFERRALS),
      new Stage(ICPC, Kind.FLOW, SECTION47),
      new Stage(PLANS, Kind.FLOW, ICPC),
      new Stage(STARTED, Kind.FLOW, PLANS),
      new Stage("children_in_need_at_31_march", Kind.STOCK, null),
      new Stage("child_protection_plans_at_31_march", Kind.STOCK, null),
      new Stage(LOOKED_AFTER, Kind.STOCK, null),
      new Stage(CEASED, Kind.EXIT, null),
      new Stage("children_ceased_returned_home", Kind.EXIT, CEASED),
      new Stage("children_ceased_adopted", Kind.EXIT, CEASED),
      new Stage("children_ceased_special_guardianship", Kind.EXIT, CEASED),
      new Stage("new_placements", Kind.PLACEMENT, null),
      new Stage("new_placements_outside_over_20_miles", Kind.PLACEMENT, "new_placements"),
      new Stage("children_looked_after_long_term", Kind.PLACEMENT, null),
      new Stage("children_long_term_same_carer", Kind.PLACEMENT, "children_looked_after_long_term"),
      new Stage("children_looked_after_3plus_social_workers", Kind.PLACEMENT, LOOKED_AFTER),
      new Stage(WORKERS_PER_10000, Kind.RESOURCE, null),
      new Stage(LOOKED_AFTER_PER_WORKER, Kind.RESOURCE, null),
      new Stage("social_worker_caseload", Kind.RESOURCE, null),
      new Stage("social_worker_agency_rate", Kind.RESOURCE, null),
      new Stage("social_worker_turnover_rate", Kind.RESOURCE, null),
      new Stage("social_worker_vacancy_rate", Kind.RESOURCE, null),
      new Stage("spend_cla_per_child_looked_after", Kind.RESOURCE, null),
      new Stage("spend_csc_per_child", Kind.RESOURCE, null),
      new Stage("spend_cla_share_of_csc", Kind.RESOURCE, null));

  /** Whether the row is a count with a rate per 10,000 (every kind but resources). */
  public boolean counted() {
    return kind != Kind.RESOURCE;
  }
}
