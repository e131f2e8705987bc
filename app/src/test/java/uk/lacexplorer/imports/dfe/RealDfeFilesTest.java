package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.ImporterCatalogue;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;

/**
 * Every DfE file of the dataset recipe, read from the real raw folder when it is there (skipped otherwise) against
 * the shipped area set. Spot values are DfE's published figures as printed in the files' own national rows.
 */
class RealDfeFilesTest {
  private static final Path RAW = Path.of(System.getProperty("lacx.raw", "/work/shared/data/raw"));
  private static final AreaCode ENGLAND = new AreaCode("E92000001");
  private static final Map<Observation.Key, Observation> DATASET = new HashMap<>();

  @BeforeAll
  static void readRecipe() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(RAW.resolve("england_cla_goodair")), "raw data not present");
    AreaRegistry areas = uk.lacexplorer.testing.TestData.areas();
    ImporterCatalogue importers = uk.lacexplorer.imports.standard.StandardImporters.catalogue();
    for (var step : uk.lacexplorer.dataset.DatasetRecipeAccess.england()) {
      ImportResult result = importers.get(step.kind()).read(RAW.resolve(step.file()),
          new ImportContext(areas, MeasureCatalogue.standard(), step.options()));
      if (result instanceof ImportResult.Rejected rejected) {
        throw new AssertionError(step.file() + " rejected: " + rejected.problems().subList(0, Math.min(5, rejected.problems().size())));
      }
      for (Observation observation : ((ImportResult.Loaded) result).observations()) DATASET.put(observation.key(), observation);
    }
  }

  private static Double value(AreaCode area, String measure, int year, String breakdown) {
    Observation observation = DATASET.get(new Observation.Key(area, measure, year, breakdown));
    return observation == null ? null : observation.value();
  }

  @Test
  void englandCountsAtThirtyFirstMarchRunFrom2010To2024WithoutAGap() {
    for (int year = 2010; year <= 2024; year++) {
      assertThat(value(ENGLAND, "children_looked_after", year)).as("England %d", year).isNotNull().isBetween(60_000.0, 90_000.0);
    }
    assertThat(value(ENGLAND, "children_looked_after", 2010)).isEqualTo(64_400.0);
    assertThat(value(ENGLAND, "children_looked_after", 2012)).isEqualTo(67_050.0);
    assertThat(value(ENGLAND, "children_looked_after", 2024)).isEqualTo(83_630.0);
  }

  private static Double value(AreaCode area, String measure, int year) {
    return value(area, measure, year, "");
  }

  @Test
  void authorityCountsFor2018ComeFromThePlacementStabilityFile() {
    long authorities2018 = DATASET.values().stream().filter(o -> o.measure().equals("children_looked_after")
        && o.period() == 2018 && o.breakdown().isEmpty() && o.value() != null && o.area().value().matches("E0[6-9].*|E10.*")).count();
    assertThat(authorities2018).isBetween(150L, 153L);
  }

  @Test
  void leaversByReasonAddUpToTheTotalNationally() {
    for (int year : new int[] {2011, 2017, 2020, 2024}) {
      double total = value(ENGLAND, "children_ceased_looked_after", year);
      double parts = value(ENGLAND, "children_ceased_returned_home", year) + value(ENGLAND, "children_ceased_adopted", year)
          + value(ENGLAND, "children_ceased_special_guardianship", year)
          + value(ENGLAND, "children_ceased_looked_after", year, "reason=residence_or_child_arrangements_order")
          + value(ENGLAND, "children_ceased_looked_after", year, "reason=independent_living")
          + value(ENGLAND, "children_ceased_looked_after", year, "reason=other")
          + (year >= 2021 ? value(ENGLAND, "children_ceased_looked_after", year, "reason=age_18_remained_with_carers") : 0);
      assertThat(parts).as("%d", year).isEqualTo(total);
    }
  }

  @Test
  void startersBySexAddUpToTheTotalWithinDfesRounding() {
    // 2011–2018: total and breakdown from the same file (later totals come from the rates releases).
    for (int year = 2011; year <= 2018; year++) {
      double total = value(ENGLAND, "children_started_looked_after", year, "");
      double bySex = value(ENGLAND, "children_started_looked_after", year, "sex=male")
          + value(ENGLAND, "children_started_looked_after", year, "sex=female");
      assertThat(bySex).as("%d", year).isCloseTo(total, org.assertj.core.data.Offset.offset(20.0));
    }
  }
}
