package uk.lacexplorer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.output.OutputWriter;
import uk.lacexplorer.output.SafeCsv;

/** Secondary suppression and withholding worked out by hand, on the three table shapes the exports have. */
class DisclosureTest {
  @Test
  void aLoneSuppressedCountBesideItsTotalTakesTheSmallestShownPartWithIt() {
    // 10 + s + 7 = 20 gives s = 3; withholding 7 as well leaves s anywhere in 1..4 (and the 7 in 3..6).
    SecondarySuppression.Protected kept = SecondarySuppression.protect(
        List.of(Cell.exact(10), Cell.suppressed(), Cell.exact(7)), Cell.exact(20));
    assertThat(kept.secondary()).containsExactly(2);
    assertThat(kept.totalWithheld()).isFalse();
    assertThat(Recovery.intervals(kept.parts(), kept.total()).get(1)).isEqualTo(new Recovery.Interval(1, 4));
  }

  @Test
  void countsRoundedToFiveHideTheSuppressedOneWithoutMore() {
    // Rounded 10 and 15 are 8..12 and 13..17; the total 30 is 28..32: s lies in 1..4 whatever it is.
    SecondarySuppression.Protected kept = SecondarySuppression.protect(
        List.of(Cell.rounded(10), Cell.rounded(15), Cell.suppressed()), Cell.rounded(30));
    assertThat(kept.secondary()).isEmpty();
    assertThat(Recovery.intervals(kept.parts(), kept.total()).get(2)).isEqualTo(new Recovery.Interval(1, 4));
  }

  @Test
  void whenEveryPartIsWithheldTheTotalGoesToo() {
    // One part: 1 + s... the only other part is withheld, and 2 = s1 + s2 with both at least 1 gives 1 and 1.
    SecondarySuppression.Protected kept = SecondarySuppression.protect(
        List.of(Cell.suppressed(), Cell.suppressed()), Cell.exact(2));
    assertThat(kept.totalWithheld()).isTrue();
  }

  @Test
  void selfEvaluationGroupsUnderFiveAreWithheldWithTheNextSmallest() {
    // 12 + 3 + 9 = 24: the 3 is withheld, and would follow from 24 − 12 − 9, so the 9 is withheld too.
    assertThat(Disclosure.shownGroups(List.of(12L, 3L, 9L), 24)).containsExactly(true, false, false);
    assertThat(Disclosure.shownGroups(List.of(12L, 6L, 9L), 27)).containsExactly(true, true, true);
    assertThat(Disclosure.withheld(4)).isTrue();
    assertThat(Disclosure.withheld(5)).isFalse();
  }

  private static final List<Column> RATES = List.of(Column.text("area_code"), Column.whole("year"), Column.whole("count"),
      Column.text("count_flag"), Column.whole("population_0_17"), Column.rate("rate_per_10000"), Column.whole("rank"));

  @Test
  void aRatesTableWithholdsTheSuppressedRowsDerivedCellsAndRanksAgain() {
    Output output = Output.of(RATES, List.of(
        Output.row("W06000001", 2020, 30.0, "", 10_000.0, 30.0, 3),
        Output.row("W06000002", 2020, null, "suppressed", 10_000.0, null, null),
        Output.row("W06000003", 2020, 12.0, "", 1_000.0, 120.0, 1),
        Output.row("W06000004", 2020, 50.0, "", 10_000.0, 50.0, 2),
        Output.row("W92000004", 2020, 94.0, "", 31_000.0, 30.3, null)), List.of());
    Output safe = Disclosure.protect(output);
    // 94 − 30 − 12 − 50 = 2: the smallest shown count (12, W06000003) is withheld with its rate and rank.
    assertThat(safe.rows().get(2)).containsExactly("W06000003", 2020, null, "suppressed", 1_000.0, null, null);
    assertThat(safe.rows().get(0).get(6)).isEqualTo(2);
    assertThat(safe.rows().get(3).get(6)).isEqualTo(1);
    assertThat(safe.notes()).anyMatch(note -> note.contains("1 more counts are withheld"));
  }

  @Test
  void storedBreakdownsWithTheirTotalAreProtectedDimensionByDimension() {
    List<Column> columns = List.of(Column.text("area_code"), Column.text("measure"), Column.whole("period"),
        Column.text("breakdown"), Column.precise("value", 2), Column.text("flags"));
    Output output = Output.of(columns, List.of(
        Output.row("E06000001", "children_looked_after", 2021, "", 40.0, ""),
        Output.row("E06000001", "children_looked_after", 2021, "sex=male", 37.0, ""),
        Output.row("E06000001", "children_looked_after", 2021, "sex=female", null, "suppressed"),
        Output.row("E06000001", "children_looked_after", 2021, "age=under1", 40.0, "")), List.of());
    Output safe = Disclosure.protect(output);
    assertThat(safe.rows().get(1).get(4)).isNull();
    assertThat(safe.rows().get(1).get(5)).isEqualTo("suppressed");
    assertThat(safe.rows().get(3).get(4)).isEqualTo(40.0);
  }

  @Test
  void anAnalysisOwnJsonLosesTheWithheldCellsToo() {
    List<List<Object>> rows = List.of(Output.row("W06000001", 2020, 8.0, "", 10_000.0, 8.0, 1),
        Output.row("W06000002", 2020, null, "suppressed", 10_000.0, null, null),
        Output.row("W92000004", 2020, 10.0, "", 20_000.0, 5.0, null));
    Output output = Output.of(RATES, rows, List.of()).withJson(Map.of("rows", Output.objects(RATES, rows)));
    String json = OutputWriter.json(Disclosure.protect(output).jsonValue());
    assertThat(json).doesNotContain("\"count\" : 8").contains("\"count\" : null");
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("=+-@\t\r\n \uFF1D\uFF0B\uFF0D\uFF20aZ1,\"';").ofMaxLength(6);
  }

  @Property(tries = 300)
  void everyCsvCellIsFormulaSafe(@ForAll("cells") String name, @ForAll("cells") String flag) throws Exception {
    Output output = Disclosure.protect(Output.of(RATES, List.of(Output.row(name, 2020, 5.0, flag, 100.0, 500.0, 1)),
        List.of()));
    List<String> cells = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(OutputWriter.csv(output))) {
      reader.stream().skip(1).forEach(record -> cells.addAll(record.getFields()));
    }
    assertThat(cells).allSatisfy(cell -> assertThat(SafeCsv.risky(cell)).as(cell).isFalse());
  }
}
