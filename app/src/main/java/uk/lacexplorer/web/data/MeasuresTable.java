package uk.lacexplorer.web.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.cli.Report;
import uk.lacexplorer.measure.Measure;

/** Measures and sources as {@code ./lacx measures --format json|csv} prints them, and the stored sources. */
final class MeasuresTable {
  static final List<String> COLUMNS = List.of("id", "label", "unit", "period", "denominator", "definition", "source");
  static final List<String> SOURCE_COLUMNS = List.of("source_id", "title", "publisher", "licence", "url", "file", "sha256");

  private MeasuresTable() {
  }

  static Report report(Iterable<Measure> measures) {
    List<List<Object>> rows = new ArrayList<>();
    for (Measure measure : measures) {
      rows.add(Arrays.asList(measure.id(), measure.label(), measure.unit().name().toLowerCase(Locale.ROOT),
          measure.period(), measure.denominator(), measure.definition(), measure.source()));
    }
    return Report.of(COLUMNS, rows, List.of());
  }

  static Report sources(Iterable<uk.lacexplorer.observation.Source> sources) {
    List<List<Object>> rows = new ArrayList<>();
    for (var source : sources) {
      rows.add(Arrays.asList(source.id(), source.title(), source.publisher(), source.licence(), source.url(),
          source.file(), source.sha256()));
    }
    return Report.of(SOURCE_COLUMNS, rows, List.of());
  }
}
