package uk.lacexplorer.episodes.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.lacexplorer.episodes.parse.Dates;

/**
 * One period of care: its exit route and duration (see {@link SynthParameters}), then the episodes within it —
 * legal status changes (police protection or emergency order to interim care order, interim to full care order,
 * placement order before adoption), placement moves as a Poisson process, and the move to an adoption placement.
 */
final class PeriodSimulator {
  private static final Choice[] LEGAL_BY_BAND = {
      Choice.of("C1", 0.55, "V2", 0.30, "L1", 0.05, "L2", 0.10),
      Choice.of("C1", 0.55, "V2", 0.30, "L1", 0.05, "L2", 0.10),
      Choice.of("C1", 0.50, "V2", 0.40, "L1", 0.05, "L2", 0.05),
      Choice.of("V2", 0.55, "C1", 0.30, "L1", 0.05, "J1", 0.10),
      Choice.of("V2", 0.70, "C1", 0.15, "L1", 0.05, "J1", 0.10)};
  /** The last collection year (ending 31 March) in which placement types H5 and P2 may be used. */
  private static final int LAST_YEAR_OF_H5_P2 = 2025;
  private static final Choice[] PLACE_BY_BAND = {
      Choice.of("U6", 0.60, "U3", 0.15, "U5", 0.08, "U4", 0.05, "R3", 0.07, "P1", 0.05),
      Choice.of("U6", 0.60, "U3", 0.18, "U4", 0.10, "P1", 0.07, "K2", 0.05),
      Choice.of("U6", 0.55, "U3", 0.15, "U4", 0.15, "K2", 0.07, "P1", 0.06, "S1", 0.02),
      Choice.of("U6", 0.45, "U4", 0.12, "U3", 0.10, "K2", 0.22, "S1", 0.03, "P1", 0.05, "R1", 0.03),
      Choice.of("H5", 0.25, "U6", 0.30, "K2", 0.20, "P2", 0.15, "U3", 0.10)};
  private static final Choice NEED = Choice.of("N1", 0.65, "N2", 0.03, "N3", 0.03, "N4", 0.08, "N5", 0.13, "N6", 0.02,
      "N8", 0.06);
  private static final Choice CHANGE_REASON = Choice.of("CARPL", 0.4, "CREQB", 0.15, "CREQO", 0.1, "CHILD", 0.1,
      "LAREQ", 0.1, "OTHER", 0.15);
  /** Routes other than home and their weights, by age band (under 1, 1-4, 5-9, 10-15, 16-17). */
  private static final double[][] OTHER_ROUTES = {
      // ADOPTED, SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS, OTHER, INDEPENDENT, EIGHTEEN
      {0.45, 0.25, 0.05, 0.10, 0, 0.15},
      {0.35, 0.28, 0.05, 0.12, 0, 0.20},
      {0.06, 0.25, 0.06, 0.13, 0, 0.50},
      {0, 0.06, 0.03, 0.21, 0, 0.70},
      {0, 0, 0, 0.25, 0.15, 0.60}};
  private static final Route[] OTHER_ROUTE_ORDER = {Route.ADOPTED, Route.SPECIAL_GUARDIANSHIP, Route.CHILD_ARRANGEMENTS,
      Route.OTHER, Route.INDEPENDENT, Route.EIGHTEEN};

  private final SynthParameters parameters;
  private final SplittableRandom random;
  private final int windowEnd;

  PeriodSimulator(SynthParameters parameters, SplittableRandom random, int windowEnd) {
    this.parameters = parameters;
    this.random = random;
    this.windowEnd = windowEnd;
  }

  /** What a period came to: its route and the day it ended (after the window when still open). */
  record Outcome(Route route, int exit) {
  }

  static int band(double ageYears) {
    return ageYears < 1 ? 0 : ageYears < 5 ? 1 : ageYears < 10 ? 2 : ageYears < 16 ? 3 : 4;
  }

