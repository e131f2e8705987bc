package uk.lacexplorer.episodes.validate;

import static uk.lacexplorer.episodes.validate.Rule.Severity.ERROR;

import java.util.List;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.derive.CareYears;
import uk.lacexplorer.episodes.derive.EpisodeOrder;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/** Rules on legal status, placement type and provider: durations the law allows and combinations that cannot be. */
final class EpisodePlacementRules {
  private static final CodeLists CODES = CodeLists.standard();
  private static final CodeList PLACE = CODES.placement;
  private static final CodeList PROVIDER = CODES.placementProvider;
  private static final byte L3 = CODES.legalStatus.index("L3");
  private static final byte V2 = CODES.legalStatus.index("V2");
  private static final byte V3 = CODES.legalStatus.index("V3");
  private static final boolean[] SHORT_BREAK = CODES.legalStatus.set("V3", "V4");
  private static final byte P1 = PLACE.index("P1");
  private static final boolean[] ADOPTION_PLACEMENT = PLACE.set("A3", "A4", "A5", "A6");
  private static final boolean[] ADOPTED = CODES.reasonCeased.set("E11", "E12");

  private EpisodePlacementRules() {
  }

  static List<RuleDefinition> rules() {
    return List.of(
        new RuleDefinition(Rule.dfe("363", "episodes", "LS",
            "A child assessment order (L3) lasted longer than the 7 days the Children Act 1989 allows."),
            statusRun(L3, 7)),
        new RuleDefinition(Rule.dfe("361", "episodes", "LS",
            "Police protection (L1) lasted longer than the 72 hours the Children Act 1989 allows (more than 3 days)."),
            statusRun(CODES.legalStatus.index("L1"), 3)),
        new RuleDefinition(Rule.dfe("362", "episodes", "LS",
            "An emergency protection order (L2) lasted longer than 21 days."),
            statusRun(CODES.legalStatus.index("L2"), 21)),
        new RuleDefinition(Rule.dfe("364", "episodes", "LS",
            "Detention under PACE (J2) in local authority accommodation lasted longer than 21 days."),
            statusRun(CODES.legalStatus.index("J2"), 21)),
        new RuleDefinition(Rule.dfe("367", "episodes", "LS",
            "Short breaks (V3) add up to more than 75 days in a collection year (days split at 31 March; open breaks "
                + "count to the end of the year)."), EpisodePlacementRules::shortBreakTotal),
        new RuleDefinition(Rule.own("LX21", "episodes", "LS", "A single short break (V3/V4) lasted more than 17 days.", ERROR),
            EpisodePlacementRules::shortBreakLength),
        new RuleDefinition(Rule.dfe("378", "episodes", "PLACE",
            "A child placed with parents (P1) cannot be looked after under section 20 (V2)."),
            EpisodePlacementRules::parentsUnderSection20),
        new RuleDefinition(Rule.dfe("390", "episodes", "PLACE",
            "Reason episode ceased is adopted but the child was not placed for adoption (A3 to A6)."),
            EpisodePlacementRules::adoptedFromAdoptionPlacement),
        provider("527", "PR1", "P1", "R2", "R5"),
        provider("528", "PR2", "P1", "R2", "R5"),
        provider("529", "PR3", "P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6"),
        provider("530", "PR4", "P1"),
        provider("531", "PR5", "P1"),
        new RuleDefinition(Rule.dfe("550", "episodes", "PLACE_PROVIDER",
            "Placement provider PR0 (parents) can only go with placement type P1."), EpisodePlacementRules::parentsProvider));
  }

  private static RuleDefinition provider(String id, String provider, String... places) {
    byte providerCode = PROVIDER.index(provider);
    boolean[] forbidden = PLACE.set(places);
    Rule rule = Rule.dfe(id, "episodes", "PLACE_PROVIDER",
        "Placement provider %s cannot go with placement type %s.".formatted(provider, String.join(", ", places)));
    return new RuleDefinition(rule, (context, findings) -> {
      TableData episodes = context.episodes();
      for (int row = 0; row < episodes.size(); row++) {
        byte place = episodes.code(Episode.PLACE, row);
        if (episodes.code(Episode.PLACE_PROVIDER, row) == providerCode && place > 0 && forbidden[place]) {
          findings.add(context, episodes, row, Episode.PLACE_PROVIDER);
        }
      }
    });
  }

