package uk.lacexplorer.imports.statswales;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

/**
 * The StatsWales table importer on fixtures written in the two download layouts (the new site's long layout, as the
 * excerpt {@code wales_statswales_page_excerpts/01_…} shows it, and the classic export with title rows and one row per
 * area, as in {@code wales_cla_pearson/}); the values are invented except the Wales totals named in each fixture.
 */
class StatsWalesTableImporterTest {
  @TempDir
  Path folder;

  private static Importer importer(String id) {
    return StatsWalesTables.importers().stream().filter(i -> i.kind().equals("statswales-" + id)).findFirst().orElseThrow();
  }

  private static ImportResult read(String id, String fixture, Map<String, String> options) {
    return importer(id).read(TestData.fixture("statswales/tables/" + fixture), TestData.context(options));
  }

  private static List<Observation> loaded(ImportResult result) {
    assertThat(result).isInstanceOf(ImportResult.Loaded.class);
    return ((ImportResult.Loaded) result).observations();
  }

  private static Observation find(List<Observation> observations, String area, String measure) {
    return observations.stream().filter(o -> o.area().value().equals(area) && o.measure().equals(measure)
        && o.breakdown().isEmpty()).findFirst().orElseThrow(() -> new AssertionError("no " + area + " " + measure));
  }

  @Test
  void everyStageOfTheCascadeHasAShippedMappingWithItsNameInEnglishAndWelsh() {
    for (String measure : List.of("children_in_need_at_31_march", "child_protection_plans_at_31_march",
        "child_protection_plans_started", "children_started_looked_after", "children_ceased_looked_after",
        "children_ceased_returned_home", "children_ceased_adopted", "children_ceased_special_guardianship",
        "children_looked_after", "social_workers_fte", "spend_csc_net")) {
      TableMapping table = StatsWalesTables.forMeasure(measure).orElseThrow(() -> new AssertionError(measure));
      assertThat(table.titleEn()).isNotBlank();
      assertThat(table.titleCy()).isNotBlank().isNotEqualTo(table.titleEn());
    }
    assertThat(StatsWalesTables.forMeasure("referrals")).isEmpty();
  }

  @Test
  void longLayoutGivesEachAuthorityAndWalesFlaggedRoundedWithMarkersKept() {
    List<Observation> read = loaded(read("care-and-support", "care_and_support_long_2021.csv", Map.of()));
    // 22 authorities and Wales, one mapped description each; "aged under 5" is not mapped and is left alone
    assertThat(read).hasSize(23).allMatch(o -> o.measure().equals("children_in_need_at_31_march") && o.period() == 2021);
    Observation wales = find(read, "W92000004", "children_in_need_at_31_march");
    assertThat(wales.value()).isEqualTo(17_004.0);  // the census total, 31 March 2021 (SOURCES §21)
    assertThat(wales.flags()).containsExactly(Flag.ROUNDED);
    assertThat(find(read, "W06000015", "children_in_need_at_31_march").value()).isEqualTo(2_335.0);  // "2,335" in the file
    Observation ceredigion = find(read, "W06000008", "children_in_need_at_31_march");
    assertThat(ceredigion.value()).isNull();
    assertThat(ceredigion.flags()).containsExactly(Flag.SUPPRESSED);  // [c]
    assertThat(find(read, "W06000023", "children_in_need_at_31_march").flags()).containsExactly(Flag.NOT_AVAILABLE);  // [x]
    ImportResult.Loaded result = (ImportResult.Loaded) read("care-and-support", "care_and_support_long_2021.csv", Map.of());
    assertThat(result.source().id()).isEqualTo("statswales_care_and_support_2021");
    assertThat(result.source().publisher()).contains("StatsWales");
    assertThat(read).allMatch(o -> o.sourceId().equals(result.source().id()));
  }

