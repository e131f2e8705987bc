package uk.lacexplorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

/**
 * Every authority cell of the placement table (children looked after at 31 March by placement type, 2021–2025) equals
 * the shipped dataset: read here with the test's own parser, a number equals the shipped value, a marker is a
 * shipped missing value with its flag.
 */
class ShippedPlacementTypesTest {
  private static final Map<String, String> TYPES = Map.of("Foster placements", "foster", "Placed for adoption",
      "placed_for_adoption", "Placed with parents or other person with parental responsibility", "placed_with_parents",
      "Independent and semi-independent living arrangements/supported accommodation", "independent_living",
      "Secure homes and children's homes", "secure_and_childrens_homes", "Other residential settings", "other_residential",
      "Residential schools", "residential_schools", "Other placements", "other_placements", "Total", "total");

  @Test
  void everyAuthorityCellEqualsTheShippedDataset() throws IOException {
    Path file = DatasetBuildFromRawTest.rawFolder().resolve("england_csc_dfe_dashboard/converted_from_rds/placement_data.csv");
    assumeTrue(Files.isRegularFile(file), "raw file not found: " + file.toAbsolutePath());
    Map<String, Observation> shipped = new HashMap<>();
    for (Observation o : TestData.shipped().observations()) {
      if (o.measure().equals("children_looked_after") && o.breakdown().startsWith("placement=")) {
        shipped.put(o.area().value() + "|" + o.period() + "|" + o.breakdown(), o);
      }
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = ShippedDatasetDashboardTest.split(lines.get(0));
    int checked = 0;
    int numbers = 0;
    List<String> mismatches = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = ShippedDatasetDashboardTest.split(line);
      if (!f.get(header.indexOf("geographic_level")).equals("Local authority")
          || !f.get(header.indexOf("cla_group")).equals("Placement")) continue;
      String key = f.get(header.indexOf("new_la_code")) + "|" + f.get(header.indexOf("time_period")) + "|placement="
          + TYPES.get(f.get(header.indexOf("characteristic")));
      String raw = f.get(header.indexOf("number"));
      Observation o = shipped.get(key);
      if (o == null) {
        if (!raw.equals("z")) mismatches.add(key + ": raw '" + raw + "', not shipped");
        continue;
      }
      checked++;
      if (raw.equals("c")) {
        if (o.value() != null || !o.flags().contains(Flag.SUPPRESSED)) mismatches.add(key + ": c shipped as " + o.value());
      } else if (raw.equals("z")) {
        if (o.value() != null || !o.flags().contains(Flag.NOT_APPLICABLE)) mismatches.add(key + ": z shipped as " + o.value());
      } else {
        numbers++;
        if (o.value() == null || o.value() != Double.parseDouble(raw)) mismatches.add(key + ": raw " + raw + ", shipped " + o.value());
      }
    }
    assertThat(mismatches).isEmpty();
    // 153 authorities (152 from 2024 and Cumbria's successors), 9 rows each, 5 years
    assertThat(checked).isGreaterThan(150 * 9 * 5 - 200);
    assertThat(numbers).isGreaterThan(checked / 2);
  }
}