  private static void parentsProvider(ValidationContext context, Findings findings) {
    byte pr0 = PROVIDER.index("PR0");
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      byte place = episodes.code(Episode.PLACE, row);
      if (episodes.code(Episode.PLACE_PROVIDER, row) == pr0 && place > 0 && place != P1) {
        findings.add(context, episodes, row, Episode.PLACE_PROVIDER);
      }
    }
  }

  /**
   * Consecutive episodes of a child under one legal status (each starting the day the last ended) count as one order;
   * every episode of a run lasting more than {@code maxDays} (last end, or the end of the collection window when open,
   * minus first start) fails.
   */
  private static Check statusRun(byte status, int maxDays) {
    return (context, findings) -> statusRun(context, findings, status, maxDays);
  }

  private static void statusRun(ValidationContext context, Findings findings, byte status, int maxDays) {
    TableData episodes = context.episodes();
    EpisodeOrder order = context.order();
    for (int c = 0; c < order.children(); c++) {
      int runStart = -1;
      int runFrom = -1;
      for (int p = order.begin(c); p <= order.end(c); p++) {
        int row = p < order.end(c) ? order.row(p) : -1;
        boolean l3 = row >= 0 && episodes.code(Episode.LS, row) == status && Dates.isDate(episodes.date(Episode.DECOM, row));
        boolean continues = l3 && runStart >= 0
            && episodes.date(Episode.DECOM, row) == episodes.date(Episode.DEC, order.row(p - 1));
        if (runStart >= 0 && !continues) {
          int lastRow = order.row(p - 1);
          int end = episodes.date(Episode.DEC, lastRow);
          if (end == Dates.BLANK) end = context.collectionEnd();
          if (Dates.isDate(end) && end - runStart > maxDays) {
            for (int q = runFrom; q < p; q++) findings.add(context, episodes, order.row(q), Episode.LS);
          }
          runStart = -1;
        }
        if (l3 && runStart < 0) {
          runStart = episodes.date(Episode.DECOM, row);
          runFrom = p;
        }
      }
    }
  }

  /**
   * Rule 367: a child's days on short breaks under V3 (the DfE text and data-to-insight count V3 only; V4 records an
   * agreement, not the days) add up to more than 75 in a collection year. Each break's days are split at 31 March
   * between the years it spans; an open break counts up to the end of the collection window (31 March); days before
   * the window are not counted. A day count is end minus start, as data-to-insight counts it.
   */
  private static void shortBreakTotal(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    EpisodeOrder order = context.order();
    int windowStart = context.collectionStart();
    int windowEnd = context.collectionEnd();
    int[] daysByYear = new int[16];
    for (int c = 0; c < order.children(); c++) {
      int firstYear = Integer.MAX_VALUE;
      int lastYear = Integer.MIN_VALUE;
      for (int p = order.begin(c); p < order.end(c); p++) {
        int row = order.row(p);
        int start = breakStart(episodes, row, windowStart);
        int end = breakEnd(episodes, row, windowEnd);
        if (start == Dates.BLANK || end == Dates.BLANK || end <= start) continue;
        firstYear = Math.min(firstYear, CareYears.yearOf(start));
        lastYear = Math.max(lastYear, CareYears.yearOf(end));
      }
      if (lastYear == Integer.MIN_VALUE) continue;
      if (lastYear - firstYear + 1 > daysByYear.length) daysByYear = new int[lastYear - firstYear + 1];
      java.util.Arrays.fill(daysByYear, 0, lastYear - firstYear + 1, 0);
      for (int p = order.begin(c); p < order.end(c); p++) {
        int row = order.row(p);
        int start = breakStart(episodes, row, windowStart);
        int end = breakEnd(episodes, row, windowEnd);
        if (start == Dates.BLANK || end == Dates.BLANK || end <= start) continue;
        for (int year = CareYears.yearOf(start); year <= CareYears.yearOf(end); year++) {
          int days = Math.min(end, CareYears.march31(year) + 1) - Math.max(start, CareYears.march31(year - 1) + 1);
          if (days > 0) daysByYear[year - firstYear] += days;
        }
      }
      for (int p = order.begin(c); p < order.end(c); p++) {
        int row = order.row(p);
        int start = breakStart(episodes, row, windowStart);
        int end = breakEnd(episodes, row, windowEnd);
        if (start == Dates.BLANK || end == Dates.BLANK || end <= start) continue;
        boolean over = false;
        for (int year = CareYears.yearOf(start); year <= CareYears.yearOf(end) && !over; year++) {
          int days = Math.min(end, CareYears.march31(year) + 1) - Math.max(start, CareYears.march31(year - 1) + 1);
          over = days > 0 && daysByYear[year - firstYear] > 75;
        }
        if (over) findings.add(context, episodes, row, Episode.LS);
      }
    }
  }

  /** The day a V3 break starts counting (not before the window), or BLANK when the row is not a dated V3 break. */
  private static int breakStart(TableData episodes, int row, int windowStart) {
    if (episodes.code(Episode.LS, row) != V3) return Dates.BLANK;
    int start = episodes.date(Episode.DECOM, row);
    if (!Dates.isDate(start)) return Dates.BLANK;
    return Dates.isDate(windowStart) ? Math.max(start, windowStart) : start;
  }

  /** The day a break stops counting: its end, or the window's last day when open or later; BLANK when unknown. */
  private static int breakEnd(TableData episodes, int row, int windowEnd) {
    int end = episodes.date(Episode.DEC, row);
    if (end == Dates.BLANK) return Dates.isDate(windowEnd) ? windowEnd : Dates.BLANK;
    if (!Dates.isDate(end)) return Dates.BLANK;
    return Dates.isDate(windowEnd) ? Math.min(end, windowEnd) : end;
  }

  private static void shortBreakLength(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      byte ls = episodes.code(Episode.LS, row);
      int start = episodes.date(Episode.DECOM, row);
      int end = episodes.date(Episode.DEC, row);
      if (ls > 0 && SHORT_BREAK[ls] && Dates.isDate(start) && Dates.isDate(end) && end - start > 17) {
        findings.add(context, episodes, row, Episode.LS);
      }
    }
  }

  private static void parentsUnderSection20(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      if (episodes.code(Episode.PLACE, row) == P1 && episodes.code(Episode.LS, row) == V2) {
        findings.add(context, episodes, row, Episode.PLACE);
      }
    }
  }

  private static void adoptedFromAdoptionPlacement(ValidationContext context, Findings findings) {
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      byte rec = episodes.code(Episode.REC, row);
      byte place = episodes.code(Episode.PLACE, row);
      if (rec > 0 && ADOPTED[rec] && !(place > 0 && ADOPTION_PLACEMENT[place])) {
        findings.add(context, episodes, row, Episode.PLACE);
      }
    }
  }
}
