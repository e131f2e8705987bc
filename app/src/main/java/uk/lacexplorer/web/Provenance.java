package uk.lacexplorer.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.store.ObservationStore;

/** The lines a downloaded table carries after its rows: where the numbers come from, their licence, and when. */
public final class Provenance {
  private Provenance() {
  }

  /**
   * @param sourceIds the sources of the observations in the table
   * @param measures the measures used (their catalogue source is named when no stored source is known)
   * @param method how the table was computed, or null for stored values
   */
  public static List<String> lines(ObservationStore store, Collection<String> sourceIds, Collection<Measure> measures,
                                   String method) {
    List<String> lines = new ArrayList<>();
    if (method != null) lines.add(method);
    for (String id : new LinkedHashSet<>(sourceIds)) {
      Optional<Source> source = store.source(id);
      source.ifPresent(s -> lines.add("Source: " + s.title() + (s.publisher().isEmpty() ? "" : ", " + s.publisher())
          + (s.file().isEmpty() ? "" : " (file " + s.file() + ")") + ". Licence: " + s.licence() + "."));
    }
    for (Measure measure : measures) {
      lines.add("Measure " + measure.id() + ": " + measure.label() + " (" + measure.period() + "); source: "
          + measure.source() + ".");
    }
    lines.add("Contains public sector information licensed under the Open Government Licence v3.0.");
    lines.add("Downloaded from LAC Explorer on " + LocalDate.now() + ".");
    return lines;
  }
}
