package uk.lacexplorer.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of stored values: one row per value with its flags and source, notes on the measure and sources. */
public final class DataTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.text("measure"), Column.whole("period"), Column.text("breakdown"), Column.precise("value", 2),
      Column.text("flags"), Column.text("source_id"), Column.longText("source_title"));

  private DataTable() {
  }

  public static Output output(StoredData data, AreaRegistry registry) {
    Map<String, Source> sources = data.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    List<List<Object>> rows = new ArrayList<>();
    for (Observation o : data.observations()) {
      Source source = sources.get(o.sourceId());
      rows.add(Output.row(o.area().value(), registry.get(o.area()).nameEn(), o.measure(), o.period(), o.breakdown(),
          o.value(), Flag.join(o.flags()), o.sourceId(), source == null ? "" : source.title()));
    }
    List<String> notes = new ArrayList<>();
    notes.add(data.measure().label() + " (" + data.measure().period() + "). " + data.measure().definition());
    data.observations().stream().map(Observation::sourceId).distinct().map(sources::get).filter(s -> s != null)
        .forEach(s -> notes.add("Source " + s.id() + ": " + s.title() + ", " + s.publisher() + " (" + s.licence() + ")"
            + (s.file().isEmpty() ? "" : ", file " + s.file())));
    return Output.of(COLUMNS, rows, notes);
  }
}
