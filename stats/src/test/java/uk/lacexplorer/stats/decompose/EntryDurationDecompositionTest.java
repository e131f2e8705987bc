package uk.lacexplorer.stats.decompose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class EntryDurationDecompositionTest {
  @Test
  void splitsTheGapIntoEntriesAndDurationByHand() {
    // Authority: 300 in care, 150 started, 20,000 children: rate 150, entries 75, duration 2 years.
    // Benchmark: 1,000 in care, 400 started, 100,000 children: rate 100, entries 40, duration 2.5 years.
    // ln(150/100) = ln(75/40) + ln(2/2.5): 0.405465 = 0.628609 − 0.223144.
    EntryDurationDecomposition d = EntryDurationDecomposition.of(new Flow(300, 150, 20_000), new Flow(1000, 400, 100_000), 10_000);
    assertThat(d.rateRatio()).isCloseTo(1.5, within(1e-12));
    assertThat(d.entryRatio()).isCloseTo(75.0 / 40, within(1e-12));
    assertThat(d.durationRatio()).isCloseTo(0.8, within(1e-12));
    assertThat(d.logGap()).isCloseTo(0.4054651081, within(1e-9));
    assertThat(d.entryShare()).isCloseTo(0.6286086594 / 0.4054651081, within(1e-9));
    assertThat(d.entryShare() + d.durationShare()).isCloseTo(1, within(1e-12));
  }

  @Test
  void neighboursArePooled() {
    Flow pooled = Flow.pooled(List.of(new Flow(100, 50, 10_000), new Flow(300, 100, 30_000)));
    assertThat(pooled.stockRate(10_000)).isEqualTo(100);
    assertThat(pooled.meanDurationYears()).isCloseTo(400.0 / 150, within(1e-12));
  }

  @Property
  void logPartsAlwaysAddUpToTheLogGap(@ForAll @DoubleRange(min = 1, max = 5000) double stock,
                                       @ForAll @DoubleRange(min = 1, max = 5000) double entries,
                                       @ForAll @DoubleRange(min = 1000, max = 500_000) double population) {
    EntryDurationDecomposition d = EntryDurationDecomposition.of(new Flow(stock, entries, population),
        new Flow(1000, 400, 100_000), 10_000);
    assertThat(d.logEntryRatio() + d.logDurationRatio()).isCloseTo(d.logGap(), within(1e-9));
  }

  @Test
  void exitRouteSharesSideBySide() {
    Map<String, ExitRoutes.Route> routes = ExitRoutes.compare(Map.of("returned_home", 30.0, "adoption", 10.0),
        Map.of("returned_home", 200.0, "special_guardianship", 50.0), 80, 500);
    assertThat(routes.get("returned_home").share()).isEqualTo(0.375);
    assertThat(routes.get("returned_home").benchmarkShare()).isEqualTo(0.4);
    assertThat(routes.get("special_guardianship").count()).isZero();
    assertThat(routes.get("adoption").benchmarkShare()).isZero();
  }
}
