package uk.lacexplorer.episodes.validate;

import static uk.lacexplorer.episodes.validate.Rule.Severity.ERROR;

import java.util.List;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.derive.EpisodeOrder;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/** Rules on a child's sequence of episodes (in start-date order): no gaps, overlaps or loose ends. */
final class EpisodeSequenceRules {
  private static final byte X1 = CodeLists.standard().reasonCeased.index("X1");
  private static final byte S = CodeLists.standard().reasonNewEpisode.index("S");
  private static final boolean[] FINAL_EXIT = CodeLists.standard().reasonCeased.set("E2", "E15");

  private EpisodeSequenceRules() {
  }

  static List<RuleDefinition> rules() {
    return List.of(
        new RuleDefinition(Rule.dfe("142", "episodes", "DEC/REC",
            "A new episode has started, but the previous episode has no end date or reason."),
            EpisodeSequenceRules::previousNotEnded),
        new RuleDefinition(Rule.dfe("501", "episodes", "DECOM",
            "A new episode has started before the end date of the previous episode."), EpisodeSequenceRules::overlap),
        new RuleDefinition(Rule.dfe("388", "episodes", "REC",
            "Reason episode ceased is X1 (new episode begins) but no episode begins that day, or another reason is "
                + "given although an episode begins that day."), EpisodeSequenceRules::continuation),
        new RuleDefinition(Rule.dfe("357", "episodes", "RNE",
            "The child's first episode must have reason for new episode S (started to be looked after)."),
            EpisodeSequenceRules::firstEpisode),
        new RuleDefinition(Rule.dfe("437", "episodes", "REC",
            "Reason episode ceased is that the child died or was found to be 18 or over, but later episodes follow."),
            EpisodeSequenceRules::episodesAfterFinalExit),
        new RuleDefinition(Rule.own("LX18", "episodes", "DECOM",
            "The episode begins after the end of the collection period.", ERROR), EpisodeSequenceRules::startsLate),
        new RuleDefinition(Rule.own("LX19", "episodes", "DEC",
            "The episode ceases after the end of the collection period.", ERROR), EpisodeSequenceRules::endsLate));
  }

  private static void previousNotEnded(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    EpisodeOrder order = context.order();
    for (int c = 0; c < order.children(); c++) {
      for (int p = order.begin(c); p < order.end(c) - 1; p++) {
        int row = order.row(p);
        if (!Dates.isDate(episodes.date(Episode.DECOM, row))) continue;
        if (episodes.date(Episode.DEC, row) == Dates.BLANK || episodes.code(Episode.REC, row) == CodeList.BLANK) {
          findings.add(context, episodes, row, Episode.DEC);
        }
      }
    }
  }

  private static void overlap(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    EpisodeOrder order = context.order();
    for (int c = 0; c < order.children(); c++) {
      for (int p = order.begin(c) + 1; p < order.end(c); p++) {
        int previousEnd = episodes.date(Episode.DEC, order.row(p - 1));
        int start = episodes.date(Episode.DECOM, order.row(p));
        if (Dates.isDate(previousEnd) && Dates.isDate(start) && start < previousEnd) {
          findings.add(context, episodes, order.row(p), Episode.DECOM);
        }
      }
    }
  }

  private static void continuation(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    EpisodeOrder order = context.order();
    for (int c = 0; c < order.children(); c++) {
      for (int p = order.begin(c); p < order.end(c); p++) {
        int row = order.row(p);
        int end = episodes.date(Episode.DEC, row);
        byte rec = episodes.code(Episode.REC, row);
        if (!Dates.isDate(end) || rec <= 0) continue;
        boolean last = p == order.end(c) - 1;
        int nextStart = last ? Dates.BLANK : episodes.date(Episode.DECOM, order.row(p + 1));
        boolean bad = rec == X1
            ? last || (Dates.isDate(nextStart) && nextStart != end)
            : !last && nextStart == end;
        if (bad) findings.add(context, episodes, row, Episode.REC);
      }
    }
  }

  private static void firstEpisode(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    EpisodeOrder order = context.order();
    int collectionStart = context.collectionStart();
    for (int c = 0; c < order.children(); c++) {
      for (int p = order.begin(c); p < order.end(c); p++) {
        int row = order.row(p);
        int start = episodes.date(Episode.DECOM, row);
        if (!Dates.isDate(start)) continue;
        if (start >= collectionStart && episodes.code(Episode.RNE, row) != S) {
          findings.add(context, episodes, row, Episode.RNE);
        }
        break;
      }
    }
  }

  private static void episodesAfterFinalExit(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    EpisodeOrder order = context.order();
    for (int c = 0; c < order.children(); c++) {
      for (int p = order.begin(c); p < order.end(c) - 1; p++) {
        byte rec = episodes.code(Episode.REC, order.row(p));
        if (rec > 0 && FINAL_EXIT[rec]) findings.add(context, episodes, order.row(p), Episode.REC);
      }
    }
  }

  private static void startsLate(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    int end = context.collectionEnd();
    for (int row = 0; row < episodes.size(); row++) {
      int start = episodes.date(Episode.DECOM, row);
      if (Dates.isDate(start) && Dates.isDate(end) && start > end) findings.add(context, episodes, row, Episode.DECOM);
    }
  }

  private static void endsLate(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    int end = context.collectionEnd();
    for (int row = 0; row < episodes.size(); row++) {
      int ceased = episodes.date(Episode.DEC, row);
      if (Dates.isDate(ceased) && Dates.isDate(end) && ceased > end) findings.add(context, episodes, row, Episode.DEC);
    }
  }
}
