package uk.lacexplorer.compare;

import java.util.List;

/** The trends asked for, one per authority in the order asked. */
public record TrendsResult(TrendsRequest request, List<TrendResult> areas) {
  public TrendsResult {
    areas = List.copyOf(areas);
  }
}
