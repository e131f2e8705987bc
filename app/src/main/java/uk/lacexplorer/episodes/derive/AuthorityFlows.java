package uk.lacexplorer.episodes.derive;

import java.util.List;

/**
 * The yearly flows of one authority (one per reporting period, in order), with how many episodes were left out and
 * why.
 *
 * @param shortBreakEpisodes episodes with legal status V3/V4 (left out by definition)
 * @param unreadableEpisodes episodes without a child id, with an unreadable date or ending before they start
 *                           (validation reports each one)
 */
public record AuthorityFlows(String laCode, List<YearlyFlows> years, ReportingPeriods periods, int episodes,
                             int shortBreakEpisodes, int unreadableEpisodes) {
  public AuthorityFlows {
    years = List.copyOf(years);
  }
}
