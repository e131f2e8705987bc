package uk.lacexplorer.need;

import java.util.Objects;
import uk.lacexplorer.compare.ChangeRequest;
import uk.lacexplorer.measure.MeasureId;

/** Each authority's change in rate between two years against its change in a need factor ({@code ./lacx changes}). */
public record ChangesRequest(ChangeRequest change, MeasureId factor) {
  public ChangesRequest {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(factor, "factor");
  }
}
