package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.compare.CountTables;
import uk.lacexplorer.compare.EventView;
import uk.lacexplorer.compare.TrendReport;
import uk.lacexplorer.compare.TrendService;

@Command(name = "trend", mixinStandardHelpOptions = true,
    description = {"An authority's rate per 10,000 year by year with 95%% and 99.8%% intervals, the national rate and",
        "whether the authority is significantly above or below it, the Fingertips recent-trend test (last five",
        "points) and the authority's key events."})
final class TrendCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("year", "count", "count_flag", "population", "population_year",
      "denominator_flag", "rate_per_10000", "lower95", "upper95", "lower998", "upper998", "national_rate",
      "vs_national_95", "vs_national_998");

  @Option(names = "--area", required = true, description = "Authority name or code.")
  String area;




  @Mixin
  SeriesOptions options;

  @Override
  protected Report report(Services services) {
    Area chosen = services.store().areas().resolve(area, null);
    TrendReport report = new TrendService(CountTables.from(services), EventsCommand.store(services))
        .trend(chosen, options.measure, options.policy(), options.series());
    List<List<Object>> rows = new ArrayList<>();
    for (TrendReport.Year year : report.years()) {
      rows.add(Arrays.asList(year.year(), year.count(), year.countFlag(), year.population(), year.populationYear(),
          year.denominatorFlag(), round(year.ratePer10k()), round(year.lower95()), round(year.upper95()),
          round(year.lower998()), round(year.upper998()), round(year.nationalRatePer10k()), year.comparison95(),
          year.comparison998()));
    }
    return Report.of(COLUMNS, rows, notes(report)).withJson(report);
  }

  private Double round(Double value) {
    return format == OutputFormat.TABLE ? value : Numbers.round(value, 4);
  }

  static List<String> notes(TrendReport report) {
    List<String> notes = new ArrayList<>();
    notes.add(report.areaName() + ", " + report.measure() + " per 10,000 children aged 0-17.");
    TrendReport.Trend trend = report.trend();
    if (trend.slopePer10kPerYear() == null) {
      notes.add("Recent trend: cannot be calculated (" + trend.reason() + ").");
    } else {
      notes.add(("Recent trend %d-%d: %s (slope %+.2f per 10,000 a year, chi-squared %.2f against %.4f, "
          + "sign %s when any one year is left out).").formatted(trend.years().get(0),
          trend.years().get(trend.years().size() - 1), trend.words(), trend.slopePer10kPerYear(), trend.chiSquared(),
          trend.criticalValue(), trend.signStable() ? "unchanged" : "not stable"));
    }
    notes.add("vs_national: the authority's interval (Byar's, exact under 10) wholly above (higher) or below (lower) the "
        + "national rate.");
    notes.add("Denominators: " + String.join("; ", report.denominators()) + ".");
    if (report.events().isEmpty()) {
      notes.add("Key events: none stored (add them with ./lacx events add or import).");
    } else {
      for (EventView event : report.events()) notes.add("Event " + event.describe());
    }
    return notes;
  }
}
