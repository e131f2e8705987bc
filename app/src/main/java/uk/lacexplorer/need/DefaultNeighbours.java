package uk.lacexplorer.need;

import java.util.List;
import java.util.Optional;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.measure.MeasureId;

/**
 * An authority's need-based statistical neighbours in its own nation, as the profile and the report choose them: the
 * nation's default need factor for the year ({@link DefaultFactor}), Euclidean distance on its standardised values,
 * the {@link NeighboursRequest#DEFAULT_K} nearest. Empty when no factor covers the nation that year.
 */
public final class DefaultNeighbours {
  private final NeedTables tables;
  private final NeighbourService neighbours;
  private final MeasureCatalogue measures;
  private final java.util.function.BiPredicate<uk.lacexplorer.area.Nation, String> hasData;

  public DefaultNeighbours(NeedTables tables, NeighbourService neighbours, MeasureCatalogue measures,
                           java.util.function.BiPredicate<uk.lacexplorer.area.Nation, String> hasData) {
    this.tables = tables;
    this.neighbours = neighbours;
    this.measures = measures;
    this.hasData = hasData;
  }

  public List<AreaCode> of(Area area, int year) {
    NationScope scope = NationScope.of(area.nation());
    Optional<DefaultFactor.Choice> choice = DefaultFactor.first(tables, scope, year, NeedRequest.LOOKED_AFTER.value(),
        DefaultFactor.candidates(measures, List.of(area.nation()), hasData));
    if (choice.isEmpty()) return List.of();
    NeedRequest need = new NeedRequest(scope, year, NeedRequest.LOOKED_AFTER, List.of(new MeasureId(choice.get().factor())),
        null, false);
    try {
      return neighbours.run(new NeighboursRequest(area.code().value(), need, NeighboursRequest.DEFAULT_K,
          MetricChoice.euclidean(), false)).get(0).neighbours().stream().map(n -> n.authority().code()).toList();
    } catch (UserError cannot) {
      return List.of();
    }
  }
}
