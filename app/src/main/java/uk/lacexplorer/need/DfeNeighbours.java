package uk.lacexplorer.need;

import java.util.List;
import uk.lacexplorer.stats.peers.PeerComparison;

/**
 * DfE's statistical neighbours of one English authority (closest first) with their rates, and, when compared, the
 * need-based neighbours beside them.
 *
 * @param need the need-based set when a comparison was asked for, or null
 */
public record DfeNeighbours(String areaCode, String areaName, String areaNameCy, int year, String measure,
                            PeerMethod method, Double ratePer10000, List<Peer> peers, PeerComparison comparison,
                            NeighbourSet need) {
  public DfeNeighbours {
    peers = List.copyOf(peers);
  }

  /** One DfE neighbour: its rank (1 closest), DfE's closeness band (1 extremely close … 5 not close) and its rate. */
  public record Peer(String areaCode, String areaName, String areaNameCy, int rank, int band, Double ratePer10000) {
  }

  /** The need-based neighbours that are also DfE's. */
  public List<String> shared() {
    if (need == null) return List.of();
    List<String> dfe = peers.stream().map(Peer::areaCode).toList();
    return need.neighbours().stream().map(n -> n.authority().code().value()).filter(dfe::contains).toList();
  }
}
