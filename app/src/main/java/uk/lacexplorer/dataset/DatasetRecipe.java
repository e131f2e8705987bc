package uk.lacexplorer.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which raw files make the shipped dataset, in order: when two files give the same value, the later one wins
 * (so a newer release revises an older one).
 */
final class DatasetRecipe {
  private static final String LOOKUPS = "raw:lookups_geographr/converted_from_rda/";
  private static final String CHANGES = LOOKUPS + "lookup_ltla_ltla.csv";

  private DatasetRecipe() {
  }

  static List<DatasetStep> steps() {
    List<DatasetStep> steps = new ArrayList<>();
    steps.addAll(wales());
    steps.addAll(populations());
    steps.addAll(deprivation());
    steps.addAll(covariates());
    steps.addAll(england());
    steps.addAll(dashboard());
    steps.addAll(moderators());
    steps.addAll(spend());
    return steps;
  }

  /** StatsWales children looked after at 31 March by authority, sex and age, 2003–2018. */
  private static List<DatasetStep> wales() {
    List<DatasetStep> steps = new ArrayList<>();
    for (int year = 2003; year <= 2018; year++) {
      steps.add(DatasetStep.of("statswales-cla", "wales_cla_pearson/CLA_31MAR_" + year + ".csv"));
    }
    return steps;
  }

  /** Population aged 0–17: mid-2008 (Wales), 2011, 2017, 2018, 2019 and 2020 (England and Wales). */
  private static List<DatasetStep> populations() {
    String projections = "population_projections_wales_nismod/";
    String nomis = "population_mye_nomis_ukpopulation/";
    String demographr = "population_mye_demographr/converted_from_rda/";
    Map<String, String> nomisOptions = Map.of("lookup", LOOKUPS + "lookup_ltla19_utla19.csv",
        "district-changes", CHANGES, "metadata", "raw:" + nomis + "NM_2002_1_metadata.json");
    return List.of(
        DatasetStep.of("statswales-population-projection", projections + "Wales - 2008 subnation population projections_persons.csv"),
        DatasetStep.of("statswales-population-projection", projections + "Wales - district projection by age and sex_persons.csv"),
        step("ons-nomis-population", nomis + "NM_2002_1_151616f94c529da389b698c548ded518.tsv", nomisOptions, "year", "2011"),
        new DatasetStep("ons-lsoa-population", demographr + "population17_lsoa11.csv", Map.of(
            "lsoa-lookup", LOOKUPS + "lookup_lsoa11_ltla21.csv", "lookup", LOOKUPS + "lookup_ltla19_utla19.csv",
            "district-changes", CHANGES)),
        step("ons-nomis-population", nomis + "NM_2002_1_b040c11cf9c7ebfae3b2f32a5c7fb31b.tsv", nomisOptions, "year", "2018"),
        DatasetStep.of("ons-demographr-population", demographr + "population19_utla19.csv"),
        new DatasetStep("ons-demographr-population", demographr + "population20_ltla21.csv", Map.of(
            "lookup", LOOKUPS + "lookup_ltla20_utla20.csv", "district-changes", CHANGES)));
  }

  /** WIMD 2011, 2014 and 2019 (Wales); English IMD and IDACI 2019 upper-tier summaries. */
  private static List<DatasetStep> deprivation() {
    String imd = "deprivation_imd_humaniverse/";
    return List.of(
        new DatasetStep("wimd-2011", imd + "converted_from_rda/imd2011_wales_lsoa01.csv",
            Map.of("lsoa-lookup", LOOKUPS + "lookup_lsoa01_lsoa11.csv")),
        DatasetStep.of("wimd-2014", imd + "WIMD Ranks and Deciles 2014.xlsx"),
        new DatasetStep("wimd-2019", imd + "converted_from_rda/imd2019_wales_lsoa11.csv",
            Map.of("lsoa-lookup", LOOKUPS + "lookup_lsoa11_ltla21.csv")),
        DatasetStep.of("imd-utla-summary", "england_cla_goodair/context/imd19.csv"),
        new DatasetStep("idaci-utla", "care_entries_goodair/idacilarge.csv", Map.of("year", "2019")));
  }

  /** Lone-parent households 2004–2019, children in low-income families and unemployment 2015–2020. */
  private static List<DatasetStep> covariates() {
    String larrode = "uk_lowincome_loneparent_larrode/";
    Map<String, String> lookup2020 = Map.of("lookup", LOOKUPS + "lookup_ltla20_utla20.csv", "district-changes", CHANGES);
    Map<String, String> weighted = new java.util.HashMap<>(lookup2020);
    weighted.put("weights", "raw:population_mye_demographr/converted_from_rda/population19_ltla19.csv");
    return List.of(
        DatasetStep.of("lone-parent-households", larrode + "estimated_household_number_ltla_04-19.xlsx"),
        new DatasetStep("children-low-income", larrode + "converted_from_rda/children_low_income_ltla.csv", lookup2020),
        new DatasetStep("unemployment", larrode + "converted_from_rda/unemployment_ltla.csv", weighted));
  }

