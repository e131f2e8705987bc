package uk.lacexplorer.need;

import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;

/**
 * Statistical neighbours of one authority ({@code area}, a name or code): k nearest on the need factors with a
 * distance; with {@code sensitivity}, also the sets that leave a factor out, change k or the distance. Across both
 * nations a Welsh authority's neighbours are the nearest English authorities, and without an area every Welsh
 * authority gets its set ({@link #allWelsh()}).
 */
public record NeighboursRequest(String area, NeedRequest need, int k, MetricChoice metric, boolean sensitivity) {
  public static final int DEFAULT_K = 5;

  public NeighboursRequest {
    Objects.requireNonNull(need, "need");
    if ((area == null || area.isBlank()) && need.scope() != NationScope.BOTH) {
      throw UserError.of("error.option.required", Arg.option("area"));
    }
    area = area == null || area.isBlank() ? null : area.strip();
    Objects.requireNonNull(metric, "metric");
    if (k < 1) throw UserError.of("error.need.kAtLeast", Arg.option("k"), 1, k);
  }

  /** True when every Welsh authority's nearest English authorities are asked for (both nations, no area). */
  public boolean allWelsh() {
    return area == null;
  }

  /** {@code k} as typed, or the default. */
  public static int k(String text) {
    return Choices.integer("k", text, DEFAULT_K);
  }
}
