package uk.lacexplorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lacexplorer.testing.TestData;

/**
 * The WIMD 2019 domain shares shipped in the dataset (breakdown {@code domain=}), against an independent count of the
 * raw file: Python's csv module over imd2019_wales_lsoa11.csv (the published *_decile columns) placed in authorities by
 * lookup_lsoa11_ltla21.csv.
 */
class WimdDomainSharesShippedTest {
  private static double share(String area, int percent, String domain) {
    return TestData.shipped().observations().stream().filter(o -> o.area().value().equals(area)
            && o.measure().equals("wimd_share_lsoas_" + percent + "pct_most_deprived") && o.period() == 2019
            && o.breakdown().equals("domain=" + domain)).findFirst().orElseThrow().value();
  }

  @Test
  void domainSharesAreTheLsoasInTheMostDeprivedDecilesOfEachDomain() {
    // Cardiff, 214 LSOAs: income deciles 1 / 1-2 / 1-3 hold 41 / 59 / 76 LSOAs = 19.16 / 27.57 / 35.51%;
    // housing 55 / 68 / 85 = 25.70 / 31.78 / 39.72%; access to services 0 / 9 / 31 = 0 / 4.21 / 14.49%.
    assertThat(share("W06000015", 10, "income")).isEqualTo(19.16);
    assertThat(share("W06000015", 20, "income")).isEqualTo(27.57);
    assertThat(share("W06000015", 30, "income")).isEqualTo(35.51);
    assertThat(share("W06000015", 10, "housing")).isEqualTo(25.70);
    assertThat(share("W06000015", 30, "housing")).isEqualTo(39.72);
    assertThat(share("W06000015", 20, "access_to_services")).isEqualTo(4.21);
    // Blaenau Gwent, 47 LSOAs: income 5 / 17 / 27 = 10.64 / 36.17 / 57.45%; access 0 / 8 / 18 = 0 / 17.02 / 38.30%.
    assertThat(share("W06000019", 10, "income")).isEqualTo(10.64);
    assertThat(share("W06000019", 20, "income")).isEqualTo(36.17);
    assertThat(share("W06000019", 30, "income")).isEqualTo(57.45);
    assertThat(share("W06000019", 30, "access_to_services")).isEqualTo(38.3);
    assertThat(share("W06000019", 10, "access_to_services")).isEqualTo(0.0);
  }
}
