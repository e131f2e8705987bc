package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.CountTables;
import uk.lacexplorer.compare.FunnelReport;
import uk.lacexplorer.compare.FunnelService;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.LimitMethod;
import uk.lacexplorer.stats.funnel.Overdispersion;
import uk.lacexplorer.stats.funnel.Scale;

@Command(name = "funnel", mixinStandardHelpOptions = true,
    description = {"Funnel plot: each authority's rate per 10,000 against its population, with 95%% and 99.8%% control",
        "limits around the pooled rate p0 = sum of counts / sum of populations of the authorities plotted.",
        "--curve prints the limits as a smooth curve (for drawing) instead of the authorities."})
final class FunnelCommand extends ReportCommand {
  static final List<String> CSV_COLUMNS = List.of("area_code", "area_name", "observed", "denominator", "rate_per_10000",
      "target_rate", "lower95", "upper95", "lower998", "upper998", "position");
  static final List<String> CURVE_COLUMNS = List.of("denominator", "target_rate", "lower95", "upper95", "lower998",
      "upper998");

  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Option(names = "--year", required = true, description = "Year: 31 March of it, or the year ending 31 March.")
  int year;


  @Option(names = "--limits", defaultValue = "exact", paramLabel = "exact|phe|normal",
      description = "Control limits: exact Poisson (FunnelPlotR), PHE/Fingertips rate funnel, or normal (default: ${DEFAULT-VALUE}).")
  String limits;

  @Option(names = "--overdispersion", defaultValue = "none", paramLabel = "none|multiplicative|additive",
      description = "Widen the limits for overdispersion when phi > 1 (Spiegelhalter 2005; default: ${DEFAULT-VALUE}).")
  String overdispersion;

  @Option(names = "--scale", defaultValue = "sqrt", paramLabel = "sqrt|log",
      description = "Scale of the z-scores for phi and of the adjusted limits (default: ${DEFAULT-VALUE}).")
  String scale;



  @Option(names = "--curve", description = "Print the limits at 100 populations (for drawing) instead of the authorities.")
  boolean curve;

  @Mixin
  CountOptions counts;

  @Override
  protected Report report(Services services) {
    CountRequest request = counts.request(nation, year);
    FunnelReport report = new FunnelService(CountTables.from(services)).funnel(request, options());
    return curve ? curveReport(report) : pointsReport(report);
  }

  FunnelOptions options() {
    try {
      return FunnelOptions.defaults().with(LimitMethod.parse(limits)).with(Overdispersion.parse(overdispersion))
          .with(Scale.parse(scale));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private Report pointsReport(FunnelReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (FunnelReport.Point point : report.points()) {
      rows.add(Arrays.asList(point.areaCode(), point.areaName(), point.observed(), point.denominator(),
          round(point.ratePer10k()), round(point.targetRate()), round(point.lower95()), round(point.upper95()),
          round(point.lower998()), round(point.upper998()), point.position()));
    }
    return Report.of(CSV_COLUMNS, rows, notes(report)).withJson(report);
  }

  private Report curveReport(FunnelReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (FunnelReport.CurvePoint point : report.curve()) {
      rows.add(Arrays.asList(round(point.denominator()), round(report.pooledRatePer10k()), round(point.lower95()),
          round(point.upper95()), round(point.lower998()), round(point.upper998())));
    }
    return Report.of(CURVE_COLUMNS, rows, notes(report)).withJson(report);
  }

  private Double round(double value) {
    return format == OutputFormat.TABLE ? value : Numbers.round(value, 4);
  }

  static List<String> notes(FunnelReport report) {
    List<String> notes = new ArrayList<>();
    String published = report.publishedRatePer10k() == null ? ""
        : " (the nation's published count over its population gives %.1f)".formatted(report.publishedRatePer10k());
    notes.add("Pooled rate p0 = %.2f per 10,000 over %d authorities (sum of counts / sum of populations)%s."
        .formatted(report.pooledRatePer10k(), report.points().size(), published));
    notes.add("Limits: " + report.method() + ".");
    FunnelReport.Dispersion dispersion = report.dispersion();
    notes.add("Overdispersion (%s scale, winsorised 10%%/90%%): phi = %.4f, tau2 = %.6f, N = %d; method %s; limits %s."
        .formatted(dispersion.scale(), dispersion.phi(), dispersion.tau2(), dispersion.units(), report.overdispersion(),
            dispersion.adjusted() ? "widened" : "not widened"));
    notes.add("Denominators used: " + String.join("; ", report.denominators()) + ".");
    for (String position : List.of("above_998", "above_95", "below_95", "below_998")) {
      List<FunnelReport.Point> points = report.at(position);
      if (!points.isEmpty()) {
        notes.add(position + ": " + points.stream().map(FunnelReport.Point::areaName).collect(Collectors.joining(", ")));
      }
    }
    if (!report.excluded().isEmpty()) notes.add("Left out: " + String.join(", ", report.excluded()) + ".");
    if (report.points().stream().anyMatch(FunnelReport.Point::rounded)) {
      notes.add("Counts flagged rounded were rounded to the nearest 5 at source, which matters most for small authorities.");
    }
    return notes;
  }
}
