package uk.lacexplorer.episodes.validate;

import static uk.lacexplorer.episodes.parse.Tables.EPISODES;
import static uk.lacexplorer.episodes.validate.Rule.Severity.ERROR;
import static uk.lacexplorer.episodes.validate.Rule.Severity.WARNING;

import java.util.List;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/** Rules on single episode rows: dates readable, codes valid for the episode's year, fields that go together. */
final class EpisodeFieldRules {
  private EpisodeFieldRules() {
  }

  static List<RuleDefinition> rules() {
    return List.of(
        new RuleDefinition(Rule.dfe("141", "episodes", "DECOM", "Date episode began is blank or not a valid date."),
            Checks.date(EPISODES, "DECOM", false)),
        new RuleDefinition(Rule.own("LX14", "episodes", "DEC", "Date episode ceased is not a valid date.", ERROR),
            Checks.date(EPISODES, "DEC", true)),
        new RuleDefinition(Rule.dfe("143", "episodes", "RNE", "Reason for new episode is not a valid code."),
            Checks.code(EPISODES, "RNE", true)),
        new RuleDefinition(Rule.dfe("144", "episodes", "LS", "Legal status is not a valid code."),
            Checks.code(EPISODES, "LS", true)),
        new RuleDefinition(Rule.dfe("145", "episodes", "CIN", "Category of need is not a valid code."),
            Checks.code(EPISODES, "CIN", true)),
        new RuleDefinition(Rule.dfe("146", "episodes", "PLACE",
            "Placement type is not a valid code in the year the episode began."),
            Checks.codeForYear(EPISODES, "PLACE", true, true)),
        new RuleDefinition(Rule.dfe("178", "episodes", "PLACE_PROVIDER",
            "Placement provider is not a valid code, or is given for a placement type that has none (T0-T4 and Z1 up "
                + "to 2024-25; T0-T3 and Z11-Z14 from 2025-26, by the year the episode began)."),
            EpisodeFieldRules::placementProvider),
        new RuleDefinition(Rule.dfe("149", "episodes", "REC",
            "Reason episode ceased is not a valid code in the year the episode began."),
            Checks.codeForYear(EPISODES, "REC", true, true)),
        new RuleDefinition(Rule.dfe("1009", "episodes", "REASON_PLACE_CHANGE", "Reason for placement change is not a valid code."),
            Checks.code(EPISODES, "REASON_PLACE_CHANGE", true)),
        new RuleDefinition(Rule.own("LX15", "episodes", "RNE/LS/CIN/PLACE",
            "A field every episode needs (RNE, LS, CIN, PLACE) is blank.", ERROR), EpisodeFieldRules::requiredFields),
        new RuleDefinition(Rule.dfe("148", "episodes", "DEC/REC",
            "Date episode ceased and reason episode ceased must both be given or both be blank."),
            EpisodeFieldRules::endDateWithReason),
        new RuleDefinition(Rule.dfe("356", "episodes", "DEC", "The episode ceased before it began."),
            Checks.order(EPISODES, "DECOM", "DEC", Episode.DEC)),
        new RuleDefinition(Rule.own("LX16", "episodes", "HOME_POST/PL_POST",
            "A postcode is given but is not in the UK postcode format.", WARNING),
            Checks.format(EPISODES, "HOME_POST", "PL_POST")),
        new RuleDefinition(Rule.own("LX17", "episodes", "URN",
            "The Ofsted URN is not 6-7 digits, SC and 6 digits, or XXXXXXX.", WARNING), Checks.format(EPISODES, "URN")));
  }

  private static final CodeList PLACE = uk.lacexplorer.episodes.codes.CodeLists.standard().placement;
  /** Placement types that take no provider: up to 2024-25, and from 2025-26 (DfE rule 178 text, both years). */
  private static final boolean[] NO_PROVIDER_TO_2025 = PLACE.set("T0", "T1", "T2", "T3", "T4", "Z1");
  private static final boolean[] NO_PROVIDER_FROM_2026 = PLACE.set("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14");

  private static void placementProvider(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      byte provider = episodes.code(Episode.PLACE_PROVIDER, row);
      byte place = episodes.code(Episode.PLACE, row);
      boolean[] none = context.yearOfEpisode(row) >= 2026 ? NO_PROVIDER_FROM_2026 : NO_PROVIDER_TO_2025;
      if (provider == CodeList.UNKNOWN || (provider > 0 && place > 0 && none[place])) {
        findings.add(context, episodes, row, Episode.PLACE_PROVIDER);
      }
    }
  }

  private static void requiredFields(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    int[] required = {Episode.RNE, Episode.LS, Episode.CIN, Episode.PLACE};
    for (int row = 0; row < episodes.size(); row++) {
      for (int column : required) {
        if (episodes.code(column, row) == CodeList.BLANK) {
          findings.add(context, episodes, row, column);
          break;
        }
      }
    }
  }

  private static void endDateWithReason(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      boolean noDate = episodes.date(Episode.DEC, row) == Dates.BLANK;
      boolean noReason = episodes.code(Episode.REC, row) == CodeList.BLANK;
      if (noDate != noReason) findings.add(context, episodes, row, noDate ? Episode.DEC : Episode.REC);
    }
  }
}
