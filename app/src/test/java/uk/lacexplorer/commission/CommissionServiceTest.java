package uk.lacexplorer.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.projection.ProjectionRequest;
import uk.lacexplorer.projection.ProjectionResult;
import uk.lacexplorer.projection.ProjectionService;
import uk.lacexplorer.projection.Scenario;
import uk.lacexplorer.testing.TestData;

/** Placement demand and cost for Hartlepool, by hand from the shipped dataset and DfE's placement table. */
class CommissionServiceTest {
  static ProjectionService projections;
  static CommissionService service;

  @BeforeAll
  static void load() {
    var store = TestData.shippedStore(TestData.freshDatabase());
    projections = new ProjectionService(store);
    service = new CommissionService(store, projections);
  }

  private static final List<String> SUPPLY = List.of("type,capacity,provision,weekly_cost",
      "foster,180,in-house,450", "foster,0,bought,950", "secure_and_childrens_homes,10,in-house,4500",
      "placed_with_parents,40,in-house,0");

  @Test
  void hartlepoolDemandGapAndCostByHand() {
    // DfE's placement table, Hartlepool 31 March 2025: foster 235, independent living 10, other placements 8,
    // placed for adoption 9, placed with parents 17, secure and children's homes 48, other residential c,
    // residential schools c; total 332. Suppressed types together: 332 - 327 = 5.
    ProjectionRequest request = ProjectionRequest.parse("Hartlepool", "1", Scenario.NONE);
    ProjectionResult.Band band = projections.run(request).years().get(0).baseline();
    CommissionResult result = service.run(new CommissionRequest(request, Supply.parse("supply.csv", SUPPLY)));
    assertThat(result.mixYear()).isEqualTo(2025);
    assertThat(result.mixTotal()).isEqualTo(332);
    CommissionResult.Row foster = row(result, "foster");
    assertThat(foster.share()).isCloseTo(235.0 / 332, within(1e-12));
    assertThat(foster.expected()).isCloseTo(235.0 / 332 * band.expected(), within(1e-9));
    assertThat(foster.lower80()).isCloseTo(235.0 / 332 * band.lower80(), within(1e-9));
    assertThat(foster.capacity()).isEqualTo(180);
    assertThat(foster.gap()).isCloseTo(foster.expected() - 180, within(1e-9));
    // 180 in-house at 450 a week, the rest bought at 950: x 365.25 / 7 weeks
    assertThat(foster.annualCost()).isCloseTo((180 * 450 + (foster.expected() - 180) * 950) * 365.25 / 7, within(1e-6));
    CommissionResult.Row homes = row(result, "secure_and_childrens_homes");
    assertThat(homes.share()).isCloseTo(48.0 / 332, within(1e-12));
    // 10 in-house places, no bought line: the rest has no cost, so the cost is unknown
    assertThat(homes.annualCost()).isNull();
    CommissionResult.Row parents = row(result, "placed_with_parents");
    assertThat(parents.gap()).isCloseTo(17.0 / 332 * band.expected() - 40, within(1e-9));
    assertThat(parents.annualCost()).isZero();
    CommissionResult.Row hidden = row(result, "suppressed_types");
    assertThat(hidden.share()).isCloseTo(5.0 / 332, within(1e-12));
    assertThat(result.shares()).filteredOn(s -> s.type().equals("suppressed_types")).singleElement()
        .satisfies(s -> assertThat(s.members()).containsExactly("other_residential", "residential_schools"));
    CommissionResult.Row all = row(result, "all_types");
    assertThat(all.expected()).isCloseTo(band.expected(), within(1e-9));
    assertThat(all.capacity()).isEqualTo(230);
    // the shortfall of the types short of places: the surplus of placed with parents does not count
    double short_ = result.rows().stream().filter(r -> !r.type().equals("all_types") && r.gap() > 0)
        .mapToDouble(CommissionResult.Row::gap).sum();
    assertThat(all.gap()).isCloseTo(short_, within(1e-9));
    assertThat(all.annualCost()).isNull();
    // the shares add up to the whole
    assertThat(result.shares().stream().mapToDouble(CommissionResult.Share::share).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void aScenarioChangesTheDemandItDivides() {
    ProjectionRequest fewer = ProjectionRequest.parse("Hartlepool", "2", new Scenario(-20, 0));
    ProjectionResult.Band band = projections.run(fewer).years().get(1).scenario();
    CommissionResult result = service.run(new CommissionRequest(fewer, Supply.NONE));
    CommissionResult.Row foster = result.rows().stream().filter(r -> r.year() == 2026 && r.type().equals("foster"))
        .findFirst().orElseThrow();
    assertThat(foster.expected()).isCloseTo(235.0 / 332 * band.expected(), within(1e-9));
    assertThat(foster.capacity()).isNull();
    assertThat(foster.annualCost()).isNull();
  }

  @Test
  void mistakesInTheSupplyFileNameTheLineAndValue() {
    assertError(List.of("type,capacity,provision,weekly_cost", "fostering,10,in-house,500"), 2, "fostering");
    assertError(List.of("type,capacity,provision,weekly_cost", "foster,-3,in-house,500"), 2, "-3");
    assertError(List.of("type,capacity,provision,weekly_cost", "foster,2.5,in-house,500"), 2, "2.5");
    assertError(List.of("type,capacity,provision,weekly_cost", "", "foster,3,rented,500"), 3, "rented");
    assertError(List.of("type,capacity,provision,weekly_cost", "foster,3,bought,-1"), 2, "-1");
    assertThatThrownBy(() -> Supply.parse("s.csv", List.of("kind,places"))).isInstanceOf(UserError.class);
    assertThatThrownBy(() -> service.run(new CommissionRequest(ProjectionRequest.parse("Cardiff", "2", Scenario.NONE),
        Supply.NONE))).isInstanceOf(UserError.class).hasMessageContaining("StatsWales");
  }

  private static void assertError(List<String> lines, int line, String value) {
    assertThatThrownBy(() -> Supply.parse("s.csv", lines)).isInstanceOf(UserError.class)
        .extracting(e -> ((UserError) e).args()).asList().contains("s.csv", line, value);
  }

  private static CommissionResult.Row row(CommissionResult result, String type) {
    return result.rows().stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow();
  }
}
