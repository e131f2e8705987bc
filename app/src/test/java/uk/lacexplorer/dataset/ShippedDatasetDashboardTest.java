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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

/**
 * Issue 16, "Done when": for every English authority and year, the shipped dataset's children-in-need, child
 * protection and workforce figures equal the DfE files cell for cell. The raw files are read here with a parser of
 * the test's own (not the importers'), and every authority row is checked: a number equals the shipped value, a
 * marker is a shipped missing value with the marker's flag, never a number.
 */
public class ShippedDatasetDashboardTest {
  private static final String DIR = "england_csc_dfe_dashboard/";

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("b1_children_in_need_2013_to_2025.csv", Map.of(
            "At31_episodes", "children_in_need_at_31_march", "Started_episodes", "children_in_need_started"), 13, 150),
        Arguments.of("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", Map.of(
            "referral_count", "referrals", "rereferral_count", "rereferrals",
            "no_further_action_count", "referrals_no_further_action"), 13, 150),
        Arguments.of("c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv", Map.of(
            "Section47", "section47_enquiries", "ICPC", "initial_child_protection_conferences"), 13, 150),
        Arguments.of("d3_cpps_subsequent_plan_2013_to_2025.csv", Map.of(
            "CPP_start", "child_protection_plans_started", "CPP_subsequent", "child_protection_plans_subsequent"), 13, 150),
        Arguments.of("d5_cpps_at31march_by_duration_2013_to_2025.csv", Map.of(
            "CPP_At31", "child_protection_plans_at_31_march", "2_years_or_more", "child_protection_plans_2_years_plus"), 13, 150),
        Arguments.of("csww_indicators_2017_to_2025.csv", Map.of(
            "inpost_fte", "social_workers_fte", "caseload_fte", "social_worker_caseload",
            "agency_rate_fte", "social_worker_agency_rate", "turnover_rate_fte", "social_worker_turnover_rate",
            "vacancy_rate_fte", "social_worker_vacancy_rate"), 9, 145));
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyAuthorityCellEqualsTheShippedDataset(String name, Map<String, String> columns, int years, int authorities) throws IOException {
    Path file = DatasetBuildFromRawTest.rawFolder().resolve(DIR + name);
    assumeTrue(Files.isRegularFile(file), "raw file not found: " + file.toAbsolutePath());
    Map<String, String> aliases = new HashMap<>();
    TestData.shipped().aliases().forEach((alias, code) -> aliases.put(alias, code.value()));
    Map<String, Observation> shipped = shippedTotals(columns.values());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = split(lines.get(0).replace("\uFEFF", ""));
    int checked = 0;
    int numbers = 0;
    Set<Integer> yearsSeen = new java.util.TreeSet<>();
    List<String> mismatches = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      List<String> fields = split(line);
      if (!fields.get(header.indexOf("geographic_level")).equals("Local authority")) continue;
      String code = fields.get(header.indexOf("new_la_code"));
      if (code.contains("/")) continue; // a joint return of two authorities belongs to neither
      code = aliases.getOrDefault(code, code);
      int year = Integer.parseInt(fields.get(header.indexOf("time_period")));
      boolean allZ = columns.keySet().stream().allMatch(c -> fields.get(header.indexOf(c)).equals("z"));
      for (Map.Entry<String, String> column : columns.entrySet()) {
        String raw = fields.get(header.indexOf(column.getKey()));
        Observation o = shipped.get(column.getValue() + "|" + code + "|" + year);
        if (o == null) {
          // Only a wholly z row of an authority not in existence may be left out.
          if (!allZ) mismatches.add(column.getValue() + " " + code + " " + year + ": raw '" + raw + "', not shipped");
          continue;
        }
        checked++;
        if (compare(raw, o, column.getValue() + " " + code + " " + year, mismatches)) numbers++;
      }
      yearsSeen.add(year);
    }
    assertThat(mismatches).isEmpty();
    assertThat(yearsSeen).hasSize(years);
    // At least 150 authorities a year (145 in the workforce file, with its joint returns), each for every column.
    assertThat(checked).isGreaterThanOrEqualTo(authorities * years * columns.size());
    assertThat(numbers).isGreaterThan(checked / 2);
  }

  /** The shipped totals of the measures, by "measure|area|year". */
  private static Map<String, Observation> shippedTotals(java.util.Collection<String> measures) {
    Map<String, Observation> shipped = new HashMap<>();
    for (Observation o : TestData.shipped().observations()) {
      if (measures.contains(o.measure()) && o.breakdown().isEmpty()) {
        shipped.put(o.measure() + "|" + o.area().value() + "|" + o.period(), o);
      }
    }
    return shipped;
  }

  /**
   * A raw cell against its shipped value: a number equal to it, or a marker that is a missing value with the marker's
   * flag. True when the cell is a number.
   */
  private static boolean compare(String raw, Observation o, String label, List<String> mismatches) {
    Flag expected = switch (raw) {
      case "c", "k" -> Flag.SUPPRESSED;
      case "x", "u" -> Flag.NOT_AVAILABLE;
      case "z" -> Flag.NOT_APPLICABLE;
      case "low" -> Flag.LOW;
      default -> null;
    };
    if (expected == null) {
      if (o.value() == null || o.value() != Double.parseDouble(raw)) {
        mismatches.add(label + ": raw " + raw + ", shipped " + o.value());
      }
      return true;
    }
    if (o.value() != null || !o.flags().contains(expected)) {
      mismatches.add(label + ": raw '" + raw + "', shipped " + o.value() + " " + o.flags());
    }
    return false;
  }

  static Stream<Arguments> longTables() {
    String longTerm = "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years";
    String location = "Location of new placements during the year";
    return Stream.of(
        Arguments.of("la_cla_placement_stability.csv", "cla_group", "placement_stability", "children_count", Map.of(
            longTerm + "|Total children", "children_looked_after_long_term",
            longTerm + "|Living with the same carer for at least 2 years", "children_long_term_same_carer"), 5),
        Arguments.of("la_cla_during_year_new_placements.csv", "characteristic", "breakdown", "children_count", Map.of(
            location + "|Total new placements", "new_placements",
            location + "|Placed outside LA boundary more than 20 miles from home", "new_placements_outside_over_20_miles"), 5),
        Arguments.of("la_cla_swcount.csv", "cla_group", "sw_stability", "number", Map.of(
            "CLA on 31 March|3 or more social workers during the year", "children_looked_after_3plus_social_workers"), 1));
  }

  /**
   * The long tables (one row per authority, year, group and item): every authority row of the items shipped equals
   * the shipped value or marker, and no authority-year of the file is missing from the dataset.
   */
  @ParameterizedTest
  @MethodSource("longTables")
  void everyAuthorityRowOfALongTableEqualsTheShippedDataset(String name, String group, String item, String count,
                                                            Map<String, String> items, int years) throws IOException {
    Path file = DatasetBuildFromRawTest.rawFolder().resolve(DIR + name);
    assumeTrue(Files.isRegularFile(file), "raw file not found: " + file.toAbsolutePath());
    Map<String, Observation> shipped = shippedTotals(items.values());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = split(lines.get(0).replace("\uFEFF", ""));
    int checked = 0;
    int numbers = 0;
    Set<Integer> yearsSeen = new java.util.TreeSet<>();
    List<String> mismatches = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = split(line);
      if (line.isBlank() || !fields.get(header.indexOf("geographic_level")).equals("Local authority")) continue;
      String measure = items.get(fields.get(header.indexOf(group)) + "|" + fields.get(header.indexOf(item)));
      if (measure == null) continue;
      String code = fields.get(header.indexOf("new_la_code"));
      int year = Integer.parseInt(fields.get(header.indexOf("time_period")));
      String raw = fields.get(header.indexOf(count));
      Observation o = shipped.get(measure + "|" + code + "|" + year);
      yearsSeen.add(year);
      if (o == null) {
        if (!raw.equals("z")) mismatches.add(measure + " " + code + " " + year + ": raw '" + raw + "', not shipped");
        continue;
      }
      checked++;
      if (compare(raw, o, measure + " " + code + " " + year, mismatches)) numbers++;
    }
    assertThat(mismatches).isEmpty();
    assertThat(yearsSeen).hasSize(years);
    assertThat(checked).isGreaterThanOrEqualTo(150 * years * items.size());
    assertThat(numbers).isGreaterThan(checked / 2);
  }

  /** Splits one CSV line: commas outside double quotes, quotes removed (a doubled quote is one quote). */
  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