  Outcome simulate(SynthChild child, int start, String homePostcode) {
    double age = (start - child.birth) / 365.25;
    int band = band(age);
    int eighteen = Dates.plusYears(child.birth, 18);
    Route route;
    int duration;
    double u = random.nextDouble();
    double home6 = parameters.homeWithin6Months();
    double home12 = home6 + parameters.homeWithin6To12Months();
    double home = home12 + parameters.homeAfter12Months();
    if (u < home6) {
      route = Route.HOME;
      do duration = 1 + (int) exponential(55); while (duration > 182);
    } else if (u < home12) {
      route = Route.HOME;
      duration = 183 + random.nextInt(183);
    } else if (u < home) {
      route = Route.HOME;
      duration = 366 + (int) exponential(450);
    } else {
      route = otherRoute(band);
      duration = switch (route) {
        case ADOPTED -> 300 + (int) logNormal(450, 0.45);
        case SPECIAL_GUARDIANSHIP -> 120 + (int) logNormal(500, 0.5);
        case CHILD_ARRANGEMENTS -> 90 + (int) logNormal(350, 0.5);
        case OTHER -> 1 + (int) exponential(350);
        case INDEPENDENT -> 30 + random.nextInt(Math.max(1, eighteen - start - 30));
        default -> Integer.MAX_VALUE / 4;
      };
    }
    int exit = start + duration;
    if (exit >= eighteen) {
      exit = eighteen;
      route = Route.EIGHTEEN;
    }
    if (exit <= start) exit = start + 1;
    String reason = route.reason(random, (exit - child.birth) / 365.25);
    buildEpisodes(child, start, exit, route, reason, band, homePostcode);
    return new Outcome(route, exit);
  }

