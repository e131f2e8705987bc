package uk.lacexplorer.selfeval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.stats.agreement.GroupComparison;
import uk.lacexplorer.stats.agreement.GroupGap;
import uk.lacexplorer.stats.agreement.LeikDispersion;
import uk.lacexplorer.stats.agreement.OrdinalCounts;
import uk.lacexplorer.stats.agreement.TastleWiermanConsensus;

/**
 * Turns submitted answers into {@link RoundResults}. Suppression: nothing is shown for a round, theme or
 * characteristic with fewer than 5 respondents or rated answers. For each characteristic a group is shown on its own
 * only with at least 5 rated answers ("too few" otherwise); its answers always count in the totals. Secondary
 * suppression then withholds the fewest further groups that stop a withheld group's figures being worked out from the
 * totals by subtraction: when exactly one group is withheld, or when the withheld groups' answers all sit on one
 * point of the scale (so that any split of them gives each the same rating), one more group is withheld, the smallest
 * whose answers break that tie ({@link #selectGroups}). Nothing is withheld for that reason when every answer to the
 * characteristic is the same rating, since the totals alone then say it for every group.
 * Themes and the overall summary pool only the characteristics that are shown, so a withheld characteristic cannot
 * be recovered by subtraction either.
 * Flags: the {@value #FLAGGED} characteristics with the widest gap in group means, if at least {@value #MINIMUM_GAP}
 * of a scale point (ties at the edge included).
 */
final class ResultsCalculator {
  static final int MINIMUM = RoundResults.MINIMUM_RESPONDENTS;
  static final int FLAGGED = 3;
  static final double MINIMUM_GAP = 0.5;

  private ResultsCalculator() {
  }

