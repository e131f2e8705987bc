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
    // 10 in-house places at 4,500, no bought line: the rest at the cost estimated from Hartlepool's RO3 spend on
    // residential care in 2024-25 (£17,784 thousand) over the 48 + 5 children in residential types at 31 March 2025
    // (the 5 in the two suppressed types, both residential, are the total less the published types).
    double residential = 17_784_000.0 / 53 / (365.25 / 7);
    assertThat(homes.annualCost()).isCloseTo((10 * 4500 + (homes.expected() - 10) * residential) * 365.25 / 7, within(1e-6));
    assertThat(homes.costBasis()).isEqualTo("estimate+supply");
    assertThat(foster.costBasis()).isEqualTo("supply");
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

  /**
   * Without a supply, each type's cost is its demand at the weekly cost estimated from published spend: RO3 2023-24
   * and 2024-25 (£ thousand in the MHCLG workbooks) over the children at 31 March of each year's end, from the DfE
   * placement table. A costs file's weekly cost comes before the estimate; types with neither have no cost.
   */
  @Test
  void withoutCostsTheEstimateFromPublishedSpendIsUsedAndSaysSo() {
    ProjectionRequest request = ProjectionRequest.parse("Hartlepool", "1", Scenario.NONE);
    CommissionResult result = service.run(new CommissionRequest(request, Supply.NONE));
    // Fostering services: 8,629 (2023-24) + 9,855 (2024-25) £ thousand; foster children 245 (2024) + 235 (2025).
    double foster = (8_629_000.0 + 9_855_000.0) / (245 + 235) / (365.25 / 7);
    assertThat(foster).isCloseTo(738.01, within(0.005));
    CommissionResult.CostEstimate fostering = result.estimates().stream().filter(e -> e.kind().equals("fostering"))
        .findFirst().orElseThrow();
    assertThat(fostering.weekly()).isCloseTo(foster, within(1e-9));
    assertThat(fostering.years()).containsExactly(2024, 2025);
    // Residential: in 2024 placed for adoption and other placements were suppressed too, so the residential children
    // are not known exactly and 2023-24 is left out; 2025 alone: 17,784 over 48 + 5.
    CommissionResult.CostEstimate residential = result.estimates().stream().filter(e -> e.kind().equals("residential"))
        .findFirst().orElseThrow();
    assertThat(residential.years()).containsExactly(2025);
    assertThat(residential.children()).isEqualTo(53);
    assertThat(residential.weekly()).isCloseTo(17_784_000.0 / 53 / (365.25 / 7), within(1e-9));
    CommissionResult.Row row = row(result, "foster");
    assertThat(row.weeklyCost()).isCloseTo(foster, within(1e-9));
    assertThat(row.annualCost()).isCloseTo(row.expected() * foster * 365.25 / 7, within(1e-6));
    assertThat(row.costBasis()).isEqualTo("estimate");
    assertThat(row(result, "placed_with_parents").annualCost()).isNull();
    assertThat(row(result, "placed_with_parents").costBasis()).isNull();
    assertThat(CommissionTable.output(result).notes()).anyMatch(note -> note.startsWith("Estimate, fostering (foster)")
        && note.contains("£18,484,000 in 2023-24 and 2024-25") && note.contains("480 children") && note.contains("not a price"));

    UnitCosts mine = UnitCosts.parse("costs.csv", List.of("type,weekly_cost", "foster,800", "placed_with_parents,120.50"));
    CommissionResult withCosts = service.run(new CommissionRequest(request, Supply.NONE, mine));
    assertThat(row(withCosts, "foster").weeklyCost()).isEqualTo(800);
    assertThat(row(withCosts, "foster").costBasis()).isEqualTo("costs");
    assertThat(row(withCosts, "placed_with_parents").annualCost())
        .isCloseTo(row(withCosts, "placed_with_parents").expected() * 120.5 * 365.25 / 7, within(1e-6));
    assertThat(row(withCosts, "secure_and_childrens_homes").costBasis()).isEqualTo("estimate");
  }

  @Test
  void aStepDownMovesResidentialPlacementsIntoFosterCare() {
    // 20% of Hartlepool's 48 children in secure units and children's homes placed in foster care instead: 9.6 of the
    // 332 move; the suppressed types (other residential settings, residential schools) are not published, so they
    // stay. The number looked after is the baseline's.
    ProjectionRequest request = ProjectionRequest.parse("Hartlepool", "1", Scenario.fields("0", "0", "none", "20"));
    ProjectionResult.Band band = projections.run(request).years().get(0).baseline();
    CommissionResult result = service.run(new CommissionRequest(request, Supply.NONE));
    assertThat(row(result, "foster").share()).isCloseTo((235 + 0.2 * 48) / 332, within(1e-12));
    assertThat(row(result, "secure_and_childrens_homes").share()).isCloseTo(0.8 * 48 / 332, within(1e-12));
    assertThat(row(result, "suppressed_types").share()).isCloseTo(5.0 / 332, within(1e-12));
    assertThat(row(result, "all_types").expected()).isCloseTo(band.expected(), within(1e-9));
    assertThat(row(result, "foster").expected()).isCloseTo((235 + 0.2 * 48) / 332 * band.expected(), within(1e-9));
  }

  @Test
  void mistakesInTheCostsFileNameTheLineAndValue() {
    assertThatThrownBy(() -> UnitCosts.parse("c.csv", List.of("type,cost", "foster,1")))
        .isInstanceOf(UserError.class).hasMessageContaining("c.csv, line 1").hasMessageContaining("type,weekly_cost");
    assertThatThrownBy(() -> UnitCosts.parse("c.csv", List.of("type,weekly_cost", "foster,-3")))
        .isInstanceOf(UserError.class).hasMessageContaining("c.csv, line 2").hasMessageContaining("'-3'");
    assertThatThrownBy(() -> UnitCosts.parse("c.csv", List.of("type,weekly_cost", "foster,3", "foster,4")))
        .isInstanceOf(UserError.class).hasMessageContaining("line 3").hasMessageContaining("foster is given twice");
    assertThatThrownBy(() -> UnitCosts.parse("c.csv", List.of("type,weekly_cost", "castle,3")))
        .isInstanceOf(UserError.class).hasMessageContaining("'castle' is not a placement type");
    assertThatThrownBy(() -> UnitCosts.parse("c.csv", List.of("# nothing"))).isInstanceOf(UserError.class)
        .hasMessageContaining("no header line");
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
    // no supply: the scenario's fewer children at the estimated weekly cost
    assertThat(foster.annualCost()).isCloseTo(foster.expected() * foster.weeklyCost() * 365.25 / 7, within(1e-6));
    assertThat(foster.costBasis()).isEqualTo("estimate");
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
