package uk.lacexplorer.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Checks consensus and group comparison against R 4.2.2 ({@code reference/ordinal_agreement.R}: the formulas written
 * out independently, R's {@code median()}, {@code wilcox.test(exact = FALSE, correct = TRUE)}, and Cliff's delta by
 * {@code outer()}). Agreement: 1e-9.
 */
class OrdinalAgreementReferenceTest {

  record Reference(OrdinalCounts a, OrdinalCounts b, double leikB, double tastleB, double medianB, double w, double p,
                   double cliffsDelta) {
  }

  static List<Reference> references() throws IOException {
    try (var in = OrdinalAgreementReferenceTest.class.getResourceAsStream("/reference/ordinal_agreement.csv");
         var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().skip(1).map(line -> line.split(",")).map(f -> new Reference(counts(f[0]), counts(f[1]),
          Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
          Double.parseDouble(f[6]), Double.parseDouble(f[7]))).toList();
    }
  }

  static OrdinalCounts counts(String text) {
    return OrdinalCounts.of(Arrays.stream(text.trim().split(" ")).mapToLong(Long::parseLong).toArray());
  }

  @Test
  void matchesR() throws IOException {
    List<Reference> references = references();
    assertThat(references).hasSize(8);
    for (Reference ref : references) {
      assertThat(LeikDispersion.of(ref.b())).as("Leik %s", ref.b()).isCloseTo(ref.leikB(), within(1e-9));
      assertThat(TastleWiermanConsensus.of(ref.b())).as("Tastle %s", ref.b()).isCloseTo(ref.tastleB(), within(1e-9));
      assertThat(ref.b().median()).as("median %s", ref.b()).isEqualTo(ref.medianB());
      GroupGap gap = GroupComparison.compare(ref.a(), ref.b());
      assertThat(gap.mannWhitneyU()).as("W %s %s", ref.a(), ref.b()).isCloseTo(ref.w(), within(1e-9));
      assertThat(gap.pValue()).as("p %s %s", ref.a(), ref.b()).isCloseTo(ref.p(), within(1e-9));
      assertThat(gap.cliffsDelta()).as("delta %s %s", ref.a(), ref.b()).isCloseTo(ref.cliffsDelta(), within(1e-9));
    }
  }

  @Property(tries = 200)
  void consensusMeasuresStayBetweenZeroAndOne(@ForAll @IntRange(max = 30) int c1, @ForAll @IntRange(max = 30) int c2,
                                              @ForAll @IntRange(max = 30) int c3, @ForAll @IntRange(min = 1, max = 30) int c4) {
    OrdinalCounts counts = OrdinalCounts.of(c1, c2, c3, c4);
    assertThat(LeikDispersion.of(counts)).isBetween(0.0, 1.0 + 1e-12);
    assertThat(TastleWiermanConsensus.of(counts)).isBetween(0.0, 1.0 + 1e-12);
  }

  @Property(tries = 200)
  void swappingTheGroupsFlipsTheGap(@ForAll @IntRange(max = 9) int a1, @ForAll @IntRange(min = 1, max = 9) int a2,
                                    @ForAll @IntRange(min = 1, max = 9) int b3, @ForAll @IntRange(max = 9) int b4) {
    OrdinalCounts a = OrdinalCounts.of(a1, a2, 1, 0);
    OrdinalCounts b = OrdinalCounts.of(0, 1, b3, b4);
    GroupGap forward = GroupComparison.compare(a, b);
    GroupGap backward = GroupComparison.compare(b, a);
    assertThat(backward.cliffsDelta()).isCloseTo(-forward.cliffsDelta(), within(1e-12));
    assertThat(backward.meanGap()).isCloseTo(-forward.meanGap(), within(1e-12));
    assertThat(backward.pValue()).isCloseTo(forward.pValue(), within(1e-12));
  }
}
