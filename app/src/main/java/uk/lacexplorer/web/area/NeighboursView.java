package uk.lacexplorer.web.area;

import java.util.List;

/** Statistical neighbours from {@code ./lacx neighbours}: a sentence on the authority's position and one row each. */
public record NeighboursView(String summary, List<List<String>> rows) {
}
