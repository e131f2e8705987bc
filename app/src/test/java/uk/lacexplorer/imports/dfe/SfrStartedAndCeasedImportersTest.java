package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lacexplorer.imports.dfe.EesCharacteristicsImportersTest.assertMissing;
import static uk.lacexplorer.imports.dfe.SfrClaImporterTest.find;
import static uk.lacexplorer.imports.dfe.TestAreas.CAMDEN;
import static uk.lacexplorer.imports.dfe.TestAreas.ENGLAND;
import static uk.lacexplorer.imports.dfe.TestAreas.GATESHEAD;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;

class SfrStartedAndCeasedImportersTest {
  private static ImportResult.Loaded read(uk.lacexplorer.imports.Importer importer, String fixture, Map<String, String> options) {
    return TestAreas.loaded(importer.read(TestAreas.fixture(fixture), TestAreas.context(options)));
  }

  @Test
  void startersTakeTheYearFromTheFileNameAndWarnThatTheColumnSaysOtherwise() {
    ImportResult.Loaded loaded = read(SfrKinds.started(), "sfr/2015/SFR34_ADM2015.csv", Map.of());
    assertThat(loaded.observations()).allMatch(o -> o.period() == 2015);
    assertThat(loaded.source().id()).isEqualTo("dfe_sfr_started_2015");
    assertThat(loaded.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.column()).isEqualTo("CLA_started2014");
      assertThat(warning.message()).contains("2014").contains("2015");
    });
  }

  @Test
  void startersGiveTotalsAndBreakdowns() {
    List<Observation> observations = read(SfrKinds.started(), "sfr/2015/SFR34_ADM2015.csv", Map.of()).observations();
    String measure = "children_started_looked_after";
    assertThat(find(observations, CAMDEN, measure, 2015, "").value()).isEqualTo(150.0);
    assertThat(find(observations, GATESHEAD, measure, 2015, "").value()).isEqualTo(170.0);
    assertThat(find(observations, GATESHEAD, measure, 2015, "legal=full_care_order").value()).isEqualTo(5.0);
    assertThat(find(observations, CAMDEN, measure, 2015, "need=n5_family_dysfunction").value()).isEqualTo(31.0);
    assertThat(find(observations, ENGLAND, measure, 2015, "").flags()).containsExactly(Flag.ROUNDED);
  }

  @Test
  void startersMarkersBecomeFlaggedMissingValues() {
    List<Observation> observations = read(SfrKinds.started(), "sfr/2015/SFR34_ADM2015.csv", Map.of()).observations();
    String measure = "children_started_looked_after";
    assertMissing(find(observations, CAMDEN, measure, 2015, "need=n2_child_disability"), Flag.SUPPRESSED); // x
    assertMissing(find(observations, GATESHEAD, measure, 2015, "need=n2_child_disability"), Flag.SUPPRESSED);
    assertMissing(find(observations, GATESHEAD, measure, 2015, "need=n3_parental_illness_or_disability"), Flag.NOT_APPLICABLE);
    assertMissing(find(observations, GATESHEAD, measure, 2015, "need=n6_socially_unacceptable_behaviour"), Flag.LOW);
  }

  @Test
  void leaversAddTheYearsSplitColumnsIntoOneReason() {
    List<Observation> observations = read(SfrKinds.ceased(), "sfr/2016/SFR41_CEA2016.csv", Map.of()).observations();
    // Gateshead 2016: returned home 30 planned + 7 not planned; adopted 10 + 9; SGO 8 + 7; independent living 12 + 3;
    // residence orders 6; other = 116 - 37 - 19 - 15 - 6 - 15 = 24; aged 16+ = 12 + 10 + 12.
    assertThat(find(observations, GATESHEAD, "children_ceased_looked_after", 2016, "").value()).isEqualTo(116.0);
    assertThat(find(observations, GATESHEAD, "children_ceased_returned_home", 2016, "").value()).isEqualTo(37.0);
    assertThat(find(observations, GATESHEAD, "children_ceased_adopted", 2016, "").value()).isEqualTo(19.0);
    assertThat(find(observations, GATESHEAD, "children_ceased_special_guardianship", 2016, "").value()).isEqualTo(15.0);
    assertThat(find(observations, GATESHEAD, "children_ceased_looked_after", 2016, "reason=independent_living").value())
        .isEqualTo(15.0);
    assertThat(find(observations, GATESHEAD, "children_ceased_looked_after", 2016, "reason=other").value()).isEqualTo(24.0);
    assertThat(find(observations, GATESHEAD, "children_ceased_looked_after", 2016, "age=16+").value()).isEqualTo(34.0);
    assertThat(find(observations, ENGLAND, "children_ceased_looked_after", 2016, "reason=other").value()).isEqualTo(8400.0);
  }

  @Test
  void aSuppressedReasonMakesOtherSuppressedNeverTooLarge() {
    List<Observation> observations = read(SfrKinds.ceased(), "sfr/2016/SFR41_CEA2016.csv", Map.of()).observations();
    assertMissing(find(observations, CAMDEN, "children_ceased_looked_after", 2016, "reason=residence_or_child_arrangements_order"),
        Flag.SUPPRESSED);
    assertMissing(find(observations, CAMDEN, "children_ceased_looked_after", 2016, "reason=other"), Flag.SUPPRESSED);
    assertThat(find(observations, CAMDEN, "children_ceased_returned_home", 2016, "").value()).isEqualTo(26.0);
  }
}
