package uk.lacexplorer.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Consensus and group gaps worked out by hand, with the arithmetic written next to each check. */
class OrdinalAgreementHandCalculationTest {

  @Test
  void everyoneInOneCategoryIsFullConsensus() {
    OrdinalCounts counts = OrdinalCounts.of(0, 0, 7, 0);
    // F = (0, 0, 1): d = (0, 0, 0) → D = 0.  μ = 3, every |X − μ| = 0 → Cns = 1 + log2(1) = 1.
    assertThat(LeikDispersion.of(counts)).isEqualTo(0.0);
    assertThat(LeikDispersion.consensus(counts)).isEqualTo(1.0);
    assertThat(TastleWiermanConsensus.of(counts)).isEqualTo(1.0);
  }

  @Test
  void evenSplitBetweenTheExtremesIsNoConsensus() {
    OrdinalCounts counts = OrdinalCounts.of(5, 0, 0, 5);
    // F = (.5, .5, .5): d = (.5, .5, .5) → D = 2·1.5/3 = 1.
    // μ = 2.5, |1 − 2.5|/3 = |4 − 2.5|/3 = .5 → Cns = 1 + .5·log2(.5) + .5·log2(.5) = 1 − 1 = 0.
    assertThat(LeikDispersion.of(counts)).isCloseTo(1.0, within(1e-15));
    assertThat(TastleWiermanConsensus.of(counts)).isCloseTo(0.0, within(1e-15));
  }

  @Test
  void uniformAnswersOnFourPoints() {
    OrdinalCounts counts = OrdinalCounts.of(1, 1, 1, 1);
    // F = (.25, .5, .75): d = (.25, .5, .25) → D = 2·1/3 = 2/3.
    assertThat(LeikDispersion.of(counts)).isCloseTo(2.0 / 3, within(1e-15));
    // μ = 2.5; |X − μ|/3 = (.5, 1/6, 1/6, .5);
    // Cns = 1 + ¼[2·log2(.5) + 2·log2(5/6)] = 1 + ¼[−2 + 2·(−0.263034406)] = 1 − 0.631517203 = 0.368482797.
    assertThat(TastleWiermanConsensus.of(counts)).isCloseTo(0.368482797, within(1e-9));
  }

  @Test
  void skewedAnswersWorkedThrough() {
    OrdinalCounts counts = OrdinalCounts.of(0, 1, 4, 5);
    // n = 10, F = (0, .1, .5): d = (0, .1, .5) → D = 2·.6/3 = 0.4, consensus 0.6.
    assertThat(LeikDispersion.of(counts)).isCloseTo(0.4, within(1e-15));
    assertThat(LeikDispersion.consensus(counts)).isCloseTo(0.6, within(1e-15));
    // μ = (2 + 12 + 20)/10 = 3.4; 1 − |X − μ|/3 for X = 2, 3, 4: 1 − 1.4/3 = 0.533333, 1 − .4/3 = 0.866667,
    // 1 − .6/3 = 0.8; Cns = 1 + .1·log2(.533333) + .4·log2(.866667) + .5·log2(.8)
    //                    = 1 + .1·(−0.906891) + .4·(−0.206451) + .5·(−0.321928) = 0.665767.
    assertThat(TastleWiermanConsensus.of(counts)).isCloseTo(0.665767, within(1e-6));
    // Sorted answers 2,3,3,3,3,4,4,4,4,4: the 5th and 6th are 3 and 4 → median 3.5; share at 3 or above = .9.
    assertThat(counts.median()).isEqualTo(3.5);
    assertThat(counts.shareAtOrAbove(3)).isCloseTo(0.9, within(1e-15));
    assertThat(counts.mean()).isCloseTo(3.4, within(1e-15));
  }

  @Test
  void groupGapWorkedThrough() {
    OrdinalCounts leaders = OrdinalCounts.of(0, 0, 2, 3);       // 3,3,4,4,4
    OrdinalCounts practitioners = OrdinalCounts.of(1, 3, 1, 0); // 1,2,2,2,3
    GroupGap gap = GroupComparison.compare(practitioners, leaders);
    // Means: leaders 18/5 = 3.6, practitioners 10/5 = 2.0 → gap 1.6; medians 4 and 2 → gap 2.
    assertThat(gap.meanGap()).isCloseTo(1.6, within(1e-12));
    assertThat(gap.medianGap()).isEqualTo(2.0);
    // U for leaders: each 3 beats 4 practitioners (1,2,2,2) and ties one 3 → 4.5, twice = 9;
    // each 4 beats all 5 → 15; U = 24 of 25 pairs. Cliff's delta = (2·24 − 25)/25 = 0.92.
    assertThat(gap.mannWhitneyU()).isEqualTo(24.0);
    assertThat(gap.cliffsDelta()).isCloseTo(0.92, within(1e-12));
    // Ties across both groups: level 1 ×1, 2 ×3, 3 ×3, 4 ×3 → Σ(t³ − t) = 0 + 24 + 24 + 24 = 72; N = 10.
    // Var = 25/12 · (11 − 72/90) = 25/12 · 10.2 = 21.25; z = (24 − 12.5 − 0.5)/√21.25 = 11/4.609772 = 2.386235.
    assertThat(gap.z()).isCloseTo(2.386235, within(1e-6));
    // p = 2·(1 − Φ(2.386235)) = 0.017020 (R: pnorm(-11/sqrt(21.25))*2).
    assertThat(gap.pValue()).isCloseTo(0.01702, within(1e-5));
  }

  @Test
  void identicalAnswersGiveNoGapAndNoEvidence() {
    GroupGap gap = GroupComparison.compare(OrdinalCounts.of(0, 5, 0, 0), OrdinalCounts.of(0, 6, 0, 0));
    assertThat(gap.meanGap()).isEqualTo(0.0);
    assertThat(gap.cliffsDelta()).isEqualTo(0.0);
    assertThat(gap.z()).isEqualTo(0.0);
    assertThat(gap.pValue()).isEqualTo(1.0);
  }

  @Test
  void medianOfAnOddNumberIsTheMiddleAnswer() {
    assertThat(OrdinalCounts.of(2, 0, 1, 0).median()).isEqualTo(1.0);
    assertThat(OrdinalCounts.fromLevels(4, 4, 1, 3).median()).isEqualTo(3.0);
  }

  @Test
  void noAnswersGiveNaNRatherThanAnInventedValue() {
    OrdinalCounts none = OrdinalCounts.of(0, 0, 0, 0);
    assertThat(LeikDispersion.of(none)).isNaN();
    assertThat(TastleWiermanConsensus.of(none)).isNaN();
    assertThat(none.median()).isNaN();
  }

  @Test
  void rejectsLevelsOutsideTheScaleAndMismatchedScales() {
    assertThatThrownBy(() -> OrdinalCounts.fromLevels(4, 5)).hasMessageContaining("level 5 is outside 1..4");
    assertThatThrownBy(() -> OrdinalCounts.of(1, -1)).hasMessageContaining("negative");
    assertThatThrownBy(() -> GroupComparison.compare(OrdinalCounts.of(1, 1), OrdinalCounts.of(1, 1, 1)))
        .hasMessageContaining("different scales");
    assertThatThrownBy(() -> GroupComparison.compare(OrdinalCounts.of(0, 0), OrdinalCounts.of(1, 1)))
        .hasMessageContaining("at least one answer");
  }
}
