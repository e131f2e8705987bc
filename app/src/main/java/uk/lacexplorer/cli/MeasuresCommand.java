package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import uk.lacexplorer.Services;
import uk.lacexplorer.measure.Measure;

@Command(name = "measures", mixinStandardHelpOptions = true,
    description = "List the measures: id, label, unit, what the period means, definition and source.")
final class MeasuresCommand extends ReportCommand {
  @Override
  protected Report report(Services services) {
    List<List<Object>> rows = new ArrayList<>();
    for (Measure measure : services.measures().all()) {
      rows.add(Arrays.asList(measure.id(), measure.label(), measure.unit().name().toLowerCase(Locale.ROOT),
          measure.period(), measure.denominator(), measure.definition(), measure.source()));
    }
    if (format == OutputFormat.TABLE) {
      List<List<Object>> shortRows = rows.stream().map(row -> row.subList(0, 5)).toList();
      return new Report(List.of("id", "label", "unit", "period", "denominator"), shortRows,
          List.of("Definitions and sources: ./lacx measures --format csv"), null);
    }
    return Report.of(List.of("id", "label", "unit", "period", "denominator", "definition", "source"), rows, List.of());
  }
}
