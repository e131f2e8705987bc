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
 * characteristic with fewer than 5 respondents or rated answers; a group is shown only with at least 5 rated answers,
 * and only if the answers of the groups not shown add up to 0 or at least 5 (otherwise the smallest shown group is
 * withheld too), so that no group's figures can be worked out by subtraction.
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
        ItemResult result = item(item.id(), theme.id(), respondents, counts, unknown, groups, framework);
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
                                 Map<String, long[]> groups, Framework framework) {
    Summary summary = summary(respondents, counts, unknown);
    if (summary.suppressed()) return new ItemResult(id, themeId, summary, null, null, List.of(), null, false);
    OrdinalCounts all = OrdinalCounts.of(counts);
    List<String> shown = shownGroups(groups, all.total());
    List<ItemResult.GroupSummary> groupSummaries = new ArrayList<>();
    for (String group : framework.groups().stream().map(Framework.StakeholderGroup::id).toList()) {
      if (!shown.contains(group)) continue;
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
        groupSummaries, gap, false);
  }

  /** Groups with at least 5 rated answers, withholding the smallest while the rest would be 1–4 answers. */
  static List<String> shownGroups(Map<String, long[]> groups, long total) {
    List<Map.Entry<String, Long>> eligible = new ArrayList<>();
    for (Map.Entry<String, long[]> entry : groups.entrySet()) {
      long n = 0;
      for (long count : entry.getValue()) n += count;
      if (n >= MINIMUM) eligible.add(Map.entry(entry.getKey(), n));
    }
    eligible.sort(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    while (!eligible.isEmpty()) {
      long shownTotal = eligible.stream().mapToLong(Map.Entry::getValue).sum();
      long rest = total - shownTotal;
      if (rest == 0 || rest >= MINIMUM) break;
      eligible.remove(0);
    }
    return eligible.stream().map(Map.Entry::getKey).toList();
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
        ? new ItemResult(item.characteristicId(), item.themeId(), item.summary(), item.leikConsensus(),
            item.tastleWiermanConsensus(), item.groups(), item.gap(), true)
        : item).toList();
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
