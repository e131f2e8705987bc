package uk.lacexplorer.need;

import java.util.List;
import uk.lacexplorer.stats.decompose.EntryDurationDecomposition;
import uk.lacexplorer.stats.decompose.ExitRoutes;

/**
 * An authority's gap to its neighbours' pooled rate in care, split into entries and time in care, with the routes out.
 *
 * @param routes one entry per route with data (empty when the store holds no leavers by reason)
 */
public record Decomposition(NeighbourSet neighbours, double authorityEntries, double neighbourEntries,
                            EntryDurationDecomposition split, double authorityLeavers, double neighbourLeavers,
                            List<ExitRoutes.Route> routes, List<String> notes) {
  public Decomposition {
    routes = List.copyOf(routes);
    notes = List.copyOf(notes);
  }
}