  private static DatasetStep step(String kind, String file, Map<String, String> options, String name, String value) {
    Map<String, String> all = new java.util.HashMap<>(options);
    all.put(name, value);
    return new DatasetStep(kind, file, all);
  }

  // ---- England (DfE) ----------------------------------------------------------------------------------------------
  private static final String SFR = "england_cla_goodair/sfr_2010_2017/";
  private static final String EES = "england_cla_goodair/ees_2019_2024/";

  /**
   * DfE, oldest first: the SFR underlying data 2010–2017, then the EES files (starters and placement stability
   * 2018–2022, leavers 2020–2024) and last the numbers-and-rates releases, updated25 after updated24, so the latest
   * published figure for a year wins.
   */
  static List<DatasetStep> england() {
    return List.of(
        DatasetStep.of("dfe-sfr-cla", SFR + "2010/SFR27_2010_March.csv"),
        DatasetStep.of("dfe-sfr-started", SFR + "2010/SFR27_2010_Started.csv"),
        DatasetStep.of("dfe-sfr-ceased", SFR + "2010/SFR27_2010_Ceased.csv"),
        DatasetStep.of("dfe-sfr-cla", SFR + "2011/SFR21_CLA.csv"),
        DatasetStep.of("dfe-sfr-started", SFR + "2011/SFE21_ADM.csv"),
        DatasetStep.of("dfe-sfr-ceased", SFR + "2011/SFR21_CEA.csv"),
        DatasetStep.of("dfe-sfr-cla", SFR + "2012/SFR20_CLA2012.csv"),
        DatasetStep.of("dfe-sfr-started", SFR + "2012/SFR20_ADM2012.csv"),
        DatasetStep.of("dfe-sfr-ceased", SFR + "2012/SFR_CEA2012.csv"),
        DatasetStep.of("dfe-sfr-cla", SFR + "2013/SFR36_CLA2013.csv"),
        DatasetStep.of("dfe-sfr-started", SFR + "2013/SFR36_ADM2013.csv"),
        DatasetStep.of("dfe-sfr-ceased", SFR + "2013/SFR36_CEA2013.csv"),
        DatasetStep.of("dfe-sfr-cla", SFR + "2014/SFR36_CLA2014.csv"),
        DatasetStep.of("dfe-sfr-started", SFR + "2014/SFR36_ADM2014.csv"),
        DatasetStep.of("dfe-sfr-ceased", SFR + "2014/SFR36_CEA2014.csv"),
        DatasetStep.of("dfe-sfr-cla", SFR + "2015/SFR34_CLA2015.csv"),
        DatasetStep.of("dfe-sfr-started", SFR + "2015/SFR34_ADM2015.csv"),
        DatasetStep.of("dfe-sfr-ceased", SFR + "2015/SFR34_CEA2015.csv"),
        DatasetStep.of("dfe-sfr-cla", SFR + "2016/SFR41_CLA2016.csv"),
        DatasetStep.of("dfe-sfr-started", SFR + "2016/SFR41_ADM2016.csv"),
        DatasetStep.of("dfe-sfr-ceased", SFR + "2016/SFR41_CEA2016.csv"),
        DatasetStep.of("dfe-sfr-cla", SFR + "2017/SFR50_CLA2017.csv"),
        DatasetStep.of("dfe-sfr-started", SFR + "2017/SFR50_ADM2017.csv"),
        DatasetStep.of("dfe-sfr-ceased", SFR + "2017/SFR50_CEA2017.csv"),
        DatasetStep.of("dfe-ees-started", EES + "post_2017/la_cla_who_started_to_be_looked_after.csv"),
        DatasetStep.of("dfe-ees-placement-stability", EES + "post_2017/la_cla_at_31_march_placement_stability_indicator.csv"),
        DatasetStep.of("dfe-ees-ceased", EES + "post_2017_updated25/la_children_who_ceased_during_the_year.csv"),
        // DfE's denominators for 2013-2025 (ONS mid-2012 to mid-2024, Census 2021-based); the numbers-and-rates files
        // after it keep their own denominators for 2019-2024, so their rates still match DfE's published ones.
        DatasetStep.of("dfe-population", "england_csc_dfe_dashboard/ons_mid-year_population_estimates_2012_to_2024.csv"),
        DatasetStep.of("dfe-ees-rates", EES + "post_2017_updated24/cla_number_and_rate_per_10k_children.csv"),
        DatasetStep.of("dfe-ees-rates", EES + "post_2017_updated25/cla_number_and_rate_per_10k_children.csv"));
  }

  // ---- England: the stages before care and the workforce (DfE CSC outcomes and enablers dashboard) --------------
  private static final String DASHBOARD = "england_csc_dfe_dashboard/";

