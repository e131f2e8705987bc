package uk.lacexplorer.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class FunnelPropertiesTest {

  @Property(tries = 300)
  void limitsNarrowAsTheDenominatorGrows(@ForAll LimitMethod method,
                                         @ForAll @DoubleRange(min = 1e-4, max = 0.05) @net.jqwik.api.constraints.Scale(6) double pooledRate,
                                         @ForAll @DoubleRange(min = 50, max = 500_000) double smaller,
                                         @ForAll @DoubleRange(min = 1.001, max = 20) @net.jqwik.api.constraints.Scale(3) double factor) {
    Limits small = method.at(pooledRate, smaller);
    Limits large = method.at(pooledRate, smaller * factor);
    assertThat(large.lower95()).isGreaterThanOrEqualTo(small.lower95());
    assertThat(large.lower998()).isGreaterThanOrEqualTo(small.lower998());
    assertThat(large.upper95()).isLessThanOrEqualTo(small.upper95());
    assertThat(large.upper998()).isLessThanOrEqualTo(small.upper998());
  }

  @Property(tries = 300)
  void ninetyFivePercentLimitsLieInsideTheNinetyNinePointEightAroundThePooledRate(
      @ForAll LimitMethod method, @ForAll @DoubleRange(min = 1e-4, max = 0.05) @net.jqwik.api.constraints.Scale(6) double pooledRate,
      @ForAll @DoubleRange(min = 50, max = 500_000) double denominator) {
    Limits limits = method.at(pooledRate, denominator);
    assertThat(limits.lower998()).isLessThanOrEqualTo(limits.lower95());
    assertThat(limits.lower95()).isLessThanOrEqualTo(pooledRate);
    assertThat(limits.upper95()).isGreaterThanOrEqualTo(pooledRate);
    assertThat(limits.upper998()).isGreaterThanOrEqualTo(limits.upper95());
  }

  @Property(tries = 100)
  void adjustedLimitsAreMonotoneAndNested(@ForAll("units") List<FunnelUnit> units, @ForAll Scale scale,
                                          @ForAll Overdispersion overdispersion) {
    Funnel funnel = FunnelPlot.analyse(withPositiveCounts(units, scale),
        FunnelOptions.defaults().with(overdispersion).with(scale));
    List<CurvePoint> curve = funnel.curve();
    for (int i = 1; i < curve.size(); i++) {
      Limits before = curve.get(i - 1).limits();
      Limits after = curve.get(i).limits();
      assertThat(after.lower998()).isGreaterThanOrEqualTo(before.lower998());
      assertThat(after.lower95()).isGreaterThanOrEqualTo(before.lower95());
      assertThat(after.upper95()).isLessThanOrEqualTo(before.upper95());
      assertThat(after.upper998()).isLessThanOrEqualTo(before.upper998());
      assertThat(after.lower95()).isLessThanOrEqualTo(funnel.pooledRate());
      assertThat(after.upper95()).isGreaterThanOrEqualTo(funnel.pooledRate());
    }
  }

  @Property(tries = 100)
  void resultDoesNotDependOnInputOrder(@ForAll("units") List<FunnelUnit> units, @ForAll LimitMethod method,
                                       @ForAll Overdispersion overdispersion, @ForAll long seed) {
    FunnelOptions options = FunnelOptions.defaults().with(method).with(overdispersion);
    List<FunnelUnit> shuffled = new ArrayList<>(units);
    Collections.shuffle(shuffled, new Random(seed));
    Funnel original = FunnelPlot.analyse(units, options);
    Funnel reordered = FunnelPlot.analyse(shuffled, options);
    assertThat(reordered.pooledRate()).isEqualTo(original.pooledRate());
    assertThat(reordered.dispersion()).isEqualTo(original.dispersion());
    assertThat(reordered.curve()).isEqualTo(original.curve());
    for (FunnelPoint point : original.points()) {
      assertThat(reordered.points()).contains(point);
    }
  }

  @Property(tries = 100)
  void withPhiAtMostOneAdjustedLimitsEqualUnadjusted(@ForAll("units") List<FunnelUnit> units,
                                                     @ForAll LimitMethod method, @ForAll Scale scale,
                                                     @ForAll Overdispersion overdispersion) {
    // Counts set to their expected values (rounded) are underdispersed.
    double pooled = FunnelPlot.pooledRate(units);
    List<FunnelUnit> calm = units.stream()
        .map(unit -> new FunnelUnit(unit.id(), Math.max(1, Math.round(pooled * unit.denominator())), unit.denominator()))
        .toList();
    FunnelOptions options = FunnelOptions.defaults().with(method).with(scale);
    Funnel unadjusted = FunnelPlot.analyse(calm, options);
    Funnel adjusted = FunnelPlot.analyse(calm, options.with(overdispersion));
    if (adjusted.dispersion().phi() <= 1) {
      assertThat(adjusted.limits().adjusted()).isFalse();
      assertThat(adjusted.points()).isEqualTo(unadjusted.points());
      assertThat(adjusted.curve()).isEqualTo(unadjusted.curve());
    } else {
      assertThat(adjusted.limits().adjusted()).isEqualTo(overdispersion != Overdispersion.NONE);
    }
  }

  @Provide
  Arbitrary<List<FunnelUnit>> units() {
    Arbitrary<double[]> unit = Combinators.combine(
        Arbitraries.doubles().between(2_000, 300_000), Arbitraries.doubles().between(0.002, 0.02).ofScale(5))
        .as((denominator, rate) -> new double[] {Math.round(denominator), Math.round(denominator * rate)});
    return unit.list().ofMinSize(3).ofMaxSize(60).map(list -> {
      List<FunnelUnit> units = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        units.add(new FunnelUnit("A" + i, list.get(i)[1], list.get(i)[0]));
      }
      return units;
    });
  }

  private static List<FunnelUnit> withPositiveCounts(List<FunnelUnit> units, Scale scale) {
    if (scale == Scale.SQRT) return units;
    return units.stream().map(u -> new FunnelUnit(u.id(), Math.max(1, u.observed()), u.denominator())).toList();
  }

  @Property(tries = 50)
  void positionsFollowTheLimits(@ForAll("units") List<FunnelUnit> units, @ForAll @IntRange(min = 0, max = 2) int methodIndex) {
    Funnel funnel = FunnelPlot.analyse(units, FunnelOptions.defaults().with(LimitMethod.values()[methodIndex]));
    for (FunnelPoint point : funnel.points()) {
      boolean outside95 = point.rate() > point.limits().upper95() || point.rate() < point.limits().lower95();
      assertThat(point.position() != Position.WITHIN).isEqualTo(outside95);
    }
  }
}
