package uk.lacexplorer.commission;

import uk.lacexplorer.projection.ProjectionRequest;

/** Demand by placement type for an authority's projection (and its scenario), against a supply (or none). */
public record CommissionRequest(ProjectionRequest projection, Supply supply) {
  public CommissionRequest {
    if (projection == null) throw new IllegalArgumentException("a commissioning request needs a projection");
    supply = supply == null ? Supply.NONE : supply;
  }
}
