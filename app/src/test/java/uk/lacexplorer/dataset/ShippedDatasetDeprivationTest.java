package uk.lacexplorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.Loaded;
import uk.lacexplorer.testing.TestData;

/** Deprivation and covariates in the committed dataset, against figures checked independently of this code. */
class ShippedDatasetDeprivationTest {
  private static final String S10 = "wimd_share_lsoas_10pct_most_deprived";
  private static final String S30 = "wimd_share_lsoas_30pct_most_deprived";
  private final Loaded shipped = new Loaded(TestData.shipped().observations());

  @Test
  void wimd2011SharesInThe30PercentMostDeprivedMatchCoverage() {
    // COVERAGE.md §2: deciles 1-3 via lookup_lsoa01_lsoa11.csv.
    assertThat(shipped.value("W06000019", S30, 2011)).isCloseTo(66.0, within(0.05));   // Blaenau Gwent
    assertThat(shipped.value("W06000024", S30, 2011)).isCloseTo(61.1, within(0.05));   // Merthyr Tydfil
    assertThat(shipped.value("W06000016", S30, 2011)).isCloseTo(50.7, within(0.05));   // Rhondda Cynon Taf
    assertThat(shipped.value("W06000012", S30, 2011)).isCloseTo(44.0, within(0.05));   // Neath Port Talbot
    assertThat(shipped.value("W06000020", S30, 2011)).isCloseTo(35.0, within(0.05));   // Torfaen
    assertThat(shipped.value("W06000008", S30, 2011)).isCloseTo(4.3, within(0.05));    // Ceredigion
  }

  @Test
  void wimd2014SharesMatchSources() {
    // SOURCES.md §10 (computed there from the workbook): range 5.5% (Gwynedd) to 66.0% (Blaenau Gwent).
    assertThat(shipped.value("W06000002", S30, 2014)).isCloseTo(5.5, within(0.05));
    assertThat(shipped.value("W06000019", S30, 2014)).isCloseTo(66.0, within(0.05));
    assertThat(shipped.value("W06000024", S30, 2014)).isCloseTo(61.1, within(0.05));
    assertThat(shipped.value("W06000016", S30, 2014)).isCloseTo(47.4, within(0.05));
    assertThat(shipped.value("W06000012", S30, 2014)).isCloseTo(40.7, within(0.05));
    assertThat(shipped.value("W06000020", S30, 2014)).isCloseTo(40.0, within(0.05));
    assertThat(shipped.value("W06000022", S30, 2014)).isCloseTo(38.9, within(0.05));
    assertThat(shipped.value("W06000005", S30, 2014)).isCloseTo(19.6, within(0.05));
    List<Observation> overall = TestData.shipped().observations().stream()
        .filter(o -> o.measure().equals(S30) && o.period() == 2014 && o.breakdown().isEmpty()).toList();
    assertThat(overall).hasSize(22);
    assertThat(overall.stream().min(Comparator.comparing(Observation::value)).orElseThrow().area().value()).isEqualTo("W06000002");
  }

  @Test
  void wimd2019SharesMatchIndependentDerivations() {
    // 10%: equal to the LA proportions humaniverse derived in R (imd2019_wales_ltla22.csv, Proportion columns).
    assertThat(shipped.value("W06000022", S10, 2019)).isCloseTo(24.21, within(0.005));   // Newport 0.242105
    assertThat(shipped.value("W06000024", S10, 2019)).isCloseTo(22.22, within(0.005));   // Merthyr 0.222222
    assertThat(shipped.value("W06000021", S10, 2019)).isEqualTo(0.0);                      // Monmouthshire
    assertThat(shipped.get("W06000001", S10, 2019, "domain=income").value()).isCloseTo(4.55, within(0.005));
    // 30%: published deciles 1-3 counted by hand in Python from imd2019_wales_lsoa11.csv + lookup_lsoa11_ltla21.csv.
    // (The 61.1/47.4/40.7/40.0/38.9 figures sometimes quoted for "2019" are the WIMD 2014 ones, tested above.)
    assertThat(shipped.value("W06000024", S30, 2019)).isEqualTo(50.0);                     // 18 of 36
    assertThat(shipped.value("W06000016", S30, 2019)).isCloseTo(45.45, within(0.005));   // 70 of 154
    assertThat(shipped.value("W06000020", S30, 2019)).isCloseTo(41.67, within(0.005));   // 25 of 60
    assertThat(shipped.value("W06000005", S30, 2019)).isCloseTo(19.57, within(0.005));   // 18 of 92
  }

  @Test
  void englishIndicesAreStoredForEveryUpperTierAuthorityOf2019() {
    List<Observation> idaci = TestData.shipped().observations().stream()
        .filter(o -> o.measure().equals("idaci_average_score")).toList();
    assertThat(idaci).hasSize(151);
    // SOURCES.md §12: Middlesbrough has the highest average IDACI score, 0.327.
    assertThat(idaci.stream().max(Comparator.comparing(Observation::value)).orElseThrow().area().value()).isEqualTo("E06000002");
    assertThat(shipped.value("E06000002", "idaci_average_score", 2019)).isEqualTo(0.327);
  }

  @Test
  void loneParentSharesExistForEveryWelshAuthorityFrom2004To2019() {
    long welsh = TestData.shipped().observations().stream()
        .filter(o -> o.measure().equals("lone_parent_households_pct") && o.area().value().startsWith("W06")).count();
    assertThat(welsh).isEqualTo(22 * 16);
  }
}
