package uk.lacexplorer.imports.dfe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.read.Rounded;
import uk.lacexplorer.observation.Observation;

/**
 * The placement mix at 31 March from a file's children looked after by placement: the share (%) fostered, placed for
 * adoption and placed with parents, of the total the same file gives (the SFR's {@code CLA_Mar} total, or the
 * dashboard's own {@code placement=total}). A suppressed type or total gives no share.
 */
public final class PlacementShares {
  /** Placement breakdown value → share measure. */
  public static final Map<String, String> MEASURES = Map.of("placement=foster", "placed_in_foster_care_pct",
      "placement=placed_for_adoption", "placed_for_adoption_pct", "placement=placed_with_parents", "placed_with_parents_pct");

  private PlacementShares() {
  }

  private record Key(AreaCode area, int period) {
  }

  public static List<Observation> of(List<Observation> observations, String totalBreakdown, String sourceId) {
    Map<Key, Double> totals = new HashMap<>();
    for (Observation o : observations) {
      if (o.measure().equals("children_looked_after") && o.breakdown().equals(totalBreakdown) && o.value() != null) {
        totals.put(new Key(o.area(), o.period()), o.value());
      }
    }
    List<Observation> shares = new ArrayList<>();
    for (Observation o : observations) {
      String measure = MEASURES.get(o.breakdown());
      if (measure == null || !o.measure().equals("children_looked_after") || o.value() == null) continue;
      Double total = totals.get(new Key(o.area(), o.period()));
      if (total == null || total <= 0) continue;
      shares.add(new Observation(o.area(), measure, o.period(), Observation.TOTAL, Rounded.percent(100 * o.value() / total),
          Set.of(), sourceId));
    }
    return shares;
  }
}
