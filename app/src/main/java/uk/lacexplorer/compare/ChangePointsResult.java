package uk.lacexplorer.compare;

import java.util.List;

/**
 * The change points found: one result per authority analysed (one for an authority, every authority of a nation
 * with enough years otherwise), and the authorities left out for too few years with a rate.
 */
public record ChangePointsResult(ChangePointRequest request, List<ChangePointResult> authorities, List<String> skipped) {
  public ChangePointsResult {
    authorities = List.copyOf(authorities);
    skipped = List.copyOf(skipped);
  }
}
