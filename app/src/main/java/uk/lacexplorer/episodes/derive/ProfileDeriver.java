package uk.lacexplorer.episodes.derive;

import static uk.lacexplorer.episodes.parse.Tables.Episode.DEC;
import static uk.lacexplorer.episodes.parse.Tables.Episode.DECOM;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;
import uk.lacexplorer.episodes.parse.Tables.Header;

/**
 * Who was looked after at 31 March of each year, by placement group, legal status group and age band: the episode
 * open on the day (DECOM ≤ 31 March, DEC blank or later; short breaks left out) gives the placement and legal
 * status, the header's date of birth the age. Groups follow the DfE release's categories:
 * <ul>
 *   <li>placement: foster (U1–U6), placed_for_adoption (A3–A6), with_parents (P1), childrens_homes (K1, K2),
 *       independent_and_semi_independent (H5, K3, P2), residential_and_schools (R1, R2, R3, R5, S1), temporary
 *       (T0–T4), other (P3, Z1), unknown (blank or invalid);</li>
 *   <li>legal_status: interim_care_order (C1), full_care_order (C2), placement_order (E1, D1), section_20 (V2),
 *       youth_justice (J1–J3), emergency_protection (L1–L3), unknown;</li>
 *   <li>age: under_1, 1_to_4, 5_to_9, 10_to_15, 16_and_over, unknown (at 31 March).</li>
 * </ul>
 */
public final class ProfileDeriver {
  public enum Dimension { PLACEMENT, LEGAL_STATUS, AGE }

  /** Children of one authority looked after at 31 March of {@code year} in one category of one dimension. */
  public record Profile(String laCode, int year, Dimension dimension, String category, int children) {
  }

  private static final String[] PLACEMENT = groups(CodeLists.standard().placement, Map.of(
      "foster", "U1 U2 U3 U4 U5 U6", "placed_for_adoption", "A3 A4 A5 A6", "with_parents", "P1",
      "childrens_homes", "K1 K2", "independent_and_semi_independent", "H5 K3 P2",
      "residential_and_schools", "R1 R2 R3 R5 S1", "temporary", "T0 T1 T2 T3 T4", "other", "P3 Z1"));
  private static final String[] LEGAL = groups(CodeLists.standard().legalStatus, Map.of(
      "interim_care_order", "C1", "full_care_order", "C2", "placement_order", "E1 D1", "section_20", "V2",
      "youth_justice", "J1 J2 J3", "emergency_protection", "L1 L2 L3", "short_break", "V3 V4"));

  private ProfileDeriver() {
  }

  private static String[] groups(CodeList codes, Map<String, String> members) {
    String[] group = new String[codes.codes().size() + 1];
    members.forEach((name, list) -> {
      for (String code : list.split(" ")) group[codes.index(code)] = name;
    });
    return group;
  }

  public static List<Profile> derive(String laCode, TableData episodes, TableData header, EpisodeOrder order,
                                     CollectionWindow window) {
    int[] birth = new int[order.children()];
    java.util.Arrays.fill(birth, Dates.BLANK);
    for (int row = header.size() - 1; row >= 0; row--) {
      int child = header.child(row);
      if (child >= 0 && child < birth.length) birth[child] = header.date(Header.DOB, row);
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (int c = 0; c < order.children(); c++) {
      for (int year = window.firstYear(); year <= window.lastYear(); year++) {
        int day = CareYears.march31(year);
        int open = -1;
        for (int p = order.begin(c); p < order.end(c); p++) {
          int row = order.row(p);
          if (!UsableEpisodes.isUsable(episodes, row)) continue;
          int start = episodes.date(DECOM, row);
          int end = episodes.date(DEC, row);
          if (start <= day && (end == Dates.BLANK || end > day)) open = row;
        }
        if (open < 0) continue;
        count(counts, year, Dimension.PLACEMENT, category(PLACEMENT, episodes.code(Episode.PLACE, open)));
        count(counts, year, Dimension.LEGAL_STATUS, category(LEGAL, episodes.code(Episode.LS, open)));
        count(counts, year, Dimension.AGE, ageBand(birth[c], day));
      }
    }
    List<Profile> profiles = new ArrayList<>();
    counts.forEach((key, count) -> {
      String[] parts = key.split("/", 3);
      profiles.add(new Profile(laCode, Integer.parseInt(parts[0]), Dimension.valueOf(parts[1]), parts[2], count[0]));
    });
    return profiles;
  }

  private static void count(Map<String, int[]> counts, int year, Dimension dimension, String category) {
    counts.computeIfAbsent(year + "/" + dimension.name() + "/" + category, key -> new int[1])[0]++;
  }

  private static String category(String[] groups, byte code) {
    return code > 0 && groups[code] != null ? groups[code] : "unknown";
  }

  static String ageBand(int birth, int day) {
    if (!Dates.isDate(birth) || birth > day) return "unknown";
    if (day < Dates.plusYears(birth, 1)) return "under_1";
    if (day < Dates.plusYears(birth, 5)) return "1_to_4";
    if (day < Dates.plusYears(birth, 10)) return "5_to_9";
    if (day < Dates.plusYears(birth, 16)) return "10_to_15";
    return "16_and_over";
  }
}
