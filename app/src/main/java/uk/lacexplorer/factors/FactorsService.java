package uk.lacexplorer.factors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/** Reads an authority's moderating factors and its nation's spread of them from the store. */
public final class FactorsService {
  /** The factors of the 2013 research's appendix 3 and the Census 2021 household deprivation, in the order shown. */
  public static final List<String> FACTORS = List.of("children_aged_under_1_pct", "children_aged_1_4_pct",
      "children_aged_5_9_pct", "children_aged_10_15_pct", "children_aged_16_17_pct", "household_size_mean",
      "population_density_per_km2", "households_deprived_0_dimensions_pct", "households_deprived_1_dimensions_pct",
      "households_deprived_2_dimensions_pct", "households_deprived_3_dimensions_pct",
      "households_deprived_4_dimensions_pct", "placed_in_foster_care_pct", "placed_for_adoption_pct",
      "placed_with_parents_pct");

  private final ObservationStore store;
  private final MeasureCatalogue measures;

  public FactorsService(ObservationStore store, MeasureCatalogue measures) {
    this.store = store;
    this.measures = measures;
  }

  public FactorsResult run(FactorsRequest request) {
    Area area = store.areas().resolve(request.area(), null);
    if (!area.isLocalAuthority()) throw UserError.of("error.factors.notAuthority", area.nameEn(), area.code().value());
    List<AreaCode> nation = store.areas().localAuthorities(area.nation()).stream().filter(each -> each.validTo() == null)
        .map(Area::code).toList();
    List<FactorsResult.Row> rows = new ArrayList<>();
    List<Measure> missing = new ArrayList<>();
    for (String id : FACTORS) {
      Optional<Measure> measure = measures.find(id);
      if (measure.isEmpty()) continue;
      Optional<Observation> latest = store.find(new ObservationQuery(id, List.of(area.code()), null, null,
              Observation.TOTAL)).stream().filter(each -> each.value() != null)
          .max(Comparator.comparingInt(Observation::period));
      if (latest.isEmpty()) {
        missing.add(measure.get());
        continue;
      }
      int year = latest.get().period();
      double[] values = store.find(new ObservationQuery(id, nation, year, year, Observation.TOTAL)).stream()
          .filter(each -> each.value() != null).mapToDouble(Observation::value).sorted().toArray();
      rows.add(new FactorsResult.Row(measure.get(), year, latest.get().value(), values.length, median(values),
          values[0], values[values.length - 1]));
    }
    return new FactorsResult(area, rows, missing);
  }

  /** The median of sorted values: the middle one, or the mean of the middle two. */
  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

}
