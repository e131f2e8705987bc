package uk.lacexplorer.episodes.synth;

import java.util.SplittableRandom;
import uk.lacexplorer.episodes.parse.Dates;

/**
 * Generates children one at a time: an entry day in the simulated span (the window plus the burn-in years), an
 * age at entry, the header fields, periods of care (with re-entries after a return home), short breaks for a few,
 * missing periods and UASC status. A child whose care does not reach the window is discarded by the caller.
 */
final class ChildSimulator {
  /** Age bands at entry (under 1, 1-4, 5-9, 10-15, 16) and their shares, as DfE reports starters. */
  private static final double[] BAND_SHARE = {0.19, 0.15, 0.16, 0.35, 0.15};
  private static final double[] BAND_FROM = {0, 1, 5, 10, 16};
  private static final double[] BAND_TO = {1, 5, 10, 16, 17};
  private static final Choice ETHNIC = Choice.of("WBRI", 0.72, "WOTH", 0.04, "MWBC", 0.03, "MWBA", 0.01,
      "MWAS", 0.01, "MOTH", 0.04, "AIND", 0.01, "APKN", 0.02, "ABAN", 0.01, "AOTH", 0.02, "BCRB", 0.02,
      "BAFR", 0.03, "BOTH", 0.01, "CHNE", 0.005, "OOTH", 0.02, "WIRI", 0.005, "WIRT", 0.005, "WROM", 0.005,
      "REFU", 0.003, "NOBT", 0.002);
  private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private final SynthParameters parameters;
  private final SplittableRandom random;
  private final PeriodSimulator periods;
  private final int simulationStart;
  private final int windowEnd;

  ChildSimulator(SynthParameters parameters, SplittableRandom random, int simulationStart, int windowEnd) {
    this.parameters = parameters;
    this.random = random;
    this.periods = new PeriodSimulator(parameters, random, windowEnd);
    this.simulationStart = simulationStart;
    this.windowEnd = windowEnd;
  }

  SynthChild next(String id) {
    SynthChild child = new SynthChild();
    child.id = id;
    int entry = simulationStart + random.nextInt(windowEnd - simulationStart + 1);
    boolean shortBreaks = random.nextDouble() < parameters.shortBreakShare();
    double age = shortBreaks ? 5 + 11 * random.nextDouble() : entryAge();
    child.birth = entry - (int) Math.round(age * 365.25);
    boolean male = random.nextDouble() < 0.56;
    child.uasc = !shortBreaks && age >= 14 && random.nextDouble() < 0.12;
    if (child.uasc) male = random.nextDouble() < 0.93;
    boolean newCodes = parameters.endYear() >= 2025;
    child.sex = male ? (newCodes ? "M" : "1") : (newCodes ? "F" : "2");
    child.ethnic = ETHNIC.draw(random);
    child.upn = child.uasc ? "UN2" : upn();
    String home = Postcodes.random(random);
    if (shortBreaks) {
      shortBreaks(child, entry, home);
    } else {
      careHistory(child, entry, home);
    }
    motherhood(child, male);
    return child;
  }

  private double entryAge() {
    double u = random.nextDouble();
    for (int band = 0; band < BAND_SHARE.length; band++) {
      u -= BAND_SHARE[band];
      if (u < 0 || band == BAND_SHARE.length - 1) {
        return BAND_FROM[band] + (BAND_TO[band] - BAND_FROM[band]) * random.nextDouble();
      }
    }
    throw new IllegalStateException();
  }

  private void careHistory(SynthChild child, int entry, String home) {
    int start = entry;
    while (true) {
      PeriodSimulator.Outcome outcome = periods.simulate(child, start, home);
      if (outcome.exit() > windowEnd) break;
      missing(child, start, outcome.exit());
      if (outcome.route() != Route.HOME || random.nextDouble() >= parameters.reentryAfterHome()) break;
      int back = outcome.exit() + 1 + (int) (-300 * Math.log(1 - random.nextDouble()));
      if (back > windowEnd || back >= Dates.plusYears(child.birth, 17)) break;
      start = back;
    }
  }

  /** Some children aged 10 or more go missing or away from placement, one to three times, for a few days. */
  private void missing(SynthChild child, int start, int exit) {
    if (start - child.birth < 10 * 365.25 || random.nextDouble() >= 0.12) return;
    int day = start + 1;
    int times = 1 + random.nextInt(3);
    for (int i = 0; i < times; i++) {
      day += 1 + random.nextInt(Math.max(1, (exit - day) / 2 + 1));
      int end = day + random.nextInt(7);
      if (end >= exit) return;
      child.missing.add(new int[] {day, end});
      child.missingType.add(random.nextDouble() < 0.6 ? "M" : "A");
      day = end + 1;
    }
  }

  /** A disabled child on a series of short breaks (V3): a few days every couple of months for one to three years. */
  private void shortBreaks(SynthChild child, int entry, String home) {
    int until = Math.min(Math.min(windowEnd, entry + 365 + random.nextInt(730)), Dates.plusYears(child.birth, 18) - 10);
    int day = entry;
    while (day <= until) {
      int end = day + 2 + random.nextInt(4);
      SynthEpisode episode = new SynthEpisode();
      episode.start = day;
      episode.rne = "S";
      episode.legalStatus = "V3";
      episode.categoryOfNeed = "N2";
      episode.placement = "U6";
      episode.provider = "PR1";
      episode.homePostcode = home;
      episode.placementPostcode = Postcodes.random(random);
      episode.urn = "";
      if (end <= windowEnd) {
        episode.end = end;
        episode.reasonCeased = "E8";
      }
      child.episodes.add(episode);
      day = end + 45 + random.nextInt(40);
    }
  }

  private void motherhood(SynthChild child, boolean male) {
    int last = child.lastDayInCare(windowEnd);
    int fifteen = Dates.plusYears(child.birth, 15);
    if (male || last <= fifteen || random.nextDouble() >= 0.03) return;
    child.mother = "1";
    child.childBirth = fifteen + random.nextInt(last - fifteen + 1);
  }

  private String upn() {
    StringBuilder upn = new StringBuilder(13).append(UPN_LETTERS.charAt(random.nextInt(UPN_LETTERS.length())));
    for (int i = 0; i < 12; i++) upn.append(random.nextInt(10));
    return upn.toString();
  }
}
