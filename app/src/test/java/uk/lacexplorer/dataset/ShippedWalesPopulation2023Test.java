package uk.lacexplorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

/**
 * Wales mid-2023 aged 0–17 in the shipped dataset (issue 16): the 22 authorities' sums of ages 0–17 in the ONS
 * workbook, as listed in SOURCES.md §19 (checked there by hand against Females + Males), and Wales 619,968.
 */
class ShippedWalesPopulation2023Test {
  private static final Map<String, Double> MID_2023 = Map.ofEntries(
      Map.entry("W06000001", 13071.0), Map.entry("W06000002", 21683.0), Map.entry("W06000003", 20473.0),
      Map.entry("W06000004", 19279.0), Map.entry("W06000005", 30817.0), Map.entry("W06000006", 27766.0),
      Map.entry("W06000023", 23424.0), Map.entry("W06000008", 11432.0), Map.entry("W06000009", 23485.0),
      Map.entry("W06000010", 36684.0), Map.entry("W06000011", 46947.0), Map.entry("W06000012", 27992.0),
      Map.entry("W06000013", 28941.0), Map.entry("W06000014", 27983.0), Map.entry("W06000015", 75747.0),
      Map.entry("W06000016", 48901.0), Map.entry("W06000024", 12456.0), Map.entry("W06000018", 36060.0),
      Map.entry("W06000019", 13324.0), Map.entry("W06000020", 19428.0), Map.entry("W06000021", 17039.0),
      Map.entry("W06000022", 37036.0), Map.entry("W92000004", 619968.0));

  @Test
  void everyWelshAuthorityAndWalesMatchTheWorkbook() {
    Map<String, Double> shipped = TestData.shipped().observations().stream()
        .filter(o -> o.measure().equals("population_0_17") && o.period() == 2023 && o.area().value().startsWith("W"))
        .collect(Collectors.toMap(o -> o.area().value(), Observation::value));
    assertThat(shipped).isEqualTo(MID_2023);
    double authorities = MID_2023.entrySet().stream().filter(e -> e.getKey().startsWith("W06"))
        .mapToDouble(Map.Entry::getValue).sum();
    assertThat(authorities).isEqualTo(619968.0);
  }
}
