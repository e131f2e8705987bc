package uk.lacexplorer.imports.deprivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.testing.Loaded;

class DeprivationImportersTest {
  private static final String S10 = "wimd_share_lsoas_10pct_most_deprived";
  private static final String S20 = "wimd_share_lsoas_20pct_most_deprived";
  private static final String S30 = "wimd_share_lsoas_30pct_most_deprived";

  @Test
  void decilesOfRanksAreCutAsTheWelshGovernmentCutsThem() {
    // WIMD 2011: 1,896 LSOAs, published decile 3 ends at rank 569 = ceil(568.8); WIMD 2019: 1,909, decile 3 ends at 573.
    assertThat(WimdShares.decileOfRank(569, 1896)).isEqualTo(3);
    assertThat(WimdShares.decileOfRank(570, 1896)).isEqualTo(4);
    assertThat(WimdShares.decileOfRank(190, 1896)).isEqualTo(1);
    assertThat(WimdShares.decileOfRank(573, 1909)).isEqualTo(3);
    assertThat(WimdShares.decileOfRank(574, 1909)).isEqualTo(4);
    assertThat(WimdShares.decileOfRank(1909, 1909)).isEqualTo(10);
  }

  @Test
  void wimd2011UsesPublishedDecilesAndPlacesLsoa2001ByTheAuthorityNameTheyStartWith() {
    // Rhondda, Cynon, Taff holds deciles 1, 3, 5, 7, 9; The Vale of Glamorgan 2, 4, 6, 8, 10 (income reversed).
    Loaded read = Loaded.read(WimdCsvImporter.wimd2011(), "deprivation/wimd2011_small.csv",
        Loaded.fixtures("lsoa-lookup", "lookups/lsoa01_lsoa11.csv"));
    assertThat(read.value("W06000016", S10, 2011)).isEqualTo(20.0);
    assertThat(read.value("W06000016", S20, 2011)).isEqualTo(20.0);
    assertThat(read.value("W06000016", S30, 2011)).isEqualTo(40.0);
    assertThat(read.value("W06000014", S10, 2011)).isEqualTo(0.0);
    assertThat(read.value("W06000014", S30, 2011)).isEqualTo(20.0);
    assertThat(read.get("W06000014", S30, 2011, "domain=income").value()).isEqualTo(40.0);
    assertThat(read.get("W06000016", S10, 2011, "domain=income").value()).isEqualTo(0.0);
  }

  @Test
  void wimdRanksWithoutDecilesAreCutIntoDeciles() {
    // 20 LSOAs: decile d = ranks up to 2d. Flintshire ranks 1-5, Conwy 6-20; health ranks reversed.
    Loaded read = Loaded.read(WimdCsvImporter.wimd2019(), "deprivation/wimd2019_ranks_small.csv",
        Loaded.fixtures("lsoa-lookup", "lookups/lsoa11_ltla21_wimd.csv"));
    assertThat(read.value("W06000005", S10, 2019)).isEqualTo(40.0);
    assertThat(read.value("W06000005", S20, 2019)).isEqualTo(80.0);
    assertThat(read.value("W06000005", S30, 2019)).isEqualTo(100.0);
    assertThat(read.value("W06000003", S30, 2019)).isEqualTo(6.67);
    assertThat(read.get("W06000003", S10, 2019, "domain=health").value()).isEqualTo(13.33);
    assertThat(read.get("W06000003", S30, 2019, "domain=health").value()).isEqualTo(40.0);
  }

  @Test
  void wimdLsoaMissingFromTheLookupIsAProblem() {
    List<Problem> problems = Loaded.rejected(WimdCsvImporter.wimd2019(), "deprivation/wimd2019_unknown_lsoa.csv",
        Loaded.fixtures("lsoa-lookup", "lookups/lsoa11_ltla21_wimd.csv"));
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(4);
      assertThat(problem.value()).isEqualTo("W01299999");
    });
  }

  @Test
  void wimd2014WorkbookRanksGiveSharesOverallAndByDomain() {
    // 10 LSOAs, so decile = rank. Blaenau Gwent overall ranks 1, 2, 4, 7; Ceredigion 3, 5, 6, 8, 9, 10.
    // Income ranks are 11 - overall: Ceredigion 8, 6, 5, 3, 2, 1.
    Loaded read = Loaded.read(new Wimd2014Importer(), "deprivation/wimd2014_small.xlsx", Map.of());
    assertThat(read.value("W06000019", S10, 2014)).isEqualTo(25.0);
    assertThat(read.value("W06000019", S30, 2014)).isEqualTo(50.0);
    assertThat(read.value("W06000008", S30, 2014)).isEqualTo(16.67);
    assertThat(read.get("W06000008", S10, 2014, "domain=income").value()).isEqualTo(16.67);
    assertThat(read.get("W06000008", S20, 2014, "domain=income").value()).isEqualTo(33.33);
    assertThat(read.get("W06000008", S30, 2014, "domain=income").value()).isEqualTo(50.0);
    assertThat(read.get("W06000019", S30, 2014, "domain=housing").value()).isEqualTo(50.0);
  }

  @Test
  void aCutOffWorkbookIsRejected() {
    List<Problem> problems = Loaded.rejected(new Wimd2014Importer(), "deprivation/wimd2014_cut.xlsx", Map.of());
    assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message()).contains("workbook"));
  }

  @Test
  void imdSummaryGivesScoresAndPercentagesForTheEditionInItsHeader() {
    Loaded read = Loaded.read(EnglishSummaryImporter.imd(), "deprivation/imd19_small.csv", Map.of());
    assertThat(read.value("E06000001", "imd_average_score", 2019)).isEqualTo(30.5);
    assertThat(read.value("E06000001", "imd_average_rank", 2019)).isEqualTo(20000.5);
    assertThat(read.value("E06000001", "imd_share_lsoas_10pct_most_deprived", 2019)).isEqualTo(25.0);
    assertThat(read.value("E06000001", "imd_extent_pct", 2019)).isEqualTo(40.0);
    // Buckinghamshire's 2019 county code is an alias of the unitary's.
    assertThat(read.value("E06000060", "imd_average_score", 2019)).isEqualTo(10.25);
  }

  @Test
  void idaciSummaryNeedsTheYearAndNamesUnknownAuthorities() {
    Loaded read = Loaded.read(EnglishSummaryImporter.idaci(), "deprivation/idaci_small.csv", Map.of("year", "2019"));
    assertThat(read.value("E06000001", "idaci_share_lsoas_10pct_most_deprived", 2019)).isEqualTo(43.21);
    assertThat(read.value("E08000037", "idaci_average_score", 2019)).isEqualTo(0.2);
    assertThat(Loaded.rejected(EnglishSummaryImporter.idaci(), "deprivation/idaci_small.csv", Map.of()).get(0).message())
        .contains("year=");
    assertThat(Loaded.rejected(EnglishSummaryImporter.idaci(), "deprivation/idaci_unknown.csv", Map.of("year", "2019")))
        .singleElement().satisfies(problem -> assertThat(problem.toString()).contains("unknown area 'E06000999'"));
  }
}
