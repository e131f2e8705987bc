package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.stats.funnel.FunnelOptions;

/**
 * The research's check on the shipped dataset: Wales 2012 with the WIMD 2011 share of LSOAs in the 30% most deprived.
 * The deprivation coefficient is positive; Torfaen has more children looked after than its deprivation predicts and
 * Newport fewer.
 */
class ShippedWales2012Test {
  private static final AreaCode TORFAEN = new AreaCode("W06000020");
  private static final AreaCode NEWPORT = new AreaCode("W06000022");
  @RegisterExtension
  static final ShippedNeedTables SHIPPED = new ShippedNeedTables();

  @Test
  void deprivationRaisesTheRateTorfaenIsAboveExpectationAndNewportBelow() {
    for (ModelFamily family : ModelFamily.values()) {
      NeedModel model = new ModelService(SHIPPED.tables()).run(new ModelRequest(
          NeedRequest.of(NationScope.WALES, 2012, List.of(new uk.lacexplorer.measure.MeasureId("wimd_share_lsoas_30pct_most_deprived"))), family, false,
          FunnelOptions.defaults()));
      assertThat(model.table().size()).isEqualTo(22);
      assertThat(model.table().covariateYears()).containsExactly(2011);
      assertThat(model.coefficients().get(1).estimate()).as(family.id()).isPositive();
      assertThat(model.coefficients().get(1).ci95Lower()).as(family.id()).isPositive();
      assertThat(ratio(model, TORFAEN)).as(family.id()).isGreaterThan(1);
      assertThat(ratio(model, NEWPORT)).as(family.id()).isLessThan(1);
    }
  }

  private static double ratio(NeedModel model, AreaCode code) {
    return model.areas().stream().filter(a -> a.authority().code().equals(code)).findFirst().orElseThrow().ratio();
  }
}
