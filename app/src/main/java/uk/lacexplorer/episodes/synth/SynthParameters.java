package uk.lacexplorer.episodes.synth;

import uk.lacexplorer.i18n.UserError;

/**
 * What {@code synth903} generates. Defaults are set to look like England's looked-after population in the 2010s and
 * 2020s (DfE "Children looked after in England" releases): a fifth of entrants under 1, a third aged 10 to 15; a
 * third of periods ending in a return home, two-thirds of those within six months and a fifth after a year.
 *
 * <p>Each period of care draws its exit route and duration at entry:
 * <ul>
 *   <li>with probability {@code homeWithin6Months} it ends in a return home (E4A/E4B) within 182 days;</li>
 *   <li>with probability {@code homeWithin6To12Months} in a return home after 183 to 365 days;</li>
 *   <li>with probability {@code homeAfter12Months} in a return home after more than 365 days;</li>
 *   <li>otherwise by an age-dependent route (adoption, special guardianship, child arrangements order, other
 *       reasons, independent living) or by staying until the 18th birthday.</li>
 * </ul>
 * Entry ages are capped at 17, so no return home within a year is cut short by the 18th birthday: the share of
 * entrants home within 6 months is exactly {@code homeWithin6Months}, and within 12 months exactly
 * {@code homeWithin6Months + homeWithin6To12Months}; the time-in-care estimates must recover them.
 *
 * @param children        children written (those looked after at some time in the collection window)
 * @param years           collection years: the window runs from 1 April of {@code endYear - years} to 31 March
 *                        {@code endYear}
 * @param seed            random seed: the same parameters and seed give the same files
 * @param authorities     number of authorities; above 1 a national extract, one folder per authority (real English
 *                        authority codes, children shared out in proportion to their 2024 looked-after numbers)
 * @param endYear         the last year ending 31 March
 * @param burnInYears     years before the window in which entries are also simulated, so that the first years'
 *                        31 March counts include children who entered earlier
 * @param homeWithin6Months     share of periods ending in a return home within 182 days
 * @param homeWithin6To12Months share ending in a return home after 183 to 365 days
 * @param homeAfter12Months     share ending in a return home after more than 365 days
 * @param reentryAfterHome      chance that a child who went home enters care again (after a gap of about 10 months
 *                              on average), while under 17 and before the window ends
 * @param movesPerYear          placement moves per year in care (a Poisson rate; doubled in the first year)
 * @param shortBreakShare       share of children who only have short breaks (V3, left out of every count)
 */
public record SynthParameters(int children, int years, long seed, int authorities, int endYear, int burnInYears,
                              double homeWithin6Months, double homeWithin6To12Months, double homeAfter12Months,
                              double reentryAfterHome, double movesPerYear, double shortBreakShare) {
  public SynthParameters {
    if (children < 1) throw UserError.of("error.episodes.synthAtLeast", uk.lacexplorer.i18n.Arg.option("children"), 1);
    if (years < 1 || years > 60) throw UserError.of("error.episodes.synthBetween", uk.lacexplorer.i18n.Arg.option("years"), 1, 60);
    if (authorities < 1 || authorities > 155) {
      throw UserError.of("error.episodes.synthBetween", uk.lacexplorer.i18n.Arg.option("authorities"), 1, 155);
    }
    double home = homeWithin6Months + homeWithin6To12Months + homeAfter12Months;
    if (homeWithin6Months < 0 || homeWithin6To12Months < 0 || homeAfter12Months < 0 || home > 0.9) {
      throw UserError.of("error.episodes.synthHomeShares");
    }
    if (reentryAfterHome < 0 || reentryAfterHome > 1 || shortBreakShare < 0 || shortBreakShare > 0.5
        || movesPerYear < 0) {
      throw UserError.of("error.episodes.synthShares");
    }
  }

  public static SynthParameters defaults(int children, int years, long seed, int authorities) {
    return new SynthParameters(children, years, seed, authorities, 2024, 8, 0.22, 0.05, 0.07, 0.25, 0.35, 0.015);
  }

  public SynthParameters withEndYear(int year) {
    return new SynthParameters(children, years, seed, authorities, year, burnInYears, homeWithin6Months,
        homeWithin6To12Months, homeAfter12Months, reentryAfterHome, movesPerYear, shortBreakShare);
  }

  /** The share of entrants home within 12 months (365 days). */
  public double homeWithin12Months() {
    return homeWithin6Months + homeWithin6To12Months;
  }
}
