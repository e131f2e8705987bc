package uk.lacexplorer.imports.dfe.dashboard;

import static uk.lacexplorer.imports.dfe.dashboard.DashboardColumn.amount;
import static uk.lacexplorer.imports.dfe.dashboard.DashboardColumn.count;
import static uk.lacexplorer.imports.dfe.dashboard.DashboardColumn.percent;

import java.util.List;
import uk.lacexplorer.imports.Importer;

/**
 * The importers for the DfE files of the children's social care outcomes and enablers dashboard: the stages before
 * care (children in need, referrals, section 47 enquiries, conferences, child protection plans) and the workforce.
 */
public final class DashboardImporters {
  static final String CIN_URL = "https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need";
  static final String CSWW_URL = "https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce";
  private static final String CIN = "Children in need";
  static final String POPULATION_URL = "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates";

  private DashboardImporters() {
  }

  public static List<DashboardSpec> specs() {
    return List.of(
        new DashboardSpec("dfe-cin", "DfE children in need b1_children_in_need_*.csv: at 31 March and started, by authority",
            "dfe_cin_b1", CIN + ": episodes of need (table B1)", CIN_URL, List.of(
                count("At31_episodes", "children_in_need_at_31_march"),
                count("Started_episodes", "children_in_need_started"))),
        new DashboardSpec("dfe-cin-referrals", "DfE children in need c1_*referrals*.csv: referrals, re-referrals, no further action",
            "dfe_cin_c1", CIN + ": referrals and re-referrals (table C1)", CIN_URL, List.of(
                count("referral_count", "referrals"),
                count("rereferral_count", "rereferrals"),
                count("no_further_action_count", "referrals_no_further_action"))),
        new DashboardSpec("dfe-cin-section47", "DfE children in need c4_*section_47s_and_icpcs*.csv: section 47 enquiries and initial conferences",
            "dfe_cin_c4", CIN + ": section 47 enquiries and initial child protection conferences (table C4)", CIN_URL, List.of(
                count("Section47", "section47_enquiries"),
                count("ICPC", "initial_child_protection_conferences"))),
        new DashboardSpec("dfe-cpp-subsequent", "DfE children in need d3_cpps_subsequent_plan*.csv: plans started, second or later",
            "dfe_cin_d3", CIN + ": child protection plans started, second or subsequent (table D3)", CIN_URL, List.of(
                count("CPP_start", "child_protection_plans_started"),
                count("CPP_subsequent", "child_protection_plans_subsequent"))),
        new DashboardSpec("dfe-cpp-duration", "DfE children in need d5_cpps_at31march_by_duration*.csv: plans at 31 March, 2 years or more",
            "dfe_cin_d5", CIN + ": child protection plans at 31 March by duration (table D5)", CIN_URL, List.of(
                count("CPP_At31", "child_protection_plans_at_31_march"),
                count("2_years_or_more", "child_protection_plans_2_years_plus"))),
        new DashboardSpec("dfe-csww", "DfE children's social work workforce csww_indicators_*.csv: FTE, caseload, agency, turnover, vacancy",
            "dfe_csww", "Children's social work workforce: indicators by authority", CSWW_URL, List.of(
                amount("inpost_fte", "social_workers_fte"),
                amount("caseload_fte", "social_worker_caseload"),
                percent("agency_rate_fte", "social_worker_agency_rate"),
                percent("turnover_rate_fte", "social_worker_turnover_rate"),
                percent("vacancy_rate_fte", "social_worker_vacancy_rate"))),
        new DashboardSpec("dfe-population", "ONS mid-year population aged 0-17 as DfE divides by it "
            + "(ons_mid-year_population_estimates_*.csv), stored under the year of the count: mid-2018 as 2019",
            "dfe_ons_population", "ONS mid-year population estimates, children aged 0 to 17, as DfE's denominators",
            POPULATION_URL, List.of(amount("population_estimate", "population_0_17_dfe")), 1));
  }

  public static List<Importer> all() {
    List<Importer> all = new java.util.ArrayList<>(specs().stream().<Importer>map(DashboardImporter::new).toList());
    all.add(new PlacementTypesImporter());
    CountTableSpec.standard().forEach(spec -> all.add(new CountTableImporter(spec)));
    return List.copyOf(all);
  }
}
