package uk.lacexplorer.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression, attacked: an adversary who sees a characteristic's totals and who knows, worst case, the
 * exact answers of every group shown on its own (more than the page shows: only their count, median and mean) and
 * how many answers each withheld group gave, subtracts the shown groups from the totals and tries every way of
 * splitting what is left between the withheld groups. A withheld group is recovered when every split gives it the
 * same sum of ratings (so the same mean). The property fails if any withheld group can be recovered, unless the
 * totals alone already say it (every answer the same rating). It also checks that the suppression is the fewest:
 * showing a group withheld "to protect a small group" again would let the adversary recover one.
 */
class GroupSuppressionPropertyTest {
  static final Framework FRAMEWORK = FrameworkJson.standard();
  static final List<String> GROUPS = List.of("senior_leaders", "social_work", "police", "health", "education", "legal");
  static final Round ROUND = new Round(1, "W06000020", "Test", LocalDate.parse("2025-03-01"),
      LocalDate.parse("2025-03-31"), Round.Status.CLOSED, FRAMEWORK.id(), FRAMEWORK.version(), false, GROUPS,
      Instant.EPOCH, Instant.EPOCH);
  static final int LEVELS = FRAMEWORK.levels();

  /** Each group's answers to A1 (levels 1 to 4), one list per group in {@link #GROUPS} order. */
  @Property(tries = 3000)
  void noWithheldGroupCanBeRecoveredFromWhatIsShown(
      @ForAll @Size(min = 1, max = 6) List<@Size(max = 12) List<@IntRange(min = 1, max = 4) Integer>> answersByGroup) {
    Map<String, long[]> truth = truth(answersByGroup);
    ItemResult a1 = calculate(answersByGroup).item("A1");
    if (a1.summary().suppressed()) {
      assertThat(a1.groups()).isEmpty();
      assertThat(a1.withheld()).isEmpty();
      return;
    }
    // What is shown matches the answers, and every group that answered is either shown or said to be withheld.
    Set<String> accounted = new TreeSet<>();
    for (ItemResult.GroupSummary shown : a1.groups()) {
      assertThat(shown.rated()).isEqualTo(total(truth.get(shown.groupId())));
      assertThat(shown.rated()).isGreaterThanOrEqualTo(RoundResults.MINIMUM_RESPONDENTS);
      accounted.add(shown.groupId());
    }
    for (ItemResult.Withheld withheld : a1.withheld()) {
      long rated = total(truth.get(withheld.groupId()));
      assertThat(withheld.reason() == ItemResult.WithheldReason.TOO_FEW).as(withheld.toString())
          .isEqualTo(rated < RoundResults.MINIMUM_RESPONDENTS);
      assertThat(accounted.add(withheld.groupId())).as("listed once: " + withheld).isTrue();
    }
    assertThat(accounted).isEqualTo(truth.keySet());

    long[] totals = a1.summary().counts().stream().mapToLong(Long::longValue).toArray();
    List<String> shown = a1.groups().stream().map(ItemResult.GroupSummary::groupId).toList();
    List<String> withheld = a1.withheld().stream().map(ItemResult.Withheld::groupId).toList();
    assertThat(recovered(totals, truth, shown, withheld)).as("a withheld group recovered by subtraction").isNull();

    // The fewest cells: at most one group is withheld to protect others, and showing it would give one away.
    List<String> protecting = a1.withheld().stream()
        .filter(w -> w.reason() == ItemResult.WithheldReason.PROTECTS_SMALL_GROUP).map(ItemResult.Withheld::groupId).toList();
    assertThat(protecting).hasSizeLessThanOrEqualTo(1);
    for (String group : protecting) {
      List<String> moreShown = new ArrayList<>(shown);
      moreShown.add(group);
      List<String> lessWithheld = new ArrayList<>(withheld);
      lessWithheld.remove(group);
      assertThat(recovered(totals, truth, moreShown, lessWithheld)).as("withholding " + group + " was needed").isNotNull();
      // ... and it is the smallest group that protects them.
      for (String other : shown) {
        if (total(truth.get(other)) >= total(truth.get(group))) continue;
        List<String> swapShown = new ArrayList<>(moreShown);
        swapShown.remove(other);
        List<String> swapWithheld = new ArrayList<>(lessWithheld);
        swapWithheld.add(other);
        assertThat(recovered(totals, truth, swapShown, swapWithheld)).as("smaller " + other + " would not do").isNotNull();
      }
    }
  }

  @Test
  void twoSmallGroupsProtectEachOtherSoTheLargerGroupsAreStillCompared() {
    // Police 1 (not in place) and education 2 (embedded) are too few; together they are two groups whose answers
    // differ, so no further group is withheld: leaders (6) and social workers (5) are still compared.
    ItemResult a1 = calculate(List.of(List.of(4, 4, 4, 4, 4, 4), List.of(2, 2, 2, 2, 2), List.of(1), List.of(),
        List.of(4, 4))).item("A1");
    assertThat(a1.groups()).extracting(ItemResult.GroupSummary::groupId).containsExactly("senior_leaders", "social_work");
    assertThat(a1.withheld()).containsExactly(new ItemResult.Withheld("police", ItemResult.WithheldReason.TOO_FEW),
        new ItemResult.Withheld("education", ItemResult.WithheldReason.TOO_FEW));
    assertThat(a1.gap().meanGap()).isEqualTo(2.0);
  }

