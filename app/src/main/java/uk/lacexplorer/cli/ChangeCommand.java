package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.compare.ChangeReport;
import uk.lacexplorer.compare.ChangeService;
import uk.lacexplorer.compare.CountTables;

@Command(name = "change", mixinStandardHelpOptions = true,
    description = {"Change in each authority's rate per 10,000 between two years with a 95%% interval (MOVER from each",
        "year's Byar's/exact interval), ranked by the change (1 = largest rise), then the nation's own change."})
final class ChangeCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("rank", "area_code", "area_name", "count_from", "population_from",
      "rate_from", "count_to", "population_to", "rate_to", "change", "lower95", "upper95", "significant");

  @Option(names = "--from", required = true, description = "The earlier year.")
  int from;

  @Option(names = "--to", required = true, description = "The later year.")
  int to;

  @Option(names = "--nation", defaultValue = "wales", paramLabel = "wales|england|both",
      description = "Default: ${DEFAULT-VALUE}.")
  String nation;




  @Mixin
  CountOptions counts;

  @Override
  protected Report report(Services services) {
    ChangeReport report = new ChangeService(CountTables.from(services)).change(counts.request(nation, from), to);
    List<List<Object>> rows = new ArrayList<>();
    for (ChangeReport.Row row : report.rows()) rows.add(cells(row));
    for (ChangeReport.Row row : report.nationRows()) rows.add(cells(row));
    List<String> notes = new ArrayList<>();
    for (ChangeReport.Row row : report.nationRows()) {
      notes.add("%s %d-%d: %.1f to %.1f per 10,000, change %+.1f (95%% CI %+.1f to %+.1f)."
          .formatted(row.areaName(), report.fromYear(), report.toYear(), row.rateFrom(), row.rateTo(), row.change(),
              row.lower95(), row.upper95()));
    }
    long rises = report.rows().stream().filter(r -> r.significant() && r.change() > 0).count();
    long falls = report.rows().stream().filter(r -> r.significant() && r.change() < 0).count();
    notes.add("%d of %d authorities rose significantly, %d fell significantly.".formatted(rises, report.rows().size(), falls));
    notes.add("Denominators: " + String.join("; ", report.denominators()) + ".");
    if (!report.excluded().isEmpty()) notes.add("Left out: " + String.join(", ", report.excluded()) + ".");
    return Report.of(COLUMNS, rows, notes).withJson(report);
  }

  private List<Object> cells(ChangeReport.Row row) {
    return Arrays.asList(row.rank(), row.areaCode(), row.areaName(), row.countFrom(), row.populationFrom(),
        round(row.rateFrom()), row.countTo(), row.populationTo(), round(row.rateTo()), round(row.change()),
        round(row.lower95()), round(row.upper95()), row.significant() ? "yes" : "no");
  }

  private Double round(double value) {
    return format == OutputFormat.TABLE ? value : Numbers.round(value, 4);
  }
}
