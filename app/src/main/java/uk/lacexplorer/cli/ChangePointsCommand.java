package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.AreaYear;
import uk.lacexplorer.compare.ChangePointReport;
import uk.lacexplorer.compare.ChangePointService;
import uk.lacexplorer.compare.CountTables;
import uk.lacexplorer.compare.EventView;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;

@Command(name = "changepoints", mixinStandardHelpOptions = true,
    description = {"Years where an authority's trend changed: segmented Poisson regression with 0, 1 or 2 break years",
        "chosen by BIC (scaled for overdispersion), the size of each change with its 95%% interval, the plausible range",
        "of the break year, and the key events within two years of it. --nation runs every authority of a nation."})
final class ChangePointsCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("area_code", "area_name", "break_year", "plus_minus", "earliest",
      "latest", "growth_before_pct", "growth_after_pct", "slope_change", "lower95", "upper95", "p", "events_nearby");

  @Option(names = "--area", description = "Authority name or code.")
  String area;

  @Option(names = "--nation", paramLabel = "wales|england", description = "Every authority of a nation (instead of --area).")
  String nation;




  @Mixin
  SeriesOptions options;

  @Override
  protected Report report(Services services) {
    if ((area == null) == (nation == null)) throw new UserError("give either --area or --nation");
    DenominatorPolicy policy = options.policy();
    PopulationSeries series = options.series();
    String measure = options.measure;
    CountTables counts = CountTables.from(services);
    ChangePointService service = new ChangePointService(EventsCommand.store(services));
    AreaRegistry areas = services.store().areas();
    List<ChangePointReport> reports = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (area != null) {
      Area chosen = areas.resolve(area, null);
      reports.add(service.detect(chosen, measure, counts.series(chosen, measure, policy, series)));
    } else {
      Map<AreaCode, List<AreaYear>> byArea = counts.seriesByArea(Nation.parse(nation), measure, policy, series);
      List<String> skipped = new ArrayList<>();
      byArea.forEach((code, years) -> {
        long withRate = years.stream().filter(AreaYear::hasRate).count();
        if (withRate < 2L * ChangePointService.MIN_SEGMENT - 1) {
          skipped.add(areas.get(code).nameEn() + " (" + withRate + " years)");
        } else {
          reports.add(service.detect(areas.get(code), measure, years));
        }
      });
      if (!skipped.isEmpty()) notes.add("Too few years for change points: " + String.join(", ", skipped) + ".");
    }
    List<List<Object>> rows = new ArrayList<>();
    for (ChangePointReport report : reports) {
      for (ChangePointReport.Break found : report.breaks()) {
        rows.add(Arrays.asList(report.areaCode(), report.areaName(), found.year(), found.plusOrMinus(), found.earliest(),
            found.latest(), round(100 * found.growthBefore()), round(100 * found.growthAfter()), fixed(found.slopeChange(), "%.3f"),
            fixed(found.lower(), "%.3f"), fixed(found.upper(), "%.3f"), fixed(found.p(), "%.2g"),
            found.eventsNearby().stream().map(EventView::describe).collect(Collectors.joining(" | "))));
      }
    }
    for (ChangePointReport report : reports) {
      String years = report.years().get(0) + "-" + report.years().get(report.years().size() - 1);
      if (report.breaks().isEmpty()) {
        notes.add("%s %s: no change point (BIC prefers a single trend, %+.1f%% a year; dispersion %.2f)."
            .formatted(report.areaName(), years, 100 * report.initialGrowth(), report.dispersion()));
      } else {
        for (ChangePointReport.Break found : report.breaks()) {
          String events = found.eventsNearby().isEmpty() ? "no key events stored within two years"
              : "events within two years: " + found.eventsNearby().stream().map(EventView::describe)
                  .collect(Collectors.joining("; "));
          notes.add(report.areaName() + " " + years + ": " + found.describe() + "; " + events + ".");
        }
      }
    }
    notes.add("Segmented Poisson regression on the population; break years on whole years, segments at least "
        + ChangePointService.MIN_SEGMENT + " years; BIC on deviance/dispersion counting each break year as a parameter.");
    Object json = area != null ? reports.get(0) : reports;
    return Report.of(COLUMNS, rows, notes).withJson(json);
  }

  private Double round(double value) {
    return format == OutputFormat.TABLE ? value : Numbers.round(value, 6);
  }

  /** The value as text in the table (where one decimal would hide it), a number in CSV and JSON. */
  private Object fixed(double value, String pattern) {
    return format == OutputFormat.TABLE ? pattern.formatted(value) : (Object) value;
  }
}
