package uk.lacexplorer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.output.OutputFormat;
import uk.lacexplorer.output.OutputWriter;
import uk.lacexplorer.rates.Denominator;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.Rates;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.rates.RatesTable;

/**
 * An attacker tries to recover a suppressed count from every export of a table of authorities with their nation's
 * total: the CSV and the JSON that the command line and the API write ({@code RatesTable} through
 * {@link Disclosure#protect}), and the rows that pages, reports and charts draw ({@link RateRows#protect}). The
 * attacker reads the export back, and (1) takes any rate, interval or rank left beside a withheld count (a rate times
 * the population gives the count back), and (2) solves the sum by brute force: every withheld count from 0 up (from 1
 * to 4 for a count it knows was suppressed at source, since the source is public), every rounded count within ±2, and
 * the total within its rounding; a withheld count with only one value consistent with everything published is
 * recovered. The property fails if any is. The brute force (sets of reachable sums) is written here, independently of
 * {@link Recovery}'s interval arithmetic.
 */
class RecoverSuppressedPropertyTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An invented nation: true counts, which of them were suppressed at source, and whether counts are rounded to 5. */
  record Table(List<Integer> counts, List<Boolean> suppressed, boolean rounded) {
  }

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<Integer> size = Arbitraries.integers().between(2, 7);
    return size.flatMap(n -> Combinators.combine(
        Arbitraries.integers().between(0, 40).list().ofSize(n),
        Arbitraries.integers().between(1, 4).list().ofSize(n),
        Arbitraries.of(true, false, false).list().ofSize(n),
        Arbitraries.of(true, false)).as((large, small, suppressed, rounded) -> {
          List<Integer> counts = new ArrayList<>();
          for (int i = 0; i < n; i++) counts.add(suppressed.get(i) ? small.get(i) : large.get(i));
          return new Table(counts, suppressed, rounded);
        }));
  }

  private static long round5(long value) {
    return Math.round(value / 5.0) * 5;
  }

  /** The rate rows a nation's rates would hold: authorities W06…, then Wales with the (rounded) total. */
  static List<RateRow> rows(Table table) {
    List<RateRow> rows = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < table.counts().size(); i++) {
      int count = table.counts().get(i);
      total += count;
      double population = 10_000 + 1_000 * i;
      boolean suppressed = table.suppressed().get(i);
      Double shown = suppressed ? null : (double) (table.rounded() ? round5(count) : count);
      EnumSet<Flag> flags = suppressed ? EnumSet.of(Flag.SUPPRESSED)
          : table.rounded() ? EnumSet.of(Flag.ROUNDED) : EnumSet.noneOf(Flag.class);
      Double rate = shown == null ? null : shown / population * 10_000;
      rows.add(new RateRow(new AreaCode(String.format("W060000%02d", i + 1)), "Authority " + i, "Awdurdod " + i, 2020,
          shown, flags, new Denominator(population, 2020, "population_0_17", false, "mid-2020"), rate,
          rate == null ? null : rate * 0.9, rate == null ? null : rate * 1.1, null, false));
    }
    double population = 0;
    for (int i = 0; i < table.counts().size(); i++) population += 10_000 + 1_000 * i;
    double shownTotal = table.rounded() ? round5(total) : total;
    rows.add(new RateRow(new AreaCode("W92000004"), "Wales", "Cymru", 2020, shownTotal,
        table.rounded() ? EnumSet.of(Flag.ROUNDED) : EnumSet.noneOf(Flag.class),
        new Denominator(population, 2020, "population_0_17", false, "mid-2020"), shownTotal / population * 10_000,
        null, null, null, true));
    return rank(rows);
  }

  private static List<RateRow> rank(List<RateRow> rows) {
    List<RateRow> ranked = new ArrayList<>();
    for (RateRow row : rows) {
      Integer rank = row.nation() || !row.hasRate() ? null
          : (int) rows.stream().filter(o -> !o.nation() && o.hasRate() && o.rate() > row.rate()).count() + 1;
      ranked.add(new RateRow(row.areaCode(), row.areaName(), row.areaNameCy(), row.year(), row.count(), row.countFlags(),
          row.denominator(), row.rate(), row.lower(), row.upper(), rank, row.nation()));
    }
    return ranked;
  }

  /** What an export tells the attacker about one row. */
  record Seen(String code, Double count, String flags, Double population, Double rate, Double lower, Double upper,
              Object rank) {
  }

  @Property(tries = 400)
  void noSuppressedCountCanBeRecoveredFromAnyExport(@ForAll("tables") Table table) throws Exception {
    Rates rates = new Rates(RatesRequest.of(Nation.WALES, 2020), rows(table));
    Output protectedOutput = Disclosure.protect(RatesTable.output(rates));
    attack(table, fromCsv(OutputWriter.write(protectedOutput, OutputFormat.CSV)), "CSV");
    attack(table, fromJson(OutputWriter.write(protectedOutput, OutputFormat.JSON)), "JSON");
    List<Seen> drawn = new ArrayList<>();
    for (RateRow row : RateRows.protect(rates.rows())) {
      drawn.add(new Seen(row.areaCode().value(), row.count(), row.countFlag(), row.denominator().population(), row.rate(),
          row.lower(), row.upper(), row.rank()));
    }
    attack(table, drawn, "rows for pages, reports and charts");
  }

  @Property(tries = 200)
  void unprotectedExportsWouldBeRecovered(@ForAll("tables") Table table) throws Exception {
    // The attacker is able to fail the property: on the same tables without disclosure control, it recovers the lone
    // suppressed count of any unrounded table with exactly one (checks that the attack is real, not vacuous).
    long suppressed = table.suppressed().stream().filter(b -> b).count();
    if (table.rounded() || suppressed != 1) return;
    List<Seen> seen = fromCsv(OutputWriter.write(RatesTable.output(new Rates(RatesRequest.of(Nation.WALES, 2020),
        rows(table))), OutputFormat.CSV));
    assertThat(recovered(table, seen)).isNotEmpty();
  }

  private static void attack(Table table, List<Seen> seen, String export) {
    assertThat(recovered(table, seen)).as(export + " of " + table).isEmpty();
  }

  /** Indexes of authorities whose true count the attacker works out from what it has seen. */
  static List<Integer> recovered(Table table, List<Seen> seen) {
    int n = table.counts().size();
    List<Integer> found = new ArrayList<>();
    Seen total = seen.get(n);
    for (int i = 0; i < n; i++) {
      Seen row = seen.get(i);
      if (row.count() != null) continue;
      // (1) anything derived from the count left beside it
      if (row.rate() != null && Math.round(row.rate() * row.population() / 10_000) == table.counts().get(i)) found.add(i);
      if (row.lower() != null || row.upper() != null || row.rank() != null) found.add(i);
    }
    if (total.count() == null) return found;
    // (2) the sum: ranges of every part as the attacker knows them
    long totalLow = table.rounded() ? Math.max(0, total.count().longValue() - 2) : total.count().longValue();
    long totalHigh = table.rounded() ? total.count().longValue() + 2 : total.count().longValue();
    long[][] ranges = new long[n][];
    for (int i = 0; i < n; i++) {
      Seen row = seen.get(i);
      if (row.count() != null) {
        long v = row.count().longValue();
        ranges[i] = table.rounded() ? new long[] {Math.max(0, v - 2), v + 2} : new long[] {v, v};
      } else if (table.suppressed().get(i)) {
        ranges[i] = new long[] {1, 4};
      } else {
        ranges[i] = new long[] {0, totalHigh};
      }
    }
    for (int i = 0; i < n; i++) {
      if (seen.get(i).count() != null) continue;
      BitSet others = reachable(ranges, i, (int) totalHigh);
      List<Long> possible = new ArrayList<>();
      for (long v = ranges[i][0]; v <= ranges[i][1]; v++) {
        for (long t = totalLow; t <= totalHigh; t++) {
          if (t - v >= 0 && others.get((int) (t - v))) {
            possible.add(v);
            break;
          }
        }
      }
      if (possible.size() == 1 && possible.get(0) == (long) table.counts().get(i) && !found.contains(i)) found.add(i);
    }
    return found;
  }

  /** Sums (up to {@code limit}) the parts other than {@code skip} can make. */
  private static BitSet reachable(long[][] ranges, int skip, int limit) {
    BitSet sums = new BitSet(limit + 1);
    sums.set(0);
    for (int i = 0; i < ranges.length; i++) {
      if (i == skip) continue;
      BitSet next = new BitSet(limit + 1);
      for (int s = sums.nextSetBit(0); s >= 0; s = sums.nextSetBit(s + 1)) {
        for (long v = ranges[i][0]; v <= Math.min(ranges[i][1], limit); v++) {
          if (s + v <= limit) next.set((int) (s + v));
        }
      }
      sums = next;
    }
    return sums;
  }

  private static Double number(String text) {
    return text == null || text.isEmpty() ? null : Double.valueOf(text);
  }

  static List<Seen> fromCsv(String csv) throws Exception {
    List<Seen> seen = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
      for (NamedCsvRecord record : reader) {
        seen.add(new Seen(record.getField("area_code"), number(record.getField("count")), record.getField("count_flag"),
            number(record.getField("population_0_17")), number(record.getField("rate_per_10000")),
            number(record.getField("ci95_lower")), number(record.getField("ci95_upper")),
            number(record.getField("rank"))));
      }
    }
    return seen;
  }

  @SuppressWarnings("unchecked")
  static List<Seen> fromJson(String json) {
    List<Seen> seen = new ArrayList<>();
    for (Map<String, Object> row : (List<Map<String, Object>>) JSON.readValue(json, List.class)) {
      seen.add(new Seen((String) row.get("area_code"), asDouble(row.get("count")), (String) row.get("count_flag"),
          asDouble(row.get("population_0_17")), asDouble(row.get("rate_per_10000")), asDouble(row.get("ci95_lower")),
          asDouble(row.get("ci95_upper")), row.get("rank")));
    }
    return seen;
  }

  private static Double asDouble(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}
