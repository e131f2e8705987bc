package uk.lacexplorer.imports.deprivation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.read.Breakdown;
import uk.lacexplorer.observation.Observation;

/**
 * Counts each authority's LSOAs by WIMD decile and gives the share (%) in the 10%, 20% and 30% most deprived of Wales
 * (deciles 1, 1–2 and 1–3), overall and by domain. Where the file gives only ranks (1 = most deprived, of N), decile
 * d holds ranks up to ceil(d × N / 10), which is how the Welsh Government's published WIMD deciles are cut (checked
 * against the 2011 and 2019 decile columns). Not thread-safe.
 */
final class WimdShares {
  static final String OVERALL = "";
  private static final int[] PERCENTS = {10, 20, 30};
  private final Map<String, Map<AreaCode, int[]>> counts = new TreeMap<>();

  /** The decile of a rank among {@code lsoas} LSOAs, by the Welsh Government's cut. */
  static int decileOfRank(double rank, int lsoas) {
    for (int decile = 1; decile < 10; decile++) {
      if (rank <= Math.ceil(decile * (double) lsoas / 10)) return decile;
    }
    return 10;
  }

  /** Counts one LSOA of {@code area} in {@code decile} of {@code domain} ({@link #OVERALL} for the overall index). */
  void add(String domain, AreaCode area, int decile) {
    int[] byDecile = counts.computeIfAbsent(domain, key -> new TreeMap<>()).computeIfAbsent(area, key -> new int[11]);
    byDecile[decile]++;
    byDecile[0]++;
  }

  List<Observation> observations(int edition, String sourceId) {
    List<Observation> observations = new ArrayList<>();
    counts.forEach((domain, byArea) -> byArea.forEach((area, byDecile) -> {
      int within = 0;
      for (int i = 0; i < PERCENTS.length; i++) {
        within += byDecile[i + 1];
        double share = BigDecimal.valueOf(100.0 * within / byDecile[0]).setScale(2, RoundingMode.HALF_UP).doubleValue();
        observations.add(new Observation(area, "wimd_share_lsoas_" + PERCENTS[i] + "pct_most_deprived", edition,
            domain.isEmpty() ? Observation.TOTAL : Breakdown.of("domain", domain), share, Set.of(), sourceId));
      }
    }));
    return observations;
  }
}
