package uk.lacexplorer.episodes.parse;

import static uk.lacexplorer.episodes.parse.ColumnSpec.checked;
import static uk.lacexplorer.episodes.parse.ColumnSpec.child;
import static uk.lacexplorer.episodes.parse.ColumnSpec.code;
import static uk.lacexplorer.episodes.parse.ColumnSpec.date;
import static uk.lacexplorer.episodes.parse.ColumnSpec.text;

import java.util.List;
import uk.lacexplorer.episodes.codes.CodeLists;

/**
 * The SSDA903 tables read, with the column layout of the DfE CSV return (as the fake files of
 * data-to-insight/csc-validator-be-903 show it). Column index constants follow each table's column order.
 */
public final class Tables {
  private static final CodeLists C = CodeLists.standard();

  public static final TableSpec HEADER = new TableSpec("header", "header.csv", true, List.of(
      child(), code("SEX", C.sex), date("DOB"), code("ETHNIC", C.ethnic), checked("UPN", TextFormat.UPN),
      code("MOTHER", C.zeroOne),
      date("MC_DOB")));
  public static final TableSpec EPISODES = new TableSpec("episodes", "episodes.csv", true, List.of(
      child(), date("DECOM"), code("RNE", C.reasonNewEpisode), code("LS", C.legalStatus),
      code("CIN", C.categoryOfNeed), code("PLACE", C.placement), code("PLACE_PROVIDER", C.placementProvider),
      date("DEC"), code("REC", C.reasonCeased), code("REASON_PLACE_CHANGE", C.reasonPlaceChange),
      checked("HOME_POST", TextFormat.POSTCODE), checked("PL_POST", TextFormat.POSTCODE),
      checked("URN", TextFormat.URN)));
  public static final TableSpec REVIEWS = new TableSpec("reviews", "reviews.csv", false, List.of(
      child(), date("DOB"), date("REVIEW"), code("REVIEW_CODE", C.reviewCode)));
  public static final TableSpec UASC = new TableSpec("uasc", "uasc.csv", false, List.of(
      child(), code("SEX", C.sex), date("DOB"), date("DUC")));
  public static final TableSpec OC2 = new TableSpec("oc2", "oc2.csv", false, List.of(
      child(), date("DOB"), text("SDQ_SCORE"), code("SDQ_REASON", C.sdqReason), code("CONVICTED", C.zeroOne),
      code("HEALTH_CHECK", C.zeroOne), code("IMMUNISATIONS", C.zeroOne), code("TEETH_CHECK", C.zeroOne),
      code("HEALTH_ASSESSMENT", C.zeroOne), code("SUBSTANCE_MISUSE", C.zeroOne),
      code("INTERVENTION_RECEIVED", C.zeroOne), code("INTERVENTION_OFFERED", C.zeroOne)));
  public static final TableSpec OC3 = new TableSpec("oc3", "oc3.csv", false, List.of(
      child(), date("DOB"), code("IN_TOUCH", C.inTouch), code("ACTIV", C.activity), code("ACCOM", C.accommodation)));
  public static final TableSpec AD1 = new TableSpec("ad1", "ad1.csv", false, List.of(
      child(), date("DOB"), date("DATE_INT"), date("DATE_MATCH"), code("FOSTER_CARE", C.zeroOne), text("NB_ADOPTR"),
      code("SEX_ADOPTR", C.sexAdopter), code("LS_ADOPTR", C.legalStatusAdopter)));
  public static final TableSpec PLACED_FOR_ADOPTION = new TableSpec("placed_for_adoption", "placed_for_adoption.csv",
      false, List.of(child(), date("DOB"), date("DATE_PLACED"), date("DATE_PLACED_CEASED"),
      code("REASON_PLACED_CEASED", C.reasonPlacedCeased)));
  public static final TableSpec PREVIOUS_PERMANENCE = new TableSpec("previous_permanence", "previous_permanence.csv",
      false, List.of(child(), date("DOB"), code("PREV_PERM", C.previousPermanence), text("LA_PERM"), text("DATE_PERM")));
  public static final TableSpec MISSING = new TableSpec("missing", "missing.csv", false, List.of(
      child(), date("DOB"), code("MISSING", C.missingType), date("MIS_START"), date("MIS_END")));

  public static final List<TableSpec> ALL = List.of(HEADER, EPISODES, REVIEWS, UASC, OC2, OC3, AD1,
      PLACED_FOR_ADOPTION, PREVIOUS_PERMANENCE, MISSING);

  /** Column indexes of the episodes table. */
  public static final class Episode {
    public static final int CHILD = 0, DECOM = 1, RNE = 2, LS = 3, CIN = 4, PLACE = 5, PLACE_PROVIDER = 6, DEC = 7,
        REC = 8, REASON_PLACE_CHANGE = 9, HOME_POST = 10, PL_POST = 11, URN = 12;

    private Episode() {
    }
  }

  /** Column indexes of the header table. */
  public static final class Header {
    public static final int CHILD = 0, SEX = 1, DOB = 2, ETHNIC = 3, UPN = 4, MOTHER = 5, MC_DOB = 6;

    private Header() {
    }
  }

  private Tables() {
  }
}