  @Test
  void longLayoutSumsTheReasonsOneMeasureGathersAndReadsFinancialYears() {
    List<Observation> read = loaded(read("cla-ceased-by-reason", "ceased_by_reason_long_2024.csv", Map.of()));
    assertThat(read).allMatch(o -> o.period() == 2024);  // 2023-24: the year ending 31 March 2024
    assertThat(find(read, "W06000015", "children_ceased_looked_after").value()).isEqualTo(420.0);
    assertThat(find(read, "W06000015", "children_ceased_returned_home").value()).isEqualTo(150.0);
    // special guardianship: to former foster carers 15 + to other carers 10
    Observation sgo = find(read, "W06000015", "children_ceased_special_guardianship");
    assertThat(sgo.value()).isEqualTo(25.0);
    assertThat(sgo.flags()).containsExactly(Flag.ROUNDED);
    assertThat(find(read, "W92000004", "children_ceased_special_guardianship").value()).isEqualTo(215.0);
    Observation adopted = find(read, "W06000020", "children_ceased_adopted");  // Torfaen: *
    assertThat(adopted.value()).isNull();
    assertThat(adopted.flags()).containsExactly(Flag.SUPPRESSED);
    // 3 areas × 4 measures ("Died" is not mapped)
    assertThat(read).hasSize(12);
  }

  @Test
  void classicExportGivesOneRowPerAreaWithTheYearFromTheTitle() {
    List<Observation> read = loaded(read("cla-31-march", "cla_classic_2019.csv", Map.of()));
    // the last "Total boys and girls" column is the table's total; Wales and four authorities; the notes are not read
    assertThat(read).hasSize(5).allMatch(o -> o.period() == 2019 && o.measure().equals("children_looked_after"));
    assertThat(find(read, "W92000004", "children_looked_after").value()).isEqualTo(6_845.0);
    assertThat(find(read, "W06000001", "children_looked_after").value()).isEqualTo(155.0);
    assertThat(find(read, "W06000024", "children_looked_after").value()).isEqualTo(185.0);
    assertThat(read).allMatch(o -> o.flags().equals(java.util.EnumSet.of(Flag.ROUNDED)));
  }

  @Test
  void aBadFileIsRejectedWholeWithEachProblemNamedByLineAndValue() {
    ImportResult result = read("care-and-support", "care_and_support_bad.csv", Map.of());
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    List<String> problems = ((ImportResult.Rejected) result).problems().stream().map(Object::toString).toList();
    assertThat(problems).hasSize(3);
    assertThat(String.join("\n", problems)).contains("3").contains("12O").contains("Atlantis").contains("given twice");
  }

  @Test
  void aMappingGivenAsAFileReadsATableLacExplorerDoesNotShip() throws Exception {
    Path mapping = folder.resolve("foster.txt");
    Files.writeString(mapping, String.join("\n", "# the excerpt 01 table",
        "id: foster-inside-la", "title_en: Children looked after in foster placements on 31 March by location of placement",
        "title_cy: Plant sy'n derbyn gofal mewn lleoliadau maeth ar 31 Mawrth yn ôl lleoliad", "url: https://stats.gov.wales",
        "rounded: 5", "long.value: Data values", "long.area: Local Authority", "long.year: Collection Year (at 31 March)",
        "long.measure: Data description", "measure: Total children looked after -> children_looked_after", ""));
    Path file = folder.resolve("foster.csv");
    Files.writeString(file, "Data values,Data description,Collection Year (at 31 March),Local Authority\n"
        + "3305,Total children looked after,2023-24,Total Welsh local authorities\n75,Total children looked after,2023-24,Isle of Anglesey\n");
    Importer any = StatsWalesTables.importers().stream().filter(i -> i.kind().equals("statswales-table")).findFirst().orElseThrow();
    List<Observation> read = loaded(any.read(file, TestData.context(Map.of("mapping", mapping.toString()))));
    assertThat(read).hasSize(2);
    assertThat(find(read, "W92000004", "children_looked_after").value()).isEqualTo(3305.0);
    ImportResult missing = any.read(file, TestData.context(Map.of()));
    assertThat(missing).isInstanceOf(ImportResult.Rejected.class);
  }

  @Test
  void aFileOfAnotherTableIsRefusedInOneLine() {
    ImportResult result = read("workforce", "cla_classic_2019.csv", Map.of());
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    assertThat(((ImportResult.Rejected) result).problems()).hasSize(1);
    assertThat(((ImportResult.Rejected) result).problems().get(0).toString()).contains("Social services staff");
  }
}
