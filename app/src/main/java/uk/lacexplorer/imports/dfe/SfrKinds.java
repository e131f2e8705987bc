package uk.lacexplorer.imports.dfe;

import java.util.List;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.dfe.Figure.Remainder;
import uk.lacexplorer.imports.dfe.Figure.Sum;

/**
 * What the SFR underlying-data files of 2010–2017 give, under each year's column names (see DfE's metadata files,
 * e.g. {@code SFR50_2017_MetaData.txt}). Breakdowns use the same words as the EES files: {@code sex=}, {@code age=},
 * {@code need=}, {@code legal=}, {@code reason=}.
 */
final class SfrKinds {
  static final String LOOKED_AFTER = "children_looked_after";
  static final String STARTED = "children_started_looked_after";
  static final String CEASED = "children_ceased_looked_after";

  private SfrKinds() {
  }

  /** {@code *_CLA<year>.csv} (2011–2017) and {@code SFR27_2010_March.csv}: looked after at 31 March. */
  static Importer lookedAfter() {
    return new SfrImporter("dfe-sfr-cla",
        "DfE SFR underlying data 2010-2017, *_CLA*.csv / SFR27_2010_March.csv: looked after at 31 March by LA",
        "dfe_sfr_cla", "Children looked after in England including adoption, year ending 31 March %d: "
            + "underlying data, children looked after at 31 March",
        "(?:CLA_Mar|MarTotal_)(\\d{4})", List.of(
            Sum.of(LOOKED_AFTER, "", "CLA_Mar\\d{4}", "MarTotal_\\d{4}"),
            Sum.of(LOOKED_AFTER, "sex=male", "CLA_male"),
            Sum.of(LOOKED_AFTER, "sex=female", "CLA_female"),
            Sum.of(LOOKED_AFTER, "age=under1", "CLA_U1"),
            Sum.of(LOOKED_AFTER, "age=1-4", "CLA_1to4"),
            Sum.of(LOOKED_AFTER, "age=5-9", "CLA_5to9"),
            Sum.of(LOOKED_AFTER, "age=10-15", "CLA_10to15"),
            Sum.of(LOOKED_AFTER, "age=16+", "CLA_16over"),
            Sum.of(LOOKED_AFTER, "placement=foster", "CLA_Fost"),
            Sum.of(LOOKED_AFTER, "placement=placed_for_adoption", "CLA_Adopt"),
            Sum.of(LOOKED_AFTER, "placement=placed_with_parents", "CLA_Parent"),
            Sum.of("children_looked_after_3plus_placements", "", "CLA_3Pla"),
            Sum.of("population_0_17", "", "Mid\\d{4}Pop0-17")));
  }

  /** {@code *_ADM<year>.csv} (2011–2017) and {@code SFR27_2010_Started.csv}: started to be looked after. */
  static Importer started() {
    return new SfrImporter("dfe-sfr-started",
        "DfE SFR underlying data 2010-2017, *_ADM*.csv / SFR27_2010_Started.csv: started to be looked after by LA",
        "dfe_sfr_started", "Children looked after in England including adoption, year ending 31 March %d: "
            + "underlying data, children who started to be looked after",
        "(?:CLA_started|StartTotal_)(\\d{4})", List.of(
            Sum.of(STARTED, "", "CLA_started\\d{4}", "StartTotal_\\d{4}"),
            Sum.of(STARTED, "sex=male", "SCLA_male"),
            Sum.of(STARTED, "sex=female", "SCLA_female"),
            Sum.of(STARTED, "age=under1", "SCLA_U1"),
            Sum.of(STARTED, "age=1-4", "SCLA_1to4"),
            Sum.of(STARTED, "age=5-9", "SCLA_5to9"),
            Sum.of(STARTED, "age=10-15", "SCLA_10to15"),
            Sum.of(STARTED, "age=16+", "SCLA_16over"),
            Sum.of(STARTED, "need=n1_abuse_or_neglect", "SCLA_AbNeg"),
            Sum.of(STARTED, "need=n2_child_disability", "SCLA_Cdisab"),
            Sum.of(STARTED, "need=n3_parental_illness_or_disability", "SCLA_ParIll"),
            Sum.of(STARTED, "need=n4_family_in_acute_stress", "SCLA_FAcSt"),
            Sum.of(STARTED, "need=n5_family_dysfunction", "SCLA_FD"),
            Sum.of(STARTED, "need=n6_socially_unacceptable_behaviour", "SCLA_SUB"),
            Sum.of(STARTED, "need=n7_low_income", "SCLA_LI"),
            Sum.of(STARTED, "need=n8_absent_parenting", "SCLA_AbsPar"),
            Sum.of(STARTED, "legal=interim_care_order", "SCLA_ICO"),
            Sum.of(STARTED, "legal=full_care_order", "SCLA_FCO"),
            Sum.of(STARTED, "legal=placement_order", "SCLA_POG", "SCLA_PlaceO"),
            Sum.of(STARTED, "legal=section_20", "SCLA_S20"),
            Sum.of(STARTED, "legal=police_protection", "SCLA_UPP"),
            Sum.of(STARTED, "legal=emergency_protection_order", "SCLA_SEPO")));
  }

