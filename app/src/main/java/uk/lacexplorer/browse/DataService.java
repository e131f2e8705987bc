package uk.lacexplorer.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.rates.YearRanges;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/** The stored values of a measure, with their flags and sources. Thread-safe when the store is. */
public final class DataService {
  private final ObservationStore store;
  private final MeasureCatalogue measures;

  public DataService(ObservationStore store, MeasureCatalogue measures) {
    this.store = store;
    this.measures = measures;
  }

  /** The values asked for; none at all is an error that says which periods have data. */
  public StoredData run(DataRequest request) {
    Measure wanted = measures.get(request.measure());
    AreaRegistry registry = store.areas();
    List<AreaCode> codes = new ArrayList<>();
    for (String name : request.areas()) codes.add(registry.resolve(name, request.to()).code());
    if (codes.isEmpty() && request.nation() != null) {
      registry.all().stream().filter(area -> area.nation() == request.nation()).map(Area::code).forEach(codes::add);
    }
    List<Observation> observations = store.find(new ObservationQuery(wanted.id(), codes, request.from(), request.to(),
        request.allBreakdowns() ? null : ""));
    if (observations.isEmpty()) {
      List<Integer> periods = store.periods(wanted.id(), codes);
      Object where = codes.isEmpty() ? Arg.key("data.anyArea")
          : codes.stream().map(code -> registry.get(code).nameEn()).collect(Collectors.joining(", "));
      Object when = request.from() == null && request.to() == null ? ""
          : Arg.words("data.between", request.from() == null ? "…" : request.from(), request.to() == null ? "…" : request.to());
      Object held = periods.isEmpty() ? Arg.key("data.nothingStored") : Arg.words("data.periodsWithData",
          YearRanges.describe(periods));
      throw UserError.of("error.data.none", wanted.id(), where, when, held);
    }
    return new StoredData(request, wanted, observations, store.sources());
  }

  /** Every period the store holds for the measure (any area), oldest first. */
  public List<Integer> periods(String measure) {
    return store.periods(measure, List.of()).stream().sorted().toList();
  }
}
