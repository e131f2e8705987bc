package uk.lacexplorer.web.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.lacexplorer.Services;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.cli.Report;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.rates.YearRanges;
import uk.lacexplorer.store.ObservationQuery;

/** Stored values as {@code ./lacx data --format json|csv} prints them: the same options, columns and errors. */
final class DataTable {
  static final List<String> COLUMNS = List.of("area_code", "area_name", "measure", "period", "breakdown", "value",
      "flags", "source_id", "source_title");

  /** What to show: options named as on the command line. */
  record Request(String measure, List<String> areas, String nation, Integer from, Integer to, boolean allBreakdowns) {
  }

  private DataTable() {
  }

  static List<Observation> observations(Services services, Request request) {
    Measure wanted = services.measures().get(request.measure());
    if (request.from() != null && request.to() != null && request.from() > request.to()) {
      throw new UserError("from " + request.from() + " is after to " + request.to());
    }
    AreaRegistry registry = services.store().areas();
    List<AreaCode> codes = new ArrayList<>();
    for (String name : request.areas()) codes.add(registry.resolve(name, request.to()).code());
    if (codes.isEmpty() && request.nation() != null) {
      Nation chosen = Nation.parse(request.nation());
      registry.all().stream().filter(area -> area.nation() == chosen).map(Area::code).forEach(codes::add);
    }
    List<Observation> observations = services.store().find(new ObservationQuery(wanted.id(), codes, request.from(),
        request.to(), request.allBreakdowns() ? null : ""));
    if (observations.isEmpty()) {
      List<Integer> periods = services.store().periods(wanted.id(), codes);
      throw new UserError("no %s for %s%s: %s".formatted(wanted.id(),
          codes.isEmpty() ? "any area" : codes.stream().map(code -> registry.get(code).nameEn()).collect(Collectors.joining(", ")),
          request.from() == null && request.to() == null ? ""
              : " in " + (request.from() == null ? "…" : request.from()) + "–" + (request.to() == null ? "…" : request.to()),
          periods.isEmpty() ? "nothing is stored for it" : "periods with data are " + YearRanges.describe(periods)));
    }
    return observations;
  }

  static Report report(Services services, List<Observation> observations) {
    AreaRegistry registry = services.store().areas();
    Map<String, Source> sources = services.store().sources().stream()
        .collect(Collectors.toMap(Source::id, Function.identity()));
    List<List<Object>> rows = new ArrayList<>();
    for (Observation o : observations) {
      Source source = sources.get(o.sourceId());
      rows.add(Arrays.asList(o.area().value(), registry.get(o.area()).nameEn(), o.measure(), o.period(), o.breakdown(),
          o.value(), Flag.join(o.flags()), o.sourceId(), source == null ? "" : source.title()));
    }
    return Report.of(COLUMNS, rows, List.of());
  }
}