  @Test
  void oneSmallGroupIsProtectedByWithholdingTheSmallestOtherGroup() {
    // Police (2) alone would be leaders' and social workers' totals subtracted from the whole; health (5) is the
    // smallest other group, so it is withheld and leaders (7) and social workers (6) are compared.
    ItemResult a1 = calculate(List.of(List.of(4, 4, 4, 4, 4, 4, 4), List.of(2, 2, 2, 2, 2, 2), List.of(1, 1),
        List.of(3, 3, 3, 3, 3))).item("A1");
    assertThat(a1.groups()).extracting(ItemResult.GroupSummary::groupId).containsExactly("senior_leaders", "social_work");
    assertThat(a1.withheld()).containsExactly(new ItemResult.Withheld("police", ItemResult.WithheldReason.TOO_FEW),
        new ItemResult.Withheld("health", ItemResult.WithheldReason.PROTECTS_SMALL_GROUP));
  }

  @Test
  void smallGroupsWhoAllGaveOneRatingNeedAGroupThatGaveAnother() {
    // Police (1) and education (1) both said "not in place": left over after subtraction, two answers of 1 give each
    // away. Health (5, all 1) would not help; social workers (6, all 2) are the smallest group that does.
    ItemResult a1 = calculate(List.of(List.of(4, 4, 4, 4, 4, 4, 4), List.of(2, 2, 2, 2, 2, 2), List.of(1),
        List.of(1, 1, 1, 1, 1), List.of(1))).item("A1");
    assertThat(a1.withheld()).extracting(ItemResult.Withheld::groupId).containsExactly("social_work", "police", "education");
    assertThat(a1.withheld().get(0).reason()).isEqualTo(ItemResult.WithheldReason.PROTECTS_SMALL_GROUP);
    assertThat(a1.groups()).extracting(ItemResult.GroupSummary::groupId).containsExactly("senior_leaders", "health");
  }

  @Test
  void theAttackFindsAGroupLeftAloneBySubtraction() {
    // The attack itself can succeed: with police the only group withheld, subtraction gives its two answers' sum.
    Map<String, long[]> truth = truth(List.of(List.of(4, 4, 4, 4, 4, 4), List.of(2, 2, 2, 2, 2), List.of(1, 3)));
    long[] totals = {1, 5, 1, 6};
    assertThat(recovered(totals, truth, List.of("senior_leaders", "social_work"), List.of("police")))
        .isEqualTo("police: sum 4 of 2 answers");
  }

  static RoundResults calculate(List<List<Integer>> answersByGroup) {
    List<InvitationRepository.GroupAnswer> answers = new ArrayList<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    for (int g = 0; g < answersByGroup.size(); g++) {
      String group = GROUPS.get(g);
      for (int level : answersByGroup.get(g)) {
        answers.add(new InvitationRepository.GroupAnswer(group, "A1", FRAMEWORK.point(level).id()));
        respondents.merge(group, 1, Integer::sum);
      }
    }
    return ResultsCalculator.calculate(ROUND, FRAMEWORK, respondents, answers);
  }

  static Map<String, long[]> truth(List<List<Integer>> answersByGroup) {
    Map<String, long[]> truth = new LinkedHashMap<>();
    for (int g = 0; g < answersByGroup.size(); g++) {
      if (answersByGroup.get(g).isEmpty()) continue;
      long[] counts = new long[LEVELS];
      for (int level : answersByGroup.get(g)) counts[level - 1]++;
      truth.put(GROUPS.get(g), counts);
    }
    return truth;
  }

  /**
   * The adversary: what is left of the totals after the shown groups, split every possible way among the withheld
   * groups (each given its true number of answers). A description of the first group whose sum of ratings is the
   * same in every split, or null if none is; null too when every answer in the totals is the same rating.
   */
  static String recovered(long[] totals, Map<String, long[]> truth, List<String> shown, List<String> withheld) {
    if (ResultsCalculator.onlyLevel(totals) >= 0) return null;
    long[] left = totals.clone();
    for (String group : shown) {
      for (int i = 0; i < LEVELS; i++) left[i] -= truth.get(group)[i];
    }
    for (String group : withheld) {
      int answers = (int) total(truth.get(group));
      Set<Long> sums = new TreeSet<>();
      splits(left, 0, answers, 0, sums);
      if (sums.size() == 1) return group + ": sum " + sums.iterator().next() + " of " + answers + " answers";
    }
    return null;
  }

  /** Every sum of ratings of {@code remaining} answers drawn from {@code left} (levels from {@code level} on). */
  private static void splits(long[] left, int level, int remaining, long sum, Set<Long> sums) {
    if (remaining == 0) {
      sums.add(sum);
      return;
    }
    if (level == left.length) return;
    for (int take = 0; take <= Math.min(remaining, left[level]); take++) {
      splits(left, level + 1, remaining - take, sum + (long) take * (level + 1), sums);
    }
  }

  static long total(long[] counts) {
    long n = 0;
    for (long count : counts) n += count;
    return n;
  }
}
