package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;

/**
 * The England check: every LA-year's rate computed from DfE's number and population equals DfE's published
 * rate_per_10000 after DfE's rounding (whole numbers; no LA-year in the real files lies exactly on a half, so
 * half-up and half-even cannot be told apart there). National and regional numbers are published rounded to the
 * nearest 10 while DfE computed their rates from the unrounded numbers, so for those the rate from the published
 * number may be 1 off.
 */
class PublishedRatesTest {
  private static final Path RAW = Path.of(System.getProperty("lacx.raw", "/work/shared/data/raw"));
  private static final String RELEASES = "england_cla_goodair/ees_2019_2024/";

  @Test
  void everyAuthorityRateInTheFixtureMatchesTheRateComputedFromNumberAndPopulation() {
    List<Observation> observations = TestAreas.loaded(new EesRatesImporter().read(
        TestAreas.fixture("cla_number_and_rate_per_10k_children.csv"), TestAreas.context())).observations();
    List<PublishedRateCheck.Comparison> authorities =
        PublishedRateCheck.compare(observations, TestAreas.registry(), AreaType.LOCAL_AUTHORITY);
    // Camden and Gateshead 2023 (3 each), Camden 2022 looked after, Gateshead 2022 ceased; the rest are suppressed
    // or lack a population. By hand: Camden 2023 321 / 41234 * 10000 = 77.848... -> 78.
    assertThat(authorities).hasSize(8).allMatch(PublishedRateCheck.Comparison::matches);
    assertThat(authorities).filteredOn(c -> c.area().code().equals(TestAreas.CAMDEN) && c.year() == 2023
            && c.measure().equals("children_looked_after"))
        .singleElement().satisfies(c -> assertThat(c.computed()).isCloseTo(77.848378, org.assertj.core.data.Offset.offset(1e-6)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"post_2017_updated24", "post_2017_updated25"})
  void everyAuthorityRateInTheRealDfeFileMatches(String release) throws IOException {
    Path file = RAW.resolve(RELEASES + release + "/cla_number_and_rate_per_10k_children.csv");
    Assumptions.assumeTrue(Files.isRegularFile(file), "raw data not present: " + file);
    AreaRegistry areas = uk.lacexplorer.testing.TestData.areas();
    ImportContext context = new ImportContext(areas, MeasureCatalogue.standard(), Map.of());
    List<Observation> observations = TestAreas.loaded(new EesRatesImporter().read(file, context)).observations();

    List<PublishedRateCheck.Comparison> authorities = PublishedRateCheck.compare(observations, areas, AreaType.LOCAL_AUTHORITY);
    List<PublishedRateCheck.Comparison> regions = PublishedRateCheck.compare(observations, areas, AreaType.REGION);
    List<PublishedRateCheck.Comparison> nation = PublishedRateCheck.compare(observations, areas, AreaType.NATION);
    long regionsOff = regions.stream().filter(c -> !c.matches()).count();
    System.out.printf("%s: %d LA-years compared, %d match; regions %d, %d off by one (rounded numbers); nation %d, %d match%n",
        release, authorities.size(), authorities.stream().filter(PublishedRateCheck.Comparison::matches).count(),
        regions.size(), regionsOff, nation.size(), nation.stream().filter(PublishedRateCheck.Comparison::matches).count());

    // About 155 authorities x 5 years x 3 counts, less the suppressed and non-existent ones.
    assertThat(authorities).hasSizeGreaterThan(2200).allMatch(PublishedRateCheck.Comparison::matches);
    assertThat(regions).hasSize(135).allMatch(c -> Math.abs(c.rounded() - c.published()) <= 1);
    assertThat(nation).hasSize(15).allMatch(c -> Math.abs(c.rounded() - c.published()) <= 1);
  }
}
