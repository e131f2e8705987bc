package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.observation.Observation;

class DecomposeServiceTest {
  @TempDir
  Path folder;

  @Test
  void splitsTheGapToThePooledNeighboursAndShowsRoutesOut() {
    // Synthetic starts: half the year-end count everywhere, except Torfaen where children enter at the same rate
    // as their count but leave faster; leavers by reason for everyone.
    List<Observation> extra = new ArrayList<>();
    for (NeedFixture.Row row : NeedFixture.rows()) {
      AreaCode code = new AreaCode(row.code());
      double starts = row.name().equals("Torfaen") ? row.count() : row.count() / 2;
      extra.add(new Observation(code, DecomposeService.STARTS, 2012, "", starts, Set.of(), "test"));
      extra.add(new Observation(code, DecomposeService.LEAVERS, 2012, "", 40.0, Set.of(), "test"));
      extra.add(new Observation(code, "children_ceased_adopted", 2012, "", 10.0, Set.of(), "test"));
    }
    try (Application services = NeedFixture.services(folder, row -> true, true, extra)) {
      Decomposition d = new DecomposeService(new NeedTables(services.store(), services.measures()))
          .decompose("Torfaen", NeedRequest.of(NationScope.WALES, 2012, List.of(new uk.lacexplorer.measure.MeasureId(NeedFixture.WIMD))), 5, MetricChoice.euclidean());
      assertThat(d.neighbours().neighbours()).hasSize(5);
      // Torfaen's mean duration is 1 year against 2 for every neighbour: duration ratio exactly 0.5.
      assertThat(d.split().durationRatio()).isCloseTo(0.5, within(1e-12));
      assertThat(d.split().logEntryRatio() + d.split().logDurationRatio()).isCloseTo(d.split().logGap(), within(1e-12));
      double pooledRate = d.neighbours().neighbours().stream().mapToDouble(n -> n.authority().count()).sum()
          / d.neighbours().neighbours().stream().mapToDouble(n -> n.authority().population()).sum() * 10_000;
      assertThat(d.split().benchmark().stockRate(10_000)).isCloseTo(pooledRate, within(1e-9));
      assertThat(d.routes()).singleElement().satisfies(route -> {
        assertThat(route.route()).isEqualTo("children_ceased_adopted");
        assertThat(route.share()).isEqualTo(0.25);
        assertThat(route.benchmarkShare()).isEqualTo(0.25);
      });
    }
  }
}