  static RoundResults calculate(Round round, Framework framework, Map<String, Integer> respondentsByGroup,
                                List<InvitationRepository.GroupAnswer> answers) {
    int respondents = respondentsByGroup.values().stream().mapToInt(Integer::intValue).sum();
    int levels = framework.levels();
    Map<String, Map<String, long[]>> byItemAndGroup = new HashMap<>();
    Map<String, Long> dontKnow = new HashMap<>();
    for (InvitationRepository.GroupAnswer answer : answers) {
      Framework.ScalePoint point = framework.scalePoint(answer.scalePoint()).orElse(null);
      if (point == null) continue;
      if (!point.rated()) {
        dontKnow.merge(answer.characteristicId(), 1L, Long::sum);
        continue;
      }
      byItemAndGroup.computeIfAbsent(answer.characteristicId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(answer.groupId(), g -> new long[levels])[point.level() - 1]++;
    }
    List<ItemResult> items = new ArrayList<>();
    Map<String, Summary> themes = new LinkedHashMap<>();
    long[] overall = new long[levels];
    long overallDontKnow = 0;
    for (Framework.Theme theme : framework.themes()) {
      long[] pooled = new long[levels];
      long themeDontKnow = 0;
      for (Framework.Characteristic item : theme.characteristics()) {
        Map<String, long[]> groups = byItemAndGroup.getOrDefault(item.id(), Map.of());
        long[] counts = sum(groups.values(), levels);
        long unknown = dontKnow.getOrDefault(item.id(), 0L);
        ItemResult result = item(item.id(), theme.id(), respondents, counts, unknown, groups, framework, levels);
        items.add(result);
        if (!result.summary().suppressed()) {
          add(pooled, counts);
          themeDontKnow += unknown;
        }
      }
      add(overall, pooled);
      overallDontKnow += themeDontKnow;
      themes.put(theme.id(), summary(respondents, pooled, themeDontKnow));
    }
    return new RoundResults(round, framework, respondents, respondentsByGroup, flag(items), themes,
        summary(respondents, overall, overallDontKnow));
  }

  private static ItemResult item(String id, String themeId, int respondents, long[] counts, long unknown,
                                 Map<String, long[]> groups, Framework framework, int levels) {
    Summary summary = summary(respondents, counts, unknown);
    if (summary.suppressed()) return new ItemResult(id, themeId, summary, null, null, List.of(), null, false, List.of());
    OrdinalCounts all = OrdinalCounts.of(counts);
    List<String> order = framework.groups().stream().map(Framework.StakeholderGroup::id).toList();
    GroupSelection selection = selectGroups(groups, order, levels);
    List<ItemResult.GroupSummary> groupSummaries = new ArrayList<>();
    for (String group : selection.shown()) {
      OrdinalCounts groupCounts = OrdinalCounts.of(groups.get(group));
      groupSummaries.add(new ItemResult.GroupSummary(group, groupCounts.total(), groupCounts.median(), groupCounts.mean()));
    }
    ItemResult.Divergence gap = null;
    if (groupSummaries.size() >= 2) {
      ItemResult.GroupSummary low = groupSummaries.stream().min(Comparator.comparingDouble(ItemResult.GroupSummary::mean)).orElseThrow();
      ItemResult.GroupSummary high = groupSummaries.stream().max(Comparator.comparingDouble(ItemResult.GroupSummary::mean)).orElseThrow();
      GroupGap compared = GroupComparison.compare(OrdinalCounts.of(groups.get(low.groupId())),
          OrdinalCounts.of(groups.get(high.groupId())));
      gap = new ItemResult.Divergence(low.groupId(), high.groupId(), compared.meanGap(), compared.medianGap(),
          compared.cliffsDelta(), compared.pValue());
    }
    return new ItemResult(id, themeId, summary, LeikDispersion.consensus(all), TastleWiermanConsensus.of(all),
        groupSummaries, gap, false, selection.withheld());
  }

  /** The groups shown on their own for one characteristic (in {@code order}), and those withheld with the reason. */
  record GroupSelection(List<String> shown, List<ItemResult.Withheld> withheld) {
  }

  /**
   * Chooses the groups to show for one characteristic from each group's rated answers per level ({@code groups}):
   * groups with fewer than 5 rated answers are withheld ("too few"); then, unless every answer is the same rating, if
   * exactly one group is withheld or the withheld groups' answers all share one rating, the smallest shown group whose
   * answers are not all that rating is withheld too (ties: the framework's order), so that no withheld group's
   * ratings can be worked out by subtracting the shown groups from the totals.
   */
  static GroupSelection selectGroups(Map<String, long[]> groups, List<String> order, int levels) {
    List<String> present = new ArrayList<>();
    for (String group : order) if (groups.containsKey(group) && total(groups.get(group)) > 0) present.add(group);
    for (String group : groups.keySet()) {
      if (!present.contains(group) && total(groups.get(group)) > 0) present.add(group);
    }
    Map<String, ItemResult.WithheldReason> reasons = new HashMap<>();
    List<String> shown = new ArrayList<>();
    long[] residual = new long[levels];
    long[] everything = new long[levels];
    for (String group : present) {
      add(everything, groups.get(group));
      if (total(groups.get(group)) < MINIMUM) {
        reasons.put(group, ItemResult.WithheldReason.TOO_FEW);
        add(residual, groups.get(group));
      } else {
        shown.add(group);
      }
    }
    if (!reasons.isEmpty() && !shown.isEmpty() && onlyLevel(everything) < 0) {
      int tie = onlyLevel(residual);
      if (reasons.size() == 1 || tie >= 0) {
        shown.stream()
            .filter(group -> tie < 0 || groups.get(group)[tie] < total(groups.get(group)))
            .min(Comparator.comparingLong((String group) -> total(groups.get(group))).thenComparingInt(present::indexOf))
            .ifPresent(group -> {
              shown.remove(group);
              reasons.put(group, ItemResult.WithheldReason.PROTECTS_SMALL_GROUP);
            });
      }
    }
    List<ItemResult.Withheld> withheld = present.stream().filter(reasons::containsKey)
        .map(group -> new ItemResult.Withheld(group, reasons.get(group))).toList();
    return new GroupSelection(List.copyOf(shown), withheld);
  }

  /** The index of the only level with answers, or -1 if answers sit on two or more levels (or there are none). */
  static int onlyLevel(long[] counts) {
    int level = -1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) continue;
      if (level >= 0) return -1;
      level = i;
    }
    return level;
  }

  private static long total(long[] counts) {
    long n = 0;
    for (long count : counts) n += count;
    return n;
  }

  static Summary summary(int respondents, long[] counts, long dontKnow) {
    OrdinalCounts ordinal = OrdinalCounts.of(counts);
    if (respondents < MINIMUM || ordinal.total() < MINIMUM) return Summary.suppressed(respondents);
    List<Long> list = new ArrayList<>();
    for (long count : counts) list.add(count);
    int established = counts.length / 2 + 1;
    return new Summary(respondents, false, ordinal.total(), dontKnow, list, ordinal.median(), ordinal.mean(),
        ordinal.shareAtOrAbove(established));
  }

  private static List<ItemResult> flag(List<ItemResult> items) {
    List<Double> gaps = items.stream().filter(item -> item.gap() != null && item.gap().meanGap() >= MINIMUM_GAP)
        .map(item -> item.gap().meanGap()).sorted(Comparator.reverseOrder()).toList();
    if (gaps.isEmpty()) return items;
    double edge = gaps.get(Math.min(FLAGGED, gaps.size()) - 1);
    return items.stream().map(item -> item.gap() != null && item.gap().meanGap() >= MINIMUM_GAP
            && item.gap().meanGap() >= edge - 1e-12
        ? item.flag() : item).toList();
  }

  private static long[] sum(Iterable<long[]> rows, int levels) {
    long[] total = new long[levels];
    for (long[] row : rows) add(total, row);
    return total;
  }

  private static void add(long[] target, long[] more) {
    for (int i = 0; i < target.length; i++) target[i] += more[i];
  }
}
