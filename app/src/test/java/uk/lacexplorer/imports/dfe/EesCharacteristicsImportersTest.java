package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lacexplorer.imports.dfe.SfrClaImporterTest.find;
import static uk.lacexplorer.imports.dfe.TestAreas.CAMDEN;
import static uk.lacexplorer.imports.dfe.TestAreas.ENGLAND;
import static uk.lacexplorer.imports.dfe.TestAreas.GATESHEAD;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;

class EesCharacteristicsImportersTest {
  private static ImportResult.Loaded read(Importer importer, String fixture) {
    return TestAreas.loaded(importer.read(TestAreas.fixture(fixture), TestAreas.context()));
  }

  // ---- placement stability ----

  @Test
  void placementStabilityGivesTheCountAtThirtyFirstMarchAndThreeOrMorePlacements() {
    ImportResult.Loaded loaded = read(EesCharacteristics.placementStability(), "la_cla_at_31_march_placement_stability_indicator.csv");
    List<Observation> observations = loaded.observations();
    assertThat(find(observations, CAMDEN, "children_looked_after", 2018, "").value()).isEqualTo(297.0);
    assertThat(find(observations, ENGLAND, "children_looked_after", 2018, "").value()).isEqualTo(75400.0);
    assertThat(find(observations, ENGLAND, "children_looked_after", 2018, "").flags()).containsExactly(Flag.ROUNDED);
    assertThat(find(observations, TestAreas.NORTHAMPTONSHIRE, "children_looked_after_3plus_placements", 2018, "").value())
        .isEqualTo(95.0);
    // The 2.5-years group is not read; Inner London and authorities not yet in existence (z) are left out.
    assertThat(observations).hasSize(2 + 1 + 2 + 2 + 2 + 2);
    assertThat(observations).noneMatch(o -> o.area().equals(TestAreas.BCP) || o.area().equals(TestAreas.NORTH_NORTHAMPTONSHIRE));
    assertThat(loaded.warnings()).singleElement().extracting(Object::toString).asString().contains("4 rows marked z");
    assertThat(loaded.source().id()).isEqualTo("dfe_ees_placement_stability_2018_2019");
  }

  @Test
  void placementStabilityMarkersBecomeFlaggedMissingValues() {
    List<Observation> observations = read(EesCharacteristics.placementStability(),
        "la_cla_at_31_march_placement_stability_indicator.csv").observations();
    assertMissing(find(observations, CAMDEN, "children_looked_after_3plus_placements", 2018, ""), Flag.SUPPRESSED);
    assertMissing(find(observations, GATESHEAD, "children_looked_after_3plus_placements", 2018, ""), Flag.LOW);
    assertMissing(find(observations, GATESHEAD, "children_looked_after", 2019, ""), Flag.NOT_AVAILABLE);
    assertMissing(find(observations, GATESHEAD, "children_looked_after_3plus_placements", 2019, ""), Flag.NOT_APPLICABLE);
  }

  static void assertMissing(Observation observation, Flag flag) {
    assertThat(observation.value()).as(observation.toString()).isNull();
    assertThat(observation.flags()).as(observation.toString()).containsExactly(flag);
  }

  // ---- starters ----

  @Test
  void startersGiveTheTotalAndBreakdownsByAgeSexNeedAndLegalStatus() {
    List<Observation> observations = read(EesCharacteristics.started(), "la_cla_who_started_to_be_looked_after.csv").observations();
    String measure = "children_started_looked_after";
    assertThat(find(observations, CAMDEN, measure, 2018, "").value()).isEqualTo(150.0);
    assertThat(find(observations, CAMDEN, measure, 2018, "age=under1").value()).isEqualTo(24.0);
    assertThat(find(observations, CAMDEN, measure, 2018, "age=16+").value()).isEqualTo(40.0);
    assertThat(find(observations, CAMDEN, measure, 2018, "sex=male").value()).isEqualTo(84.0);
    assertThat(find(observations, CAMDEN, measure, 2018, "need=n1_abuse_or_neglect").value()).isEqualTo(80.0);
    assertThat(find(observations, CAMDEN, measure, 2018, "legal=section_20").value()).isEqualTo(101.0);
    assertThat(find(observations, CAMDEN, measure, 2018, "legal=placement_order").value()).isEqualTo(0.0);
    assertThat(find(observations, ENGLAND, measure, 2018, "sex=female").value()).isEqualTo(14700.0);
    // "Taken into care" and "Remand" are not kept.
    assertThat(observations).noneMatch(o -> o.breakdown().contains("taken") || o.breakdown().contains("remand"));
  }

