package uk.lacexplorer.selfeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suppression, pooling and flags, worked out by hand on small made-up rounds. */
class ResultsCalculatorTest {
  final Framework framework = FrameworkJson.standard();
  final Round round = new Round(1, "W06000020", "Test", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"),
      Round.Status.CLOSED, framework.id(), framework.version(), false, List.of("senior_leaders", "social_work", "police"),
      Instant.EPOCH, Instant.EPOCH);

  /** Answers of {@code count} respondents of a group: {@code point} for the listed items, "established" otherwise. */
  static void add(List<InvitationRepository.GroupAnswer> answers, Map<String, Integer> respondents, String group,
                  int count, String point, String... items) {
    respondents.merge(group, count, Integer::sum);
    List<String> special = List.of(items);
    for (int i = 0; i < count; i++) {
      for (Framework.Characteristic item : FrameworkJson.standard().characteristics()) {
        answers.add(new InvitationRepository.GroupAnswer(group, item.id(), special.contains(item.id()) ? point : "established"));
      }
    }
  }

  @Test
  void withholdsAGroupWhoseFiguresCouldBeWorkedOutBySubtraction() {
    List<InvitationRepository.GroupAnswer> answers = new ArrayList<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    add(answers, respondents, "senior_leaders", 6, "embedded", "A1");
    add(answers, respondents, "social_work", 5, "emerging", "A1");
    add(answers, respondents, "police", 2, "not_in_place", "A1");
    RoundResults results = ResultsCalculator.calculate(round, framework, respondents, answers);
    ItemResult a1 = results.item("A1");
    // 13 rated: police (2) cannot be shown; showing both others would leave police's 2 answers by subtraction, so the
    // smaller shown group (social work, 5) is withheld too; then the rest is 7 ≥ 5.
    assertThat(a1.summary().counts()).containsExactly(2L, 5L, 0L, 6L);
    assertThat(a1.groups()).extracting(ItemResult.GroupSummary::groupId).containsExactly("senior_leaders");
    assertThat(a1.withheld()).containsExactly(
        new ItemResult.Withheld("social_work", ItemResult.WithheldReason.PROTECTS_SMALL_GROUP),
        new ItemResult.Withheld("police", ItemResult.WithheldReason.TOO_FEW));
    assertThat(results.withheldGroups()).containsExactly(new RoundResults.GroupWithholding("social_work", 5, 0, 1),
        new RoundResults.GroupWithholding("police", 2, 23, 0));
    assertThat(a1.gap()).isNull();
    assertThat(results.flagged()).isEmpty();
  }

  @Test
  void showsEveryGroupWhenNoneIsSmall() {
    List<InvitationRepository.GroupAnswer> answers = new ArrayList<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    add(answers, respondents, "senior_leaders", 5, "embedded", "A1", "B1", "C1", "D1");
    add(answers, respondents, "social_work", 5, "emerging", "A1", "B1", "C1");
    RoundResults results = ResultsCalculator.calculate(round, framework, respondents, answers);
    assertThat(results.item("A1").groups()).extracting(ItemResult.GroupSummary::groupId)
        .containsExactly("senior_leaders", "social_work");
    // A1, B1, C1: leaders 4 vs practitioners 2 → gap 2; D1: leaders 4 vs 3 → gap 1. Top three are A1, B1, C1.
    assertThat(results.flagged()).extracting(ItemResult::characteristicId).containsExactly("A1", "B1", "C1");
    assertThat(results.item("D1").gap().meanGap()).isEqualTo(1.0);
    assertThat(results.item("D1").flagged()).isFalse();
  }

  @Test
  void themeAndOverallPoolOnlyTheCharacteristicsThatAreShown() {
    List<InvitationRepository.GroupAnswer> answers = new ArrayList<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    add(answers, respondents, "social_work", 6, "dont_know", "E2");
    // E2 has 6 respondents but 0 rated answers: suppressed; theme E pools E1 only.
    RoundResults results = ResultsCalculator.calculate(round, framework, respondents, answers);
    assertThat(results.item("E2").summary().suppressed()).isTrue();
    Summary themeE = results.themes().get("E");
    assertThat(themeE.rated()).isEqualTo(6L);
    assertThat(themeE.dontKnow()).isZero();
    assertThat(themeE.counts()).containsExactly(0L, 0L, 6L, 0L);
    assertThat(results.overall().rated()).isEqualTo(6L * 22);
  }

  @Test
  void themeSummaryWorkedThrough() {
    List<InvitationRepository.GroupAnswer> answers = new ArrayList<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    add(answers, respondents, "social_work", 5, "not_in_place", "D1");
    add(answers, respondents, "police", 5, "embedded", "D2", "D3");
    RoundResults results = ResultsCalculator.calculate(round, framework, respondents, answers);
    // Theme D pools 30 answers: D1 = 5×1 + 5×3, D2 = 5×3 + 5×4, D3 = 5×3 + 5×4 → counts (5, 0, 15, 10).
    Summary d = results.themes().get("D");
    assertThat(d.counts()).containsExactly(5L, 0L, 15L, 10L);
    // Median: the 15th and 16th of 30 sorted answers are both 3; share at 3+ = 25/30; mean = (5 + 45 + 40)/30 = 3.
    assertThat(d.median()).isEqualTo(3.0);
    assertThat(d.shareEstablishedOrBetter()).isCloseTo(25.0 / 30, within(1e-12));
    assertThat(d.mean()).isCloseTo(3.0, within(1e-12));
  }
}
