package uk.lacexplorer.imports;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.measure.Unit;
import uk.lacexplorer.observation.Observation;

/**
 * The values an import may hold, by the unit of the measure, checked on everything an importer read before anything
 * is saved (all or nothing):
 * <ul>
 *   <li>counts of children or episodes: whole numbers from 0 to {@value #MOST_CHILDREN} (more than every child in
 *   England and Wales);</li>
 *   <li>persons (populations): whole numbers from 0 to {@value #MOST_PERSONS};</li>
 *   <li>percentages 0–100; proportions 0–1; rates per 10,000 from 0 to 10,000; scores finite;</li>
 *   <li>years {@value #FIRST_YEAR}–{@value #LAST_YEAR}; measures known to the catalogue.</li>
 * </ul>
 * Populations may be apportioned between areas (not whole); then they are only bounded.
 */
public final class ValueBounds {
  public static final long MOST_CHILDREN = 20_000_000L;
  public static final long MOST_PERSONS = 100_000_000L;
  /** More than the whole of English local government spends in a year (about £180 bn in 2024-25). */
  public static final long MOST_POUNDS = 10_000_000_000_000L;
  public static final int FIRST_YEAR = 1950;
  public static final int LAST_YEAR = 2100;
  private static final int MOST_PROBLEMS = 50;

  private ValueBounds() {
  }

  /** Every impossible value (at most 50), each as a problem naming the value and where it belongs. */
  public static List<Problem> problems(String file, List<Observation> observations, MeasureCatalogue measures) {
    List<Problem> problems = new ArrayList<>();
    for (Observation observation : observations) {
      if (problems.size() >= MOST_PROBLEMS) break;
      String where = observation.area().value() + " " + observation.measure() + " " + observation.period()
          + (observation.breakdown().isEmpty() ? "" : " " + observation.breakdown());
      Measure measure = measures.find(observation.measure()).orElse(null);
      if (measure == null) {
        problems.add(Problem.at(file, 0, where, observation.measure(), "import.bounds.unknownMeasure"));
        continue;
      }
      if (observation.period() < FIRST_YEAR || observation.period() > LAST_YEAR) {
        problems.add(Problem.at(file, 0, where, Integer.toString(observation.period()), "import.bounds.year",
            FIRST_YEAR, LAST_YEAR));
        continue;
      }
      if (observation.value() == null) continue;
      Arg.Words refusal = refusal(measure.unit(), observation.value());
      if (refusal != null) problems.add(new Problem(file, 0, where, format(observation.value()), refusal));
    }
    return problems;
  }

  /** Why the value cannot be one of this unit (a message from the bundles), or null when it can. */
  public static Arg.Words refusal(Unit unit, double value) {
    if (!Double.isFinite(value)) return Problem.words("import.bounds.notFinite");
    return switch (unit) {
      case COUNT -> value < 0 || value > MOST_CHILDREN || value != Math.rint(value)
          ? Problem.words("import.bounds.count", MOST_CHILDREN) : null;
      case PERSONS -> value < 0 || value > MOST_PERSONS ? Problem.words("import.bounds.persons", MOST_PERSONS) : null;
      case PERCENT -> value < 0 || value > 100 ? Problem.words("import.bounds.percent") : null;
      case PROPORTION -> value < 0 || value > 1 ? Problem.words("import.bounds.proportion") : null;
      case RATE_PER_10000 -> value < 0 || value > 10_000 ? Problem.words("import.bounds.rate") : null;
      case SCORE -> null;
      // Net spend is expenditure less income, so it may be below 0; the importers refuse negative gross spend.
      case POUNDS -> Math.abs(value) > MOST_POUNDS ? Problem.words("import.bounds.pounds", MOST_POUNDS) : null;
    };
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
