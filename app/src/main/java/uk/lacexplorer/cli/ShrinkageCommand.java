package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.compare.CountTables;
import uk.lacexplorer.compare.ShrinkageReport;
import uk.lacexplorer.compare.ShrinkageService;

@Command(name = "shrinkage", mixinStandardHelpOptions = true,
    description = {"Empirical-Bayes (Poisson-gamma) estimates of each authority's rate per 10,000 beside the raw rate:",
        "small authorities move towards the average by as much as their size warrants. Never a replacement for the raw rate."})
final class ShrinkageCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("area_code", "area_name", "observed", "population", "rate_per_10000",
      "lower95", "upper95", "eb_rate_per_10000", "eb_lower95", "eb_upper95", "shrinkage");

  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Option(names = "--year", required = true)
  int year;




  @Mixin
  CountOptions counts;

  @Override
  protected Report report(Services services) {
    ShrinkageReport report = new ShrinkageService(CountTables.from(services)).shrink(counts.request(nation, year));
    List<List<Object>> rows = new ArrayList<>();
    for (ShrinkageReport.Row row : report.rows()) {
      rows.add(Arrays.asList(row.areaCode(), row.areaName(), row.observed(), row.population(), round(row.rawRatePer10k()),
          round(row.rawLower95()), round(row.rawUpper95()), round(row.estimatePer10k()), round(row.lower95()),
          round(row.upper95()),
          format == OutputFormat.TABLE ? "%.3f".formatted(row.shrinkage()) : (Object) Numbers.round(row.shrinkage(), 6)));
    }
    List<String> notes = new ArrayList<>();
    notes.add(report.priorShape() == null
        ? "The authorities vary no more than chance explains: every estimate is the pooled rate %.2f.".formatted(report.priorMeanPer10k())
        : "True rates modelled as gamma with mean %.2f per 10,000 and shape %.2f (spread %.0f%% of the mean), fitted by maximum likelihood."
            .formatted(report.priorMeanPer10k(), report.priorShape(), 100 * report.coefficientOfVariation()));
    notes.add("rate_per_10000 with its exact 95% interval; eb_ columns the estimate and 95% interval; shrinkage = weight "
        + "on the mean (0 = raw rate kept).");
    notes.add("Denominators: " + String.join("; ", report.denominators()) + ".");
    return Report.of(COLUMNS, rows, notes).withJson(report);
  }

  private Double round(double value) {
    return format == OutputFormat.TABLE ? value : Numbers.round(value, 4);
  }
}
