package uk.lacexplorer.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of the measures catalogue and of the stored sources. */
public final class MeasuresTable {
  public static final List<Column> COLUMNS = List.of(Column.text("id"), Column.text("label"), Column.text("unit"),
      Column.text("period"), Column.text("denominator"), Column.longText("definition"), Column.longText("source"));
  public static final List<Column> SOURCE_COLUMNS = List.of(Column.text("source_id"), Column.text("title"),
      Column.text("publisher"), Column.text("licence"), Column.longText("url"), Column.text("file"),
      Column.longText("sha256"));

  private MeasuresTable() {
  }

  public static Output measures(Iterable<Measure> measures) {
    List<List<Object>> rows = new ArrayList<>();
    for (Measure measure : measures) {
      rows.add(Output.row(measure.id(), measure.label(), measure.unit().name().toLowerCase(Locale.ROOT),
          measure.period(), measure.denominator(), measure.definition(), measure.source()));
    }
    return Output.of(COLUMNS, rows, List.of());
  }

  public static Output sources(Iterable<Source> sources) {
    List<List<Object>> rows = new ArrayList<>();
    for (Source source : sources) {
      rows.add(Output.row(source.id(), source.title(), source.publisher(), source.licence(), source.url(),
          source.file(), source.sha256()));
    }
    return Output.of(SOURCE_COLUMNS, rows, List.of());
  }
}
