package uk.lacexplorer.imports.dfe;

import java.util.List;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.dfe.Figure.Remainder;
import uk.lacexplorer.imports.dfe.Figure.Sum;

/**
 * What the EES characteristic files give: names are {@code cla_group::characteristic} as regular expressions.
 * Breakdowns use the same words as the SFR files ({@code sex=}, {@code age=}, {@code need=}, {@code legal=},
 * {@code reason=}).
 */
final class EesCharacteristics {
  private static final String STARTED = SfrKinds.STARTED;
  private static final String CEASED = SfrKinds.CEASED;

  private EesCharacteristics() {
  }

  /** {@code la_cla_at_31_march_placement_stability_indicator.csv} (2018–2022): the only LA counts for 2018. */
  static Importer placementStability() {
    return new EesCharacteristicsImporter("dfe-ees-placement-stability",
        "DfE EES la_cla_at_31_march_placement_stability_indicator.csv: looked after at 31 March, 3+ placements (2018-2022)",
        "dfe_ees_placement_stability", "Children looked after in England including adoptions: placement stability indicator",
        List.of(
            Sum.of(SfrKinds.LOOKED_AFTER, "", "Children looked after at 31 March::Total children"),
            Sum.of("children_looked_after_3plus_placements", "",
                "Children looked after at 31 March::With 3 or more placements during the year")));
  }

  /** {@code la_cla_who_started_to_be_looked_after.csv} (2018–2022). */
  static Importer started() {
    return new EesCharacteristicsImporter("dfe-ees-started",
        "DfE EES la_cla_who_started_to_be_looked_after.csv: starters by age, sex, category of need, legal status (2018-2022)",
        "dfe_ees_started", "Children looked after in England including adoptions: children who started to be looked after",
        List.of(
            Sum.of(STARTED, "", "Age group::Total"),
            Sum.of(STARTED, "sex=male", "Gender::Male"),
            Sum.of(STARTED, "sex=female", "Gender::Female"),
            Sum.of(STARTED, "age=under1", "Age group::Under 1 year"),
            Sum.of(STARTED, "age=1-4", "Age group::1 to 4 years"),
            Sum.of(STARTED, "age=5-9", "Age group::5 to 9 years"),
            Sum.of(STARTED, "age=10-15", "Age group::10 to 15 years"),
            Sum.of(STARTED, "age=16+", "Age group::16 years and over"),
            Sum.of(STARTED, "need=n1_abuse_or_neglect", "Category of need::N1\\..*"),
            Sum.of(STARTED, "need=n2_child_disability", "Category of need::N2\\..*"),
            Sum.of(STARTED, "need=n3_parental_illness_or_disability", "Category of need::N3\\..*"),
            Sum.of(STARTED, "need=n4_family_in_acute_stress", "Category of need::N4\\..*"),
            Sum.of(STARTED, "need=n5_family_dysfunction", "Category of need::N5\\..*"),
            Sum.of(STARTED, "need=n6_socially_unacceptable_behaviour", "Category of need::N6\\..*"),
            Sum.of(STARTED, "need=n7_low_income", "Category of need::N7\\..*"),
            Sum.of(STARTED, "need=n8_absent_parenting", "Category of need::N8\\..*"),
            Sum.of(STARTED, "legal=interim_care_order", "Legal status::Interim care order"),
            Sum.of(STARTED, "legal=full_care_order", "Legal status::Full care order"),
            Sum.of(STARTED, "legal=placement_order", "Legal status::Placement order granted"),
            Sum.of(STARTED, "legal=section_20", "Legal status::Voluntary agreement under S20"),
            Sum.of(STARTED, "legal=police_protection", "Legal status::Police protection.*"),
            Sum.of(STARTED, "legal=emergency_protection_order", "Legal status::Emergency protection order")));
  }

  private static final String REASON = "Reason episode ceased::";
  private static final Sum CEASED_TOTAL = Sum.of(CEASED, "", REASON + "Total");
  private static final Sum RETURNED_HOME = Sum.of("children_ceased_returned_home", "",
      REASON + "Returned home.* which was part of .*+" + REASON + "Returned home.* which was not part of .*");
  private static final Sum ADOPTED = Sum.of("children_ceased_adopted", "", REASON + "Adopted");
  private static final Sum SPECIAL_GUARDIANSHIP = Sum.of("children_ceased_special_guardianship", "",
      REASON + "Special guardianship orders?");
  private static final Sum RESIDENCE_ORDER = Sum.of(CEASED, "reason=residence_or_child_arrangements_order",
      REASON + "Residence order.*");
  private static final Sum INDEPENDENT_LIVING = Sum.of(CEASED, "reason=independent_living",
      REASON + "Moved into independent living \\(with supportive.*+" + REASON + "Moved into independent living \\(with no .*");
  private static final Sum AGE_18 = Sum.of(CEASED, "reason=age_18_remained_with_carers",
      REASON + "Aged 18 .*remained with current carers");

  /** {@code la_children_who_ceased_during_the_year.csv} (2020–2024): leavers by reason, age and sex. */
  static Importer ceased() {
    return new EesCharacteristicsImporter("dfe-ees-ceased",
        "DfE EES la_children_who_ceased_during_the_year.csv: leavers by reason, age and sex (2020-2024)",
        "dfe_ees_ceased", "Children looked after in England including adoptions: children who ceased to be looked after",
        List.of(
            CEASED_TOTAL,
            Sum.of(CEASED, "sex=male", "Gender::Male"),
            Sum.of(CEASED, "sex=female", "Gender::Female"),
            Sum.of(CEASED, "age=under1", "Age on ceasing::Under 1 year"),
            Sum.of(CEASED, "age=1-4", "Age on ceasing::1 to 4 years"),
            Sum.of(CEASED, "age=5-9", "Age on ceasing::5 to 9 years"),
            Sum.of(CEASED, "age=10-15", "Age on ceasing::10 to 15 years"),
            Sum.of(CEASED, "age=16+", "Age on ceasing::16 years+Age on ceasing::17 years+Age on ceasing::18 years and over"),
            RETURNED_HOME, ADOPTED, SPECIAL_GUARDIANSHIP, RESIDENCE_ORDER, INDEPENDENT_LIVING, AGE_18,
            new Remainder(CEASED, "reason=other", CEASED_TOTAL,
                List.of(RETURNED_HOME, ADOPTED, SPECIAL_GUARDIANSHIP, RESIDENCE_ORDER, INDEPENDENT_LIVING, AGE_18))));
  }
}
