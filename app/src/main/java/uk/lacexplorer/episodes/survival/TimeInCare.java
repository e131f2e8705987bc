package uk.lacexplorer.episodes.survival;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.lacexplorer.episodes.codes.ExitRoute;
import uk.lacexplorer.stats.survival.AalenJohansen;
import uk.lacexplorer.stats.survival.Estimate;
import uk.lacexplorer.stats.survival.EventTable;
import uk.lacexplorer.stats.survival.KaplanMeier;

/**
 * Time from entering care to leaving it, by group: Kaplan–Meier for leaving by any route (reported as the share
 * who have left, 1 − S) and the Aalen–Johansen cumulative incidence of each exit route, with 95% confidence
 * intervals, at chosen months after entry. A month is 365.25/12 days, counted down to whole days (6 months = 182
 * days, 12 months = 365 days). The standard error of the share who left, 1 − S, is S times Greenwood's standard
 * error of log S (the delta method); its interval is 1 minus the log-type interval of S.
 */
public final class TimeInCare {
  public static final String LEFT_CARE = "left_care";
  private static final double CONFIDENCE = 0.95;

  /** One estimate: the share of the group's periods that had ended (by {@code measure}) by {@code months}. */
  public record Row(String group, int periods, int months, int days, int atRisk, String measure, Estimate estimate) {
  }

  private TimeInCare() {
  }

  public static int days(int months) {
    return (int) Math.floor(months * 365.25 / 12);
  }

  public static List<Row> estimate(List<CarePeriods> authorities, Grouping grouping, List<Integer> months) {
    Map<String, List<int[]>> groups = switch (grouping) {
      case COHORT -> new TreeMap<>();
      case AGE -> new TreeMap<>(java.util.Comparator.comparingInt(Grouping::ageRank));
      default -> new LinkedHashMap<>();
    };
    for (CarePeriods periods : authorities) {
      for (int p = 0; p < periods.size(); p++) {
        groups.computeIfAbsent(grouping.label(periods, p), key -> new ArrayList<>())
            .add(new int[] {periods.days(p), periods.route(p) + 1});
      }
    }
    List<Row> rows = new ArrayList<>();
    int causes = ExitRoute.values().length;
    for (Map.Entry<String, List<int[]>> group : groups.entrySet()) {
      List<int[]> data = group.getValue();
      double[] time = new double[data.size()];
      int[] cause = new int[data.size()];
      for (int i = 0; i < data.size(); i++) {
        time[i] = data.get(i)[0];
        cause[i] = data.get(i)[1];
      }
      EventTable table = EventTable.of(time, cause, causes);
      KaplanMeier km = KaplanMeier.fit(table, CONFIDENCE);
      AalenJohansen aj = AalenJohansen.fit(table, CONFIDENCE);
      for (int month : months) {
        int days = days(month);
        int atRisk = atRisk(time, days);
        Estimate stay = km.at(days);
        Estimate left = new Estimate(1 - stay.value(), stay.value() * stay.standardError(),
            Double.isNaN(stay.upper()) ? Double.NaN : 1 - stay.upper(),
            Double.isNaN(stay.lower()) ? Double.NaN : 1 - stay.lower());
        rows.add(new Row(group.getKey(), data.size(), month, days, atRisk, LEFT_CARE, left));
        for (ExitRoute route : ExitRoute.values()) {
          rows.add(new Row(group.getKey(), data.size(), month, days, atRisk, route.id(),
              aj.at(route.ordinal() + 1, days)));
        }
      }
    }
    return rows;
  }

  /** Periods still followed (in care and not censored) just after {@code days}. */
  private static int atRisk(double[] time, int days) {
    int count = 0;
    for (double t : time) if (t > days) count++;
    return count;
  }
}