  private Route otherRoute(int band) {
    double[] weights = OTHER_ROUTES[band];
    double total = 0;
    for (double weight : weights) total += weight;
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) return OTHER_ROUTE_ORDER[i];
    }
    return Route.EIGHTEEN;
  }

  private double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  private double logNormal(double median, double sigma) {
    double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    return median * Math.exp(sigma * z);
  }

  /** A change within the period: on {@code day}, a new legal status and/or a new placement (same carers or not). */
  private record Change(int day, String legalStatus, String placement, boolean sameCarers) {
  }

  private void buildEpisodes(SynthChild child, int start, int exit, Route route, String reason, int band,
                             String homePostcode) {
    String legal = child.uasc ? "V2" : LEGAL_BY_BAND[band].draw(random);
    String place = placement(band, legal, start);
    List<Change> changes = new ArrayList<>();
    int careOrderDay = start;
    if (legal.equals("L1") || legal.equals("L2")) {
      careOrderDay = start + (legal.equals("L1") ? 2 : 7);
      changes.add(new Change(careOrderDay, "C1", null, false));
    }
    boolean careOrder = !legal.equals("V2") && !legal.equals("J1")
        || (legal.equals("V2") && route != Route.HOME && random.nextDouble() < 0.5);
    if (legal.equals("V2") && careOrder) {
      careOrderDay = start + 30 + random.nextInt(170);
      changes.add(new Change(careOrderDay, "C1", null, false));
    }
    if (careOrder) changes.add(new Change(careOrderDay + 150 + random.nextInt(150), "C2", null, false));
    if (route == Route.ADOPTED) {
      int adoptionPlacement = exit - 60 - random.nextInt(140);
      int placementOrder = adoptionPlacement - 30 - random.nextInt(200);
      changes.removeIf(change -> change.day() >= placementOrder);
      changes.add(new Change(placementOrder, "E1", null, false));
      boolean withCarers = random.nextDouble() < 0.4;
      changes.add(new Change(adoptionPlacement, null, withCarers ? "A5" : "A6", withCarers));
      child.adoptions.add(new Object[] {placementOrder, adoptionPlacement - 20, withCarers, exit});
    }
    double first = 2 * parameters.movesPerYear() / 365.0;
    double later = parameters.movesPerYear() / 365.0;
    double day = start;
    int lastMove = route == Route.ADOPTED ? exit - 200 : exit;
    while (parameters.movesPerYear() > 0) {
      double rate = day - start < 365 ? first : later;
      day += exponential(1 / rate);
      if (day >= lastMove || day > windowEnd) break;
      changes.add(new Change((int) day, null, "MOVE", false));
    }
    changes.sort(java.util.Comparator.comparingInt(Change::day));
    emit(child, start, exit, reason, band, legal, place, changes, homePostcode);
  }

  /** A placement type for an episode starting on {@code day}: H5 and P2 ended in 2025-26, K3 replaces them. */
  private String placement(int band, String legal, int day) {
    String place = PLACE_BY_BAND[band].draw(random);
    // Section 20 and remand cannot be spent placed with parents (rule 378).
    while (place.equals("P1") && !(legal.equals("C1") || legal.equals("C2"))) place = PLACE_BY_BAND[band].draw(random);
    return ended(place, day) ? "K3" : place;
  }

  private static boolean ended(String place, int day) {
    return (place.equals("H5") || place.equals("P2")) && Dates.yearEnding31March(day) > LAST_YEAR_OF_H5_P2;
  }

  private void emit(SynthChild child, int start, int exit, String reason, int band, String legal, String place,
                    List<Change> changes, String homePostcode) {
    String need = child.uasc ? "N8" : NEED.draw(random);
    SynthEpisode current = episode(start, "S", legal, need, place, null, homePostcode);
    child.episodes.add(current);
    int previousDay = start;
    for (Change change : changes) {
      if (change.day() <= previousDay || change.day() >= exit || change.day() > windowEnd) continue;
      String newLegal = change.legalStatus() == null ? current.legalStatus : change.legalStatus();
      String newPlace = current.placement;
      boolean sameCarers = true;
      if (change.placement() != null) {
        newPlace = change.placement().equals("MOVE") ? newPlacement(band, newLegal, current.placement, change.day()) : change.placement();
        sameCarers = change.sameCarers();
      }
      if (ended(newPlace, change.day())) {
        // An H5 or P2 placement carried into 2025-26 is recorded as K3 from its next episode on.
        newPlace = "K3";
        sameCarers = true;
      }
      if (newPlace.equals("P1") && !(newLegal.equals("C1") || newLegal.equals("C2"))) continue;
      boolean legalChanged = !newLegal.equals(current.legalStatus);
      boolean placeChanged = !newPlace.equals(current.placement);
      if (!legalChanged && !placeChanged) continue;
      String rne = !placeChanged ? "L" : !legalChanged ? (sameCarers ? "T" : "P") : (sameCarers ? "U" : "B");
      current.end = change.day();
      current.reasonCeased = "X1";
      current = episode(change.day(), rne, newLegal, need, newPlace, placeChanged ? CHANGE_REASON.draw(random) : null,
          homePostcode);
      child.episodes.add(current);
      previousDay = change.day();
    }
    if (exit <= windowEnd) {
      current.end = exit;
      current.reasonCeased = reason;
    }
  }

  private String newPlacement(int band, String legal, String from, int day) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String place = placement(band, legal, day);
      if (!place.equals(from)) return place;
    }
    return from.equals("U6") ? "U4" : "U6";
  }

  private SynthEpisode episode(int start, String rne, String legal, String need, String place, String changeReason,
                               String homePostcode) {
    SynthEpisode episode = new SynthEpisode();
    episode.start = start;
    episode.rne = rne;
    episode.legalStatus = legal;
    episode.categoryOfNeed = need;
    episode.placement = place;
    episode.provider = provider(place);
    episode.reasonPlaceChange = changeReason;
    episode.homePostcode = homePostcode;
    episode.placementPostcode = place.equals("P1") ? homePostcode : Postcodes.random(random);
    episode.urn = place.equals("K2") ? "SC" + (100000 + random.nextInt(900000)) : "";
    return episode;
  }

  private String provider(String place) {
    if (place.equals("P1")) return "PR0";
    if (place.startsWith("A")) return "PR1";
    if (place.equals("K2") || place.equals("H5") || place.equals("K3") || place.equals("R1") || place.equals("S1")) {
      return random.nextDouble() < 0.8 ? "PR4" : "PR1";
    }
    return random.nextDouble() < 0.6 ? "PR1" : random.nextDouble() < 0.85 ? "PR4" : "PR5";
  }
}
