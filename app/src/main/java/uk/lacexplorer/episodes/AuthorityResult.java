package uk.lacexplorer.episodes;

import java.util.List;
import uk.lacexplorer.episodes.derive.AuthorityFlows;
import uk.lacexplorer.episodes.derive.CollectionWindow;
import uk.lacexplorer.episodes.derive.ProfileDeriver;
import uk.lacexplorer.episodes.survival.CarePeriods;
import uk.lacexplorer.episodes.validate.Finding;

/**
 * What was worked out for one authority; parts not asked for are null. The tables themselves are not kept, so a
 * national extract is processed one authority at a time in bounded memory.
 *
 * @param window the collection years used (given or inferred); null when the authority has no usable episodes
 */
public record AuthorityResult(String laCode, int episodes, int children, CollectionWindow window,
                              List<Finding> findings, AuthorityFlows flows, CarePeriods periods,
                              List<ProfileDeriver.Profile> profiles) {
}
