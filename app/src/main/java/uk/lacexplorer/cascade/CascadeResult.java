package uk.lacexplorer.cascade;

import java.util.List;
import java.util.Optional;

/**
 * An authority's cascade for one year, with its neighbours and the figure where it departs most from them.
 *
 * @param factor the need factor the neighbours were chosen on (null when there are none) and its year
 * @param departure the figure whose ratio to the neighbours' median is furthest from 1 once its 95% interval is
 *     counted, or null when every interval includes 1 or there are no neighbours
 */
public record CascadeResult(CascadeRequest request, String areaCode, String areaName, String areaNameCy, String nation,
                            int year, String factor, Integer factorYear, List<Neighbour> neighbours,
                            List<CascadeFigure> figures, CascadeFigure departure, List<String> notes) {
  public CascadeResult {
    neighbours = List.copyOf(neighbours);
    figures = List.copyOf(figures);
    notes = List.copyOf(notes);
  }

  public record Neighbour(String code, String name, String nameCy) {
  }

  public Optional<CascadeFigure> figure(String measure, String figure) {
    return figures.stream().filter(f -> f.stage().measure().equals(measure) && f.figure().equals(figure)).findFirst();
  }
}
