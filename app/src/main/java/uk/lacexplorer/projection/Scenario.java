package uk.lacexplorer.projection;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.i18n.UserError;

/**
 * A what-if, its parts combinable:
 * <ul>
 *   <li>the entry rate changed by a percentage;</li>
 *   <li>the exit probability changed by a percentage (more exits home or to special guardianship);</li>
 *   <li>the entry rate, the exit probability or both set to the median of the authority's need-based statistical
 *       neighbours' ({@link Match}), before the percentage changes;</li>
 *   <li>a step-down: a percentage of the children in residential placements (secure units, children's homes,
 *       other residential settings) placed in foster care instead, which changes the placements commissioned, not
 *       the number looked after;</li>
 *   <li>a change at an earlier stage of the cascade ({@code stage}: referrals, section 47 enquiries, initial child
 *       protection conferences, plans started) by a percentage, carried through the authority's measured conversions
 *       held as they are: every later stage, and the children starting to be looked after, change by the same
 *       share.</li>
 * </ul>
 * A file holds {@code name = value} lines ({@code entry_rate_change_pct}, {@code exit_change_pct},
 * {@code match_neighbours}, {@code step_down_pct}, {@code stage}, {@code stage_change_pct}); {@code #} starts a
 * comment.
 */
public record Scenario(double entryChangePct, double exitChangePct, Match match, double stepDownPct, String stage,
                       double stageChangePct) {
  public static final Scenario NONE = new Scenario(0, 0);

  /** The earlier stages of the cascade a change can be made at, referral first. */
  public static final List<String> STAGES = List.of("referrals", "section47_enquiries",
      "initial_child_protection_conferences", "child_protection_plans_started");

  /** Which of the neighbours' median rates the authority takes. */
  public enum Match {
    NONE, ENTRY, EXIT, BOTH;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean entry() {
      return this == ENTRY || this == BOTH;
    }

    public boolean exit() {
      return this == EXIT || this == BOTH;
    }

    static Match parse(String field, String text) {
      if (text == null || text.isBlank()) return NONE;
      for (Match match : values()) if (match.id().equals(text.strip().toLowerCase(Locale.ROOT))) return match;
      throw UserError.of("error.projection.match", field, text.strip());
    }
  }

  public Scenario {
    if (!(entryChangePct >= -100 && entryChangePct <= 500) || !(exitChangePct >= -100 && exitChangePct <= 500)) {
      throw UserError.of("error.projection.scenarioRange", entryChangePct, exitChangePct);
    }
    match = match == null ? Match.NONE : match;
    if (!(stepDownPct >= 0 && stepDownPct <= 100)) throw UserError.of("error.projection.stepDownRange", stepDownPct);
    stage = stage == null || stage.isBlank() || stage.strip().equals("none") ? null : stage.strip();
    if (stage != null && !STAGES.contains(stage)) {
      throw UserError.of("error.projection.stage", stage, String.join(", ", STAGES));
    }
    if (!(stageChangePct >= -100 && stageChangePct <= 500)) throw UserError.of("error.projection.stageRange", stageChangePct);
    if (stage == null) stageChangePct = 0;
  }

  public Scenario(double entryChangePct, double exitChangePct, Match match, double stepDownPct) {
    this(entryChangePct, exitChangePct, match, stepDownPct, null, 0);
  }

  public Scenario(double entryChangePct, double exitChangePct) {
    this(entryChangePct, exitChangePct, Match.NONE, 0);
  }

  /** Whether the scenario changes an earlier stage of the cascade. */
  public boolean changesStage() {
    return stage != null && stageChangePct != 0;
  }

  public boolean isNone() {
    return entryChangePct == 0 && exitChangePct == 0 && match == Match.NONE && stepDownPct == 0 && !changesStage();
  }

  /** Whether the number looked after changes (a step-down alone changes only the placements). */
  public boolean changesFlows() {
    return entryChangePct != 0 || exitChangePct != 0 || match != Match.NONE || changesStage();
  }

  public double rateFactor() {
    return 1 + entryChangePct / 100;
  }

  public double exitFactor() {
    return 1 + exitChangePct / 100;
  }

  /** The same scenario with the neighbours' medians already folded into its percentages (and no match left). */
  Scenario withFactors(double entryFactor, double exitFactor) {
    return new Scenario(Math.min(500, (rateFactor() * entryFactor - 1) * 100),
        Math.min(500, (exitFactor() * exitFactor - 1) * 100), Match.NONE, stepDownPct, null, 0);
  }

  /** From a file of {@code name = value} lines. */
  public static Scenario read(Path file) {
    return parse(file.toString(), uk.lacexplorer.i18n.Choices.lines(file, "error.projection.scenarioUnreadable"));
  }

  public static Scenario parse(String name, List<String> lines) {
    double entry = 0;
    double exit = 0;
    double stepDown = 0;
    double stageChange = 0;
    String stage = null;
    Match match = Match.NONE;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq).strip();
      String text = eq < 0 ? "" : line.substring(eq + 1).strip();
      if (key.equals("stage")) {
        stage = text;
        continue;
      }
      if (key.equals("match_neighbours")) {
        try {
          match = Match.parse(key, text);
        } catch (UserError e) {
          throw UserError.of("error.projection.scenarioMatch", name, i + 1, text);
        }
        continue;
      }
      double number;
      try {
        number = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw UserError.of("error.projection.scenarioValue", name, i + 1, text);
      }
      switch (key) {
        case "entry_rate_change_pct" -> entry = number;
        case "exit_change_pct" -> exit = number;
        case "step_down_pct" -> stepDown = number;
        case "stage_change_pct" -> stageChange = number;
        default -> throw UserError.of("error.projection.scenarioKey", name, i + 1, key);
      }
    }
    if (stageChange != 0 && stage == null) throw UserError.of("error.projection.stageMissing", name);
    return new Scenario(entry, exit, match, stepDown, stage, stageChange);
  }

  /** From form or query fields (blank = no change). */
  public static Scenario fields(String entry, String exit) {
    return fields(entry, exit, null, null);
  }

  /** From form or query fields (blank = no change): the two changes, the neighbours to match, the step-down. */
  public static Scenario fields(String entry, String exit, String match, String stepDown) {
    return fields(entry, exit, match, stepDown, null, null);
  }

  /** As {@link #fields(String, String, String, String)}, with a change at an earlier stage of the cascade. */
  public static Scenario fields(String entry, String exit, String match, String stepDown, String stage, String stageChange) {
    return new Scenario(number("entry_change", entry), number("exit_change", exit), Match.parse("match-neighbours", match),
        number("step_down", stepDown), stage, number("stage_change", stageChange));
  }

  private static double number(String field, String text) {
    if (text == null || text.isBlank()) return 0;
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw UserError.of("error.projection.fieldValue", field, text);
    }
  }
}
