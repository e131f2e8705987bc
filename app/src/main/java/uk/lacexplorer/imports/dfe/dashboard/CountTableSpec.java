package uk.lacexplorer.imports.dfe.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which (group, item) pairs of a DfE long table are measures, and the columns that hold them.
 *
 * @param kind the import kind
 * @param description one line for {@code ./lacx import --list}
 * @param title the source's title (the years are added)
 * @param sourcePrefix the source id before its years
 * @param groupColumn the column of the group ({@code cla_group}, {@code characteristic})
 * @param itemColumn the column of the item within the group
 * @param countColumn the column of the count
 * @param measures each pair named and its measure id
 */
public record CountTableSpec(String kind, String description, String title, String sourcePrefix, String groupColumn,
                             String itemColumn, String countColumn, Map<Item, String> measures) {
  static final String URL = "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions";

  /** A group and an item within it, as the file spells them. */
  public record Item(String group, String item) {
  }

  public CountTableSpec {
    measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
  }

  private static final String LONG_TERM = "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years";
  private static final String LOCATION = "Location of new placements during the year";

  /** The three tables: placement stability, new placements by location, social worker changes (2024). */
  public static List<CountTableSpec> standard() {
    Map<Item, String> stability = new LinkedHashMap<>();
    stability.put(new Item(LONG_TERM, "Total children"), "children_looked_after_long_term");
    stability.put(new Item(LONG_TERM, "Living with the same carer for at least 2 years"), "children_long_term_same_carer");
    Map<Item, String> placements = new LinkedHashMap<>();
    placements.put(new Item(LOCATION, "Total new placements"), "new_placements");
    placements.put(new Item(LOCATION, "Placed outside LA boundary more than 20 miles from home"),
        "new_placements_outside_over_20_miles");
    Map<Item, String> workers = new LinkedHashMap<>();
    workers.put(new Item("CLA on 31 March", "3 or more social workers during the year"),
        "children_looked_after_3plus_social_workers");
    return List.of(
        new CountTableSpec("dfe-placement-stability", "DfE la_cla_placement_stability.csv (2021 on): children looked "
            + "after 2.5 years or more aged under 16, and those living with the same carer for 2 years",
            "Children looked after: placement stability", "dfe_placement_stability", "cla_group",
            "placement_stability", "children_count", stability),
        new CountTableSpec("dfe-new-placements", "DfE la_cla_during_year_new_placements.csv (2021 on): new placements "
            + "in the year, and those outside the authority more than 20 miles from home",
            "Children looked after: new placements in the year by location", "dfe_new_placements", "characteristic",
            "breakdown", "children_count", placements),
        new CountTableSpec("dfe-social-worker-changes", "DfE la_cla_swcount.csv (2024): children looked after at 31 "
            + "March who had 3 or more social workers during the year",
            "Children looked after: number of social workers during the year", "dfe_social_worker_changes",
            "cla_group", "sw_stability", "number", workers));
  }
}