  private static final Sum CEASED_TOTAL = Sum.of(CEASED, "", "CLA_cease(?:\\d{4})?", "CeasedTotal_\\d{4}");
  private static final Sum RETURNED_HOME = Sum.of("children_ceased_returned_home", "",
      "CLA_ceaParPlan+CLA_ceaParNPlan", "CEA_ParPlan+CEA_ParNPlan", "CLA_ceaPar", "CeasedHome_\\d{4}");
  private static final Sum ADOPTED = Sum.of("children_ceased_adopted", "",
      "CLA_ceaAdop1?+CLA_ceaAdop2", "CEA_Adop1+CEA_Adop2", "CeasedAdoptUnop_\\d{4}+CeasedAdoptDisp_\\d{4}");
  private static final Sum SPECIAL_GUARDIANSHIP = Sum.of("children_ceased_special_guardianship", "",
      "CLA_ceaSpecG1?+CLA_ceaSpecG2", "CEA_SGO1+CEA_SGO2", "CeasedSpeGuaForm_\\d{4}+CeasedSpecGuaOth_\\d{4}");
  private static final Sum RESIDENCE_ORDER = Sum.of(CEASED, "reason=residence_or_child_arrangements_order",
      "CLA_ceaROG", "CEA_CAO", "CeasedResOrd_\\d{4}");
  private static final Sum INDEPENDENT_LIVING = Sum.of(CEASED, "reason=independent_living",
      "CLA_ceaIndLiv1?+CLA_ceaIndLiv2", "CEA_IndLiv1+CEA_IndLiv2", "CeasedIndSup_\\d{4}+CeasedIndNoSup_\\d{4}");

  /** {@code *_CEA<year>.csv} (2011–2017) and {@code SFR27_2010_Ceased.csv}: ceased to be looked after, by reason. */
  static Importer ceased() {
    return new SfrImporter("dfe-sfr-ceased",
        "DfE SFR underlying data 2010-2017, *_CEA*.csv / SFR27_2010_Ceased.csv: ceased to be looked after by LA and reason",
        "dfe_sfr_ceased", "Children looked after in England including adoption, year ending 31 March %d: "
            + "underlying data, children who ceased to be looked after",
        "(?:CLA_cease|CeasedTotal_)(\\d{4})?", List.of(
            CEASED_TOTAL,
            Sum.of(CEASED, "sex=male", "CLA_ceamal", "CEA_male"),
            Sum.of(CEASED, "sex=female", "CLA_ceafe", "CEA_female"),
            Sum.of(CEASED, "age=under1", "CLA_cea1", "CEA_U1"),
            Sum.of(CEASED, "age=1-4", "CLA_cea14", "CEA_1to4"),
            Sum.of(CEASED, "age=5-9", "CLA_cea59", "CEA_5to9"),
            Sum.of(CEASED, "age=10-15", "CLA_cea1015", "CEA_10to15"),
            Sum.of(CEASED, "age=16+", "CLA_cea16+CLA_cea17+CLA_cea18", "CEA_16+CEA_17+CEA_18over", "CLA_cea16"),
            RETURNED_HOME, ADOPTED, SPECIAL_GUARDIANSHIP, RESIDENCE_ORDER, INDEPENDENT_LIVING,
            new Remainder(CEASED, "reason=other", CEASED_TOTAL,
                List.of(RETURNED_HOME, ADOPTED, SPECIAL_GUARDIANSHIP, RESIDENCE_ORDER, INDEPENDENT_LIVING))));
  }
}
