package uk.lacexplorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.observation.Observation;

/**
 * The moderating factors of issue 17 built from the raw folder, each checked for at least two authorities against an
 * independent calculation from the raw file: Python's csv module (sums written out below) and, for land areas, R's sf
 * ({@code sf_use_s2(FALSE); st_area()}, geodesic areas on WGS84 by lwgeom). Skipped without the raw folder.
 */
class ModeratorsFromRawTest {
  private static Dataset built;

  @BeforeAll
  static void build() {
    Path raw = DatasetBuildFromRawTest.rawFolder();
    assumeTrue(Files.isDirectory(raw), "raw data folder not found: " + raw.toAbsolutePath());
    built = new DatasetBuilder().build(raw, DatasetRecipe.moderators());
  }

  private static double value(String area, String measure, int period) {
    return built.observations().stream().filter(o -> o.area().value().equals(area) && o.measure().equals(measure)
            && o.period() == period && o.breakdown().equals(Observation.TOTAL)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + measure + " for " + area + " " + period)).value();
  }

  @Test
  void ageStructureIsEachBandOverAgesNoneToSeventeen() {
    // population19_utla19.csv, columns "0".."17": Cardiff 0-17 = 74,890; under 1 = 5.2090%, 1-4 = 22.7200%,
    // 5-9 = 29.8972%, 10-15 = 32.4302%, 16-17 = 9.7436%. Powys 0-17 = 23,927: 4.6725, 20.2324, 28.0018, 35.5414, 11.5518.
    assertThat(value("W06000015", "children_aged_under_1_pct", 2019)).isEqualTo(5.21);
    assertThat(value("W06000015", "children_aged_1_4_pct", 2019)).isEqualTo(22.72);
    assertThat(value("W06000015", "children_aged_5_9_pct", 2019)).isEqualTo(29.90);
    assertThat(value("W06000015", "children_aged_10_15_pct", 2019)).isEqualTo(32.43);
    assertThat(value("W06000015", "children_aged_16_17_pct", 2019)).isEqualTo(9.74);
    assertThat(value("W06000023", "children_aged_10_15_pct", 2019)).isEqualTo(35.54);
    assertThat(value("W06000023", "children_aged_16_17_pct", 2019)).isEqualTo(11.55);
    // population20_ltla21.csv: Northamptonshire (2020) = North (E06000061) + West (E06000062) Northamptonshire,
    // 0-17 = 173,087: under 1 = 4.9490%, 10-15 = 33.8622%.
    assertThat(value("E10000021", "children_aged_under_1_pct", 2020)).isEqualTo(4.95);
    assertThat(value("E10000021", "children_aged_10_15_pct", 2020)).isEqualTo(33.86);
  }

  @Test
  void householdSizeIsResidentsOverHouseholdsSummedToTheAuthority() {
    // age_gender21_ltla21_ew.csv total_population / households21_ltla21.csv households, by lookup_ltla21_utla21.csv:
    // Cardiff 362,312 / 147,300 = 2.45969; Powys 133,174 / 60,200 = 2.21219; Kent (12 districts) 1,576,070 / 648,300 = 2.43108.
    assertThat(value("W06000015", "household_size_mean", 2021)).isEqualTo(2.460);
    assertThat(value("W06000023", "household_size_mean", 2021)).isEqualTo(2.212);
    assertThat(value("E10000016", "household_size_mean", 2021)).isEqualTo(2.431);
  }

  @Test
  void densityUsesTheEllipsoidalAreaOfTheBoundary() {
    // R sf (s2 off) st_area of england_wales_utla_2021.geojson: Cardiff 142.150537567 km2, Powys 5202.520993154 km2,
    // so 362,312 / 142.1505 = 2548.79 and 133,174 / 5202.521 = 25.598 residents per km2.
    assertThat(value("W06000015", "population_density_per_km2", 2021)).isCloseTo(2548.8, within(0.15));
    assertThat(value("W06000023", "population_density_per_km2", 2021)).isCloseTo(25.6, within(0.05));
  }

  @Test
  void theTwoWelshGeneralisationsDifferMostOnTheCoast() {
    // R sf (s2 off): Swansea 375.457 km2 in wales_la_2019.geojson against 383.747 in wales_la_2021.geojson (-2.16%),
    // Cardiff 142.278 against 142.151 (+0.09%), Merthyr Tydfil 113.491 in both. The importer measures them alike.
    Path raw = DatasetBuildFromRawTest.rawFolder();
    var problems = new uk.lacexplorer.imports.read.Problems(raw);
    var areas2019 = uk.lacexplorer.imports.census.BoundaryAreas.km2(raw.resolve("boundaries_geographr/wales_la_2019.geojson"), problems);
    var areas2021 = uk.lacexplorer.imports.census.BoundaryAreas.km2(raw.resolve("boundaries_geographr/wales_la_2021.geojson"), problems);
    assertThat(problems.isEmpty()).isTrue();
    assertThat(areas2019.get("W06000011")).isCloseTo(375.457, within(0.04));
    assertThat(areas2021.get("W06000011")).isCloseTo(383.747, within(0.04));
    assertThat(areas2019.get("W06000015")).isCloseTo(142.278, within(0.015));
    assertThat(areas2021.get("W06000024")).isCloseTo(113.491, within(0.012));
  }

  @Test
  void householdDeprivationIsSummedFromLsoasBeforeTheShare() {
    // census21_deprivation_england_wales_lsoa21.csv counts by lsoa21 -> ltla22 (lookup_lsoa11_lsoa21_ltla22.csv) ->
    // utla21: Cardiff 147,333 households: 72,092 / 46,633 / 21,342 / 6,853 / 413 = 48.9313, 31.6514, 14.4856, 4.6514,
    // 0.2803%. Kent 648,423: 315,371 / 219,858 / 89,986 / 21,597 / 1,611 = 48.6366, 33.9066, 13.8777, 3.3307, 0.2484%.
    assertThat(value("W06000015", "households_deprived_0_dimensions_pct", 2021)).isEqualTo(48.93);
    assertThat(value("W06000015", "households_deprived_1_dimensions_pct", 2021)).isEqualTo(31.65);
    assertThat(value("W06000015", "households_deprived_2_dimensions_pct", 2021)).isEqualTo(14.49);
    assertThat(value("W06000015", "households_deprived_3_dimensions_pct", 2021)).isEqualTo(4.65);
    assertThat(value("W06000015", "households_deprived_4_dimensions_pct", 2021)).isEqualTo(0.28);
    assertThat(value("E10000016", "households_deprived_0_dimensions_pct", 2021)).isEqualTo(48.64);
    assertThat(value("E10000016", "households_deprived_3_dimensions_pct", 2021)).isEqualTo(3.33);
    assertThat(value("E10000016", "households_deprived_4_dimensions_pct", 2021)).isEqualTo(0.25);
  }

  @Test
  void everyFactorCoversAllAuthoritiesOfBothNations() {
    for (String measure : new String[] {"household_size_mean", "population_density_per_km2",
        "households_deprived_2_dimensions_pct", "children_aged_5_9_pct"}) {
      int year = measure.startsWith("children_aged") ? 2019 : 2021;
      long wales = built.observations().stream().filter(o -> o.measure().equals(measure) && o.period() == year
          && o.area().value().startsWith("W06")).count();
      long england = built.observations().stream().filter(o -> o.measure().equals(measure) && o.period() == year
          && o.area().value().matches("E(06|08|09|10).*")).count();
      assertThat(wales).as(measure).isEqualTo(22);
      assertThat(england).as(measure).isEqualTo(year == 2019 ? 151 : 152);
    }
  }

  @Test
  void placementMixIsEachTypeOverTheTotalOfTheSameFile() {
    // SFR36_CLA2014.csv: Kent CLA_Mar2014 1,837, CLA_Fost 1,423 (77.46%), CLA_Adopt 117 (6.37%), CLA_Parent 20 (1.09%);
    // Birmingham 1,801, 1,317 (73.13%), 81 (4.50%), 92 (5.11%). placement_data.csv 2024: Kent Total 1,956, foster
    // 1,174 (60.02%); Birmingham 2,296, foster 1,499 (65.29%), adoption 88 (3.83%), with parents 225 (9.80%).
    Dataset placements = new DatasetBuilder().build(DatasetBuildFromRawTest.rawFolder(), java.util.List.of(
        DatasetStep.of("dfe-sfr-cla", "england_cla_goodair/sfr_2010_2017/2014/SFR36_CLA2014.csv"),
        DatasetStep.of("dfe-placement-types", "england_csc_dfe_dashboard/converted_from_rds/placement_data.csv")));
    Dataset kept = built;
    built = placements;
    try {
      assertThat(value("E10000016", "placed_in_foster_care_pct", 2014)).isEqualTo(77.46);
      assertThat(value("E10000016", "placed_for_adoption_pct", 2014)).isEqualTo(6.37);
      assertThat(value("E10000016", "placed_with_parents_pct", 2014)).isEqualTo(1.09);
      assertThat(value("E08000025", "placed_in_foster_care_pct", 2014)).isEqualTo(73.13);
      assertThat(value("E08000025", "placed_with_parents_pct", 2014)).isEqualTo(5.11);
      assertThat(value("E10000016", "placed_in_foster_care_pct", 2024)).isEqualTo(60.02);
      assertThat(value("E08000025", "placed_in_foster_care_pct", 2024)).isEqualTo(65.29);
      assertThat(value("E08000025", "placed_for_adoption_pct", 2024)).isEqualTo(3.83);
      assertThat(value("E08000025", "placed_with_parents_pct", 2024)).isEqualTo(9.8);
    } finally {
      built = kept;
    }
  }
}
