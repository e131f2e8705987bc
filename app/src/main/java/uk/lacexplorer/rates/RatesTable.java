package uk.lacexplorer.rates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/**
 * The one mapper of {@link Rates}. Its columns are the documented vocabulary every other answer borrows from:
 * {@code area_code, area_name, year, count, count_flag, population_0_17, population_year, denominator_flag,
 * rate_per_10000, ci95_lower, ci95_upper, rank}.
 */
public final class RatesTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.whole("year"), Column.whole("count"), Column.text("count_flag"), Column.whole("population_0_17"),
      Column.whole("population_year"), Column.text("denominator_flag"), Column.rate("rate_per_10000"),
      Column.rate("ci95_lower"), Column.rate("ci95_upper"), Column.whole("rank"), Column.text("denominator_note"));

  /** The standard denominator in words, for the notes of every answer that uses it. */
  public static final String STANDARD = "Standard denominator (choose another with --denominator, --population): a count at "
      + "31 March of year Y divided by the estimate for mid-(Y - 1), as the Welsh Government and DfE publish; Wales: ONS "
      + "mid-year estimates, England: DfE's denominators (ONS, Census 2021-based); interpolated between estimates, the "
      + "nearest beyond them. denominator_note says which estimate each row used.";

  private RatesTable() {
  }

  public static Output output(Rates rates) {
    List<List<Object>> table = new ArrayList<>();
    for (RateRow row : rates.rows()) {
      table.add(Output.row(row.areaCode().value(), row.areaName(), row.year(), row.count(), row.countFlag(),
          row.denominator().population(), row.denominator().populationYear(), row.denominatorFlag(), row.rate(),
          row.lower(), row.upper(), row.rank(), row.denominator().description()));
    }
    List<String> notes = new ArrayList<>();
    if (rates.request().both()) {
      notes.add("Wales and England ranked together (rank 1 = highest rate of all authorities of both nations).");
    }
    if (rates.request().policy() == null || rates.request().series() == null) notes.add(STANDARD);
    notes.addAll(notes(rates.rows()));
    return Output.of(COLUMNS, table, notes);
  }

  private static List<String> notes(List<RateRow> rows) {
    List<String> notes = new ArrayList<>();
    Set<String> denominators = new LinkedHashSet<>();
    for (RateRow row : rows) {
      if (!row.denominator().isMissing()) denominators.add(row.denominator().measure() + " " + row.denominator().description());
    }
    notes.add("Denominators used: " + String.join("; ", denominators) + ".");
    long estimated = rows.stream().filter(row -> row.denominator().estimated()).count();
    if (estimated > 0) notes.add(estimated + " rows use a population estimate for another year (estimated_denominator).");
    long suppressed = rows.stream().filter(row -> row.count() == null).count();
    if (suppressed > 0) notes.add(suppressed + " counts are suppressed or missing, so they have no rate (never zero).");
    if (rows.stream().anyMatch(row -> row.countFlags().contains(Flag.ROUNDED))) {
      notes.add("Counts flagged rounded were rounded to the nearest 5 at source.");
    }
    notes.add("Rank 1 = highest rate. 95% confidence intervals: Byar's method, exact Poisson for counts under 10.");
    return notes;
  }
}
