package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.ImporterCatalogue;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;

class DfeImportersTest {
  @Test
  void everyDfeImporterIsRegisteredUnderItsKind() {
    ImporterCatalogue catalogue = uk.lacexplorer.imports.standard.StandardImporters.catalogue();
    assertThat(DfeImporters.all()).extracting(Importer::kind).containsExactlyInAnyOrder("dfe-ees-rates",
        "dfe-ees-placement-stability", "dfe-ees-started", "dfe-ees-ceased", "dfe-sfr-cla", "dfe-sfr-started", "dfe-sfr-ceased");
    for (Importer importer : DfeImporters.all()) assertThat(catalogue.find(importer.kind())).isPresent();
  }

  @Test
  void everyMeasureTheFixturesGiveIsInTheCatalogue() {
    MeasureCatalogue measures = MeasureCatalogue.standard();
    Map<String, String> fixtures = Map.of(
        "dfe-ees-rates", "cla_number_and_rate_per_10k_children.csv",
        "dfe-sfr-cla", "sfr/2010/SFR27_2010_March.csv");
    fixtures.forEach((kind, fixture) -> {
      List<Observation> observations = TestAreas.loaded(uk.lacexplorer.imports.standard.StandardImporters.catalogue().get(kind)
          .read(TestAreas.fixture(fixture), TestAreas.context())).observations();
      assertThat(observations).allSatisfy(o -> assertThat(measures.find(o.measure())).as(o.measure()).isPresent());
    });
  }
}