  /** Children in need, referrals, section 47 enquiries and conferences, child protection plans (2013–2025), workforce (2017–2025). */
  static List<DatasetStep> dashboard() {
    return List.of(
        DatasetStep.of("dfe-cin", DASHBOARD + "b1_children_in_need_2013_to_2025.csv"),
        DatasetStep.of("dfe-cin-referrals", DASHBOARD + "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"),
        DatasetStep.of("dfe-cin-section47", DASHBOARD + "c4_children_in_need_section_47s_and_icpcs_2013_to_2025.csv"),
        DatasetStep.of("dfe-cpp-subsequent", DASHBOARD + "d3_cpps_subsequent_plan_2013_to_2025.csv"),
        DatasetStep.of("dfe-cpp-duration", DASHBOARD + "d5_cpps_at31march_by_duration_2013_to_2025.csv"),
        DatasetStep.of("dfe-csww", DASHBOARD + "csww_indicators_2017_to_2025.csv"),
        DatasetStep.of("dfe-placement-types", DASHBOARD + "converted_from_rds/placement_data.csv"),
        DatasetStep.of("dfe-placement-stability", DASHBOARD + "la_cla_placement_stability.csv"),
        DatasetStep.of("dfe-new-placements", DASHBOARD + "la_cla_during_year_new_placements.csv"),
        DatasetStep.of("dfe-social-worker-changes", DASHBOARD + "la_cla_swcount.csv"),
        DatasetStep.of("ons-mye-workbook-wales", "wales_population_mye2023_dfe/mye23tablesew.xlsx"));
  }

  // ---- Moderating factors (issue 17): the same definitions on both sides of the border ----------------------------
  /** Age structure of children (mid-2019, mid-2020), Census 2021 household size, density and household deprivation. */
  static List<DatasetStep> moderators() {
    String demographr = "population_mye_demographr/converted_from_rda/";
    String residents = "raw:" + demographr + "age_gender21_ltla21_ew.csv";
    Map<String, String> census = Map.of("population", residents, "lookup", LOOKUPS + "lookup_ltla21_utla21.csv",
        "district-changes", CHANGES, "year", "2021");
    return List.of(
        DatasetStep.of("ons-age-structure", demographr + "population19_utla19.csv"),
        new DatasetStep("ons-age-structure", demographr + "population20_ltla21.csv", Map.of(
            "lookup", LOOKUPS + "lookup_ltla20_utla20.csv", "district-changes", CHANGES)),
        new DatasetStep("census21-household-size", demographr + "households21_ltla21.csv", census),
        new DatasetStep("population-density", "boundaries_geographr/england_wales_utla_2021.geojson", census),
        new DatasetStep("census21-household-deprivation",
            "deprivation_imd_humaniverse/converted_from_rda/census21_deprivation_england_wales_lsoa21.csv", Map.of(
                "lsoa-lookup", LOOKUPS + "lookup_lsoa11_lsoa21_ltla22.csv", "lookup", LOOKUPS + "lookup_ltla21_utla21.csv",
                "district-changes", CHANGES)));
  }

  // ---- England: children's services spend (branch resources) ---------------------------------------------------
  private static final String S251 = "england_cla_goodair/s251_outturn_2008_2014/";

  /** Section 251 outturn 2008-09 to 2013-14 (children looked after), revenue outturn RO3 and RSX 2023-24 and 2024-25. */
  static List<DatasetStep> spend() {
    return List.of(
        DatasetStep.of("dfe-s251-outturn", S251 + "outturn_0809.csv"),
        DatasetStep.of("dfe-s251-outturn", S251 + "outturn_0910.csv"),
        DatasetStep.of("dfe-s251-outturn", S251 + "outturn_1011.csv"),
        DatasetStep.of("dfe-s251-outturn", S251 + "outturn_1112.csv"),
        DatasetStep.of("dfe-s251-outturn", S251 + "outturn_1213.csv"),
        DatasetStep.of("dfe-s251-outturn", S251 + "outturn_1314.csv"),
        DatasetStep.of("mhclg-ro3", DASHBOARD + "RO3_2023-24_data_by_LA.ods"),
        DatasetStep.of("mhclg-rsx", DASHBOARD + "RSX_2023-24_data_by_LA.ods"),
        DatasetStep.of("mhclg-ro3", DASHBOARD + "RO3_LA_Data_2024-25_data_by_LA.ods"),
        DatasetStep.of("mhclg-rsx", DASHBOARD + "RSX_LA_Data_2024-25_data_by_LA.ods"),
        DatasetStep.of("dfe-neighbours-2021", DASHBOARD + "New_Statistical_Neighbour_Groupings_April_2021.csv"),
        DatasetStep.of("dfe-neighbours-2025", DASHBOARD + "sn_model_2025_wide.csv"));
  }
}
