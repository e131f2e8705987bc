package uk.lacexplorer.commission;

import uk.lacexplorer.projection.ProjectionRequest;

/**
 * Demand by placement type for an authority's projection (and its scenario), against a supply (or none), with the
 * user's weekly costs per type where the supply gives none (or none).
 */
public record CommissionRequest(ProjectionRequest projection, Supply supply, UnitCosts costs) {
  public CommissionRequest {
    if (projection == null) throw new IllegalArgumentException("a commissioning request needs a projection");
    supply = supply == null ? Supply.NONE : supply;
    costs = costs == null ? UnitCosts.NONE : costs;
  }

  public CommissionRequest(ProjectionRequest projection, Supply supply) {
    this(projection, supply, UnitCosts.NONE);
  }
}
