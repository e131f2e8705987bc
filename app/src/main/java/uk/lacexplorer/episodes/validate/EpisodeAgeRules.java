package uk.lacexplorer.episodes.validate;

import static uk.lacexplorer.episodes.validate.Rule.Severity.ERROR;

import java.util.List;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/** Rules tying episodes to the child's age (from the header's date of birth). */
final class EpisodeAgeRules {
  private static final CodeLists CODES = CodeLists.standard();
  private static final byte S = CODES.reasonNewEpisode.index("S");
  private static final boolean[] YOUTH_JUSTICE = CODES.legalStatus.set("J1", "J2", "J3");
  private static final boolean[] ADOPTED = CODES.reasonCeased.set("E11", "E12");
  private static final boolean[] INDEPENDENT = CODES.reasonCeased.set("E5", "E6");
  private static final boolean[] ADULT_CARE = CODES.reasonCeased.set("E7");
  private static final boolean[] GUARDIANSHIP = CODES.reasonCeased.set("E45", "E46", "E47", "E48");
  private static final boolean[] STAYING_PUT = CODES.reasonCeased.set("E17");

  private EpisodeAgeRules() {
  }

  static List<RuleDefinition> rules() {
    return List.of(
        new RuleDefinition(Rule.dfe("352", "episodes", "DECOM", "Child who started to be looked after was aged 18 or over."),
            EpisodeAgeRules::startedAdult),
        new RuleDefinition(Rule.own("LX20", "episodes", "DECOM", "The episode began before the child was born.", ERROR),
            EpisodeAgeRules::beforeBirth),
        new RuleDefinition(Rule.dfe("358", "episodes", "LS",
            "A youth justice legal status (J1, J2, J3) is recorded for a child under 10."), EpisodeAgeRules::youthJustice),
        new RuleDefinition(Rule.dfe("386", "episodes", "REC", "Reason episode ceased is adopted but the child is 18 or over."),
            (context, findings) -> atEnd(context, findings, ADOPTED, 18, true)),
        new RuleDefinition(Rule.dfe("387", "episodes", "REC",
            "Reason episode ceased is a move to independent living but the child is under 14."),
            (context, findings) -> atEnd(context, findings, INDEPENDENT, 14, false)),
        new RuleDefinition(Rule.dfe("389", "episodes", "REC",
            "Reason episode ceased is a transfer to adult social care but the child is under 16."),
            (context, findings) -> atEnd(context, findings, ADULT_CARE, 16, false)),
        new RuleDefinition(Rule.dfe("407", "episodes", "REC",
            "Reason episode ceased is a special guardianship order but the child is 18 or over."),
            (context, findings) -> atEnd(context, findings, GUARDIANSHIP, 18, true)),
        new RuleDefinition(Rule.dfe("460", "episodes", "REC",
            "Reason episode ceased is staying with current carers at 18 or over (E17) but the child is under 18."),
            (context, findings) -> atEnd(context, findings, STAYING_PUT, 18, false)));
  }

  private static void startedAdult(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      if (episodes.code(Episode.RNE, row) != S) continue;
      if (Checks.agedAtLeast(context, episodes.child(row), episodes.date(Episode.DECOM, row), 18)) {
        findings.add(context, episodes, row, Episode.DECOM);
      }
    }
  }

  private static void beforeBirth(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      int birth = context.dateOfBirth(episodes.child(row));
      int start = episodes.date(Episode.DECOM, row);
      if (Dates.isDate(birth) && Dates.isDate(start) && start < birth) findings.add(context, episodes, row, Episode.DECOM);
    }
  }

  private static void youthJustice(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      byte ls = episodes.code(Episode.LS, row);
      if (ls > 0 && YOUTH_JUSTICE[ls] && Checks.agedUnder(context, episodes.child(row), episodes.date(Episode.DECOM, row), 10)) {
        findings.add(context, episodes, row, Episode.LS);
      }
    }
  }

  /** Episodes ending with one of {@code reasons} when the child is at least (or under) {@code years} old. */
  private static void atEnd(ValidationContext context, Findings findings, boolean[] reasons, int years, boolean atLeast) {
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      byte rec = episodes.code(Episode.REC, row);
      if (rec <= 0 || !reasons[rec]) continue;
      int child = episodes.child(row);
      int end = episodes.date(Episode.DEC, row);
      boolean bad = atLeast ? Checks.agedAtLeast(context, child, end, years) : Checks.agedUnder(context, child, end, years);
      if (bad) findings.add(context, episodes, row, Episode.REC);
    }
  }
}
