package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;

@Command(name = "rates", mixinStandardHelpOptions = true,
    description = {"Rates per 10,000 children aged 0-17 for every local authority of a nation and the nation itself,",
        "with 95%% confidence intervals (Byar's method; exact Poisson for counts under 10) and rank (1 = highest rate)."})
final class RatesCommand extends ReportCommand {
  static final List<String> CSV_COLUMNS = List.of("area_code", "area_name", "year", "count", "count_flag",
      "population_0_17", "population_year", "denominator_flag", "rate_per_10000", "ci95_lower", "ci95_upper", "rank");

  @Option(names = "--nation", required = true, paramLabel = "wales|england")
  String nation;

  @Option(names = "--year", required = true, description = "Year: 31 March of it, or the year ending 31 March.")
  int year;

  @Option(names = "--measure", defaultValue = "children_looked_after",
      description = "A count measure with a population (default: ${DEFAULT-VALUE}).")
  String measure;

  @Option(names = "--denominator", defaultValue = "nearest", paramLabel = "exact|nearest|interpolate",
      description = "Population year when the count's year has no estimate (default: ${DEFAULT-VALUE}).")
  String denominator;

  @Option(names = "--population", defaultValue = "auto", paramLabel = "auto|ons|dfe",
      description = "Population series: DfE's published denominator where it exists for the year, else ONS (auto).")
  String population;

  @Override
  protected Report report(Services services) {
    RateService.Request request = new RateService.Request(Nation.parse(nation), year, measure,
        DenominatorPolicy.parse(denominator), PopulationSeries.parse(population));
    List<RateRow> rows = services.rates().rates(request);
    List<List<Object>> table = new ArrayList<>();
    for (RateRow row : rows) {
      table.add(Arrays.asList(row.areaCode().value(), row.areaName(), row.year(), row.count(), row.countFlag(),
          row.denominator().population(), row.denominator().populationYear(), row.denominatorFlag(),
          round(row.rate()), round(row.lower()), round(row.upper()), row.rank()));
    }
    return Report.of(CSV_COLUMNS, table, notes(rows));
  }

  private Double round(Double value) {
    return format == OutputFormat.TABLE ? value : uk.lacexplorer.cli.Numbers.round(value, 4);
  }

  private static List<String> notes(List<RateRow> rows) {
    List<String> notes = new ArrayList<>();
    Set<String> denominators = new LinkedHashSet<>();
    for (RateRow row : rows) {
      if (!row.denominator().isMissing()) {
        denominators.add(row.denominator().measure() + " " + row.denominator().description());
      }
    }
    notes.add("Denominators used: " + String.join("; ", denominators) + ".");
    long estimated = rows.stream().filter(row -> row.denominator().estimated()).count();
    if (estimated > 0) notes.add(estimated + " rows use a population estimate for another year (estimated_denominator).");
    long suppressed = rows.stream().filter(row -> row.count() == null).count();
    if (suppressed > 0) notes.add(suppressed + " counts are suppressed or missing, so they have no rate (never zero).");
    if (rows.stream().anyMatch(row -> row.countFlags().contains(uk.lacexplorer.observation.Flag.ROUNDED))) {
      notes.add("Counts flagged rounded were rounded to the nearest 5 at source.");
    }
    notes.add("Rank 1 = highest rate. 95% confidence intervals: Byar's method, exact Poisson for counts under 10.");
    return notes;
  }
}
