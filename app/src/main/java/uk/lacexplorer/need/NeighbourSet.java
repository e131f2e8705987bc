package uk.lacexplorer.need;

import java.util.List;
import uk.lacexplorer.stats.peers.PeerComparison;

/**
 * An authority's k nearest neighbours on standardised covariates (nearest first) and its rate against theirs.
 *
 * @param variant what distinguishes this set in a sensitivity analysis ("as asked", "without x", "k = 7", ...)
 */
public record NeighbourSet(String variant, AuthorityNeed authority, List<String> covariates, String metric, int k,
                           List<Neighbour> neighbours, PeerComparison comparison) {
  public NeighbourSet {
    covariates = List.copyOf(covariates);
    neighbours = List.copyOf(neighbours);
  }

  public record Neighbour(AuthorityNeed authority, double distance) {
  }
}
