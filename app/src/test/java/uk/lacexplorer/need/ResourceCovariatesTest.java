package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.testing.TestData;

/**
 * Issue 16 item 3: resources (spend per child, the looked-after share of spend, social workers per 10,000) as
 * covariates beside deprivation, computed from their stored parts; the deviance explained with and without them equals
 * R's glm on covariates R computed itself from the shipped dataset's CSVs
 * ({@code need/resources/resource_covariates.R}). Never a default need factor.
 */
class ResourceCovariatesTest {
  @RegisterExtension
  static final ShippedNeedTables SHIPPED = new ShippedNeedTables();

  @ParameterizedTest
  @CsvSource({"spend_csc_per_child", "social_workers_per_10000", "spend_cla_share_of_csc"})
  void devianceExplainedBeyondDeprivationEqualsR(String resource) throws Exception {
    List<String> fixture = Files.readAllLines(java.nio.file.Path.of(ResourceCovariatesTest.class.getResource("/need/resources/resource_covariates.csv").toURI()));
    String[] row = fixture.stream().filter(line -> line.startsWith("\"" + resource + "\"")).findFirst().orElseThrow().split(",");
    ExplainedVariance explained = new ExplainedVarianceService(SHIPPED.tables()).run(new ExplainedRequest(NationScope.ENGLAND,
        MeasureId.LOOKED_AFTER, List.of(new MeasureId("idaci_average_score"), new MeasureId(resource)), 2024, 2024, true))
        .rows().get(0);
    assertThat(explained.authorities()).isEqualTo(Integer.parseInt(row[1]));
    assertThat(explained.devianceExplainedDeprivation()).isCloseTo(Double.parseDouble(row[2]), within(1e-6));
    assertThat(explained.devianceExplainedFull()).isCloseTo(Double.parseDouble(row[3]), within(1e-6));
    // The resource adds explanation beyond deprivation here (a description, not a cause: spend follows the children).
    assertThat(explained.devianceExplainedFull()).isGreaterThan(explained.devianceExplainedDeprivation());
  }

  @Test
  void derivedValuesAreTheirPartsDividedAndNeverADefaultNeedFactor() {
    NeedTable table = SHIPPED.tables().load(new NeedRequest(NationScope.ENGLAND, 2024, MeasureId.LOOKED_AFTER,
        List.of(new MeasureId("spend_csc_per_child")), 2024, true));
    AuthorityNeed hartlepool = table.rows().get(table.indexOf(new uk.lacexplorer.area.AreaCode("E06000001")));
    // RSX 2023-24 Hartlepool children's social care £49,635,000 over DfE's 0-17 population for 2024 (ONS mid-2023).
    double population = TestData.shipped().observations().stream()
        .filter(o -> o.measure().equals("population_0_17_dfe") && o.period() == 2024 && o.area().value().equals("E06000001")
            && o.breakdown().isEmpty()).findFirst().orElseThrow().value();
    assertThat(hartlepool.covariates()[0]).isCloseTo(49_635_000 / population, within(1e-9));
    MeasureCatalogue catalogue = MeasureCatalogue.standard();
    for (String id : List.of("spend_csc_per_child", "spend_cla_per_child_looked_after", "spend_cla_share_of_csc",
        "social_workers_per_10000", "children_looked_after_per_social_worker", "spend_cla_gross",
        "dfe_statistical_neighbour_rank", "dfe_statistical_neighbour_closeness")) {
      Measure measure = catalogue.get(id);
      assertThat(MeasureCatalogue.isNeedFactor(measure)).as(id).isFalse();
    }
  }
}