  @Test
  void startersMarkersBecomeFlaggedMissingValues() {
    List<Observation> observations = read(EesCharacteristics.started(), "la_cla_who_started_to_be_looked_after.csv").observations();
    String measure = "children_started_looked_after";
    assertMissing(find(observations, CAMDEN, measure, 2018, "need=n2_child_disability"), Flag.SUPPRESSED);
    assertMissing(find(observations, CAMDEN, measure, 2018, "need=n6_socially_unacceptable_behaviour"), Flag.LOW);
    assertMissing(find(observations, CAMDEN, measure, 2018, "need=n7_low_income"), Flag.NOT_APPLICABLE);
    assertMissing(find(observations, CAMDEN, measure, 2018, "legal=full_care_order"), Flag.NOT_AVAILABLE);
  }

  // ---- leavers ----

  @Test
  void leaversGiveReasonsAsMeasuresAndTheRestAsBreakdowns() {
    List<Observation> observations = read(EesCharacteristics.ceased(), "la_children_who_ceased_during_the_year.csv").observations();
    // Camden 2021: returned home 22 planned + 5 not planned; independent living 19 + 3; other = 110 - 27 - 12 - 9 - 4
    // - 22 - 6 = 30 (= remand 1 + any other reason 20 + no parental responsibility 7 + custody 2).
    assertThat(find(observations, CAMDEN, "children_ceased_returned_home", 2021, "").value()).isEqualTo(27.0);
    assertThat(find(observations, CAMDEN, "children_ceased_adopted", 2021, "").value()).isEqualTo(12.0);
    assertThat(find(observations, CAMDEN, "children_ceased_special_guardianship", 2021, "").value()).isEqualTo(9.0);
    assertThat(find(observations, CAMDEN, "children_ceased_looked_after", 2021, "reason=independent_living").value()).isEqualTo(22.0);
    assertThat(find(observations, CAMDEN, "children_ceased_looked_after", 2021, "reason=residence_or_child_arrangements_order")
        .value()).isEqualTo(4.0);
    assertThat(find(observations, CAMDEN, "children_ceased_looked_after", 2021, "reason=age_18_remained_with_carers").value())
        .isEqualTo(6.0);
    assertThat(find(observations, CAMDEN, "children_ceased_looked_after", 2021, "reason=other").value()).isEqualTo(30.0);
    // Age 16+ = 16 years 14 + 17 years 15 + 18 and over 25.
    assertThat(find(observations, CAMDEN, "children_ceased_looked_after", 2021, "age=16+").value()).isEqualTo(54.0);
    assertThat(find(observations, CAMDEN, "children_ceased_looked_after", 2021, "sex=female").value()).isEqualTo(49.0);
  }

  @Test
  void aReasonNotYetCollectedCountsAsNothingInOtherButASuppressedOneHidesOther() {
    List<Observation> observations = read(EesCharacteristics.ceased(), "la_children_who_ceased_during_the_year.csv").observations();
    // England 2020: other = 29700 - (5300 + 1200) - 3400 - 3700 - 1100 - (4200 + 800) = 10000; age-18 category is z.
    assertThat(find(observations, ENGLAND, "children_ceased_looked_after", 2020, "reason=other").value()).isEqualTo(10000.0);
    assertMissing(find(observations, ENGLAND, "children_ceased_looked_after", 2020, "reason=age_18_remained_with_carers"),
        Flag.NOT_APPLICABLE);
    // Gateshead 2020: residence orders suppressed (c), so "other" is suppressed too, never a too-large number.
    assertMissing(find(observations, GATESHEAD, "children_ceased_looked_after", 2020, "reason=residence_or_child_arrangements_order"),
        Flag.SUPPRESSED);
    assertMissing(find(observations, GATESHEAD, "children_ceased_looked_after", 2020, "reason=other"), Flag.SUPPRESSED);
    // Returned home = 30 planned + "low" not planned: not known, and not 30.
    assertMissing(find(observations, GATESHEAD, "children_ceased_returned_home", 2020, ""), Flag.NOT_AVAILABLE);
    assertThat(find(observations, GATESHEAD, "children_ceased_adopted", 2020, "").value()).isEqualTo(15.0);
  }
}
