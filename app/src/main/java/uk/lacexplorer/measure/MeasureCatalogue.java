package uk.lacexplorer.measure;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.i18n.UserError;

/**
 * The measures LAC Explorer knows, read from {@code measures.csv} on the class path (curated by the project, not
 * imported). Immutable and thread-safe.
 */
public final class MeasureCatalogue {
  private final Map<String, Measure> byId = new LinkedHashMap<>();

  public MeasureCatalogue(Collection<Measure> measures) {
    for (Measure measure : measures) {
      if (byId.put(measure.id(), measure) != null) throw new IllegalArgumentException("duplicate measure " + measure.id());
    }
    for (Measure measure : measures) {
      if (measure.hasDenominator() && !byId.containsKey(measure.denominator())) {
        throw new IllegalArgumentException(measure.id() + " names unknown denominator " + measure.denominator());
      }
    }
  }

  public static MeasureCatalogue standard() {
    try (InputStream in = MeasureCatalogue.class.getResourceAsStream("/measures.csv");
         CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      var measures = reader.stream().map(row -> new Measure(
          row.getField("id"), row.getField("label"), row.getField("label_cy"), Unit.valueOf(row.getField("unit")),
          row.getField("period"), row.getField("definition"), row.getField("source"), row.getField("denominator")))
          .toList();
      return new MeasureCatalogue(measures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Collection<Measure> all() {
    return byId.values();
  }

  public Optional<Measure> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The resources of children's services (the social-work workforce): percentages and scores, but measures of what
   * an authority provides, not of its children's need, so never offered as a default need factor.
   */
  public static final java.util.Set<String> RESOURCES = java.util.Set.of("social_worker_caseload",
      "social_worker_agency_rate", "social_worker_turnover_rate", "social_worker_vacancy_rate",
      // spend and the workforce against the children (branch resources): covariates only when asked for by name
      "spend_cla_gross", "spend_cla_net", "spend_cla_residential_gross", "spend_cla_fostering_gross", "spend_csc_gross",
      "spend_csc_net", "spend_cla_per_child_looked_after",
      "spend_csc_per_child", "spend_cla_share_of_csc", "social_workers_per_10000",
      "children_looked_after_per_social_worker",
      // DfE's statistical neighbours: a peer group stored as ranks and bands, never a need factor
      "dfe_statistical_neighbour_rank", "dfe_statistical_neighbour_closeness");

  /** The placement mix at 31 March: what care looks like once a child is in it, not the need for it. */
  public static final java.util.Set<String> PLACEMENT_MIX = java.util.Set.of("placed_in_foster_care_pct",
      "placed_for_adoption_pct", "placed_with_parents_pct");

  /** A percentage or score of need (deprivation, low income, family structure, unemployment), not a resource. */
  public static boolean isNeedFactor(Measure measure) {
    return (measure.unit() == Unit.PERCENT || measure.unit() == Unit.SCORE) && !RESOURCES.contains(measure.id())
        && !PLACEMENT_MIX.contains(measure.id());
  }

  public Measure get(String id) {
    Measure measure = byId.get(id);
    if (measure == null) throw UserError.of("error.measure.unknown", uk.lacexplorer.i18n.Choices.shorten(String.valueOf(id)));
    return measure;
  }

  public Measure get(MeasureId id) {
    return get(id.value());
  }
}
