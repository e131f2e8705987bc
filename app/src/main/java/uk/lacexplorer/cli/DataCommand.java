package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.store.ObservationQuery;

@Command(name = "data", mixinStandardHelpOptions = true,
    description = "Show stored values of one measure with their flags and provenance.")
final class DataCommand extends ReportCommand {
  @Option(names = "--measure", required = true, description = "Measure id (see ./lacx measures).")
  String measure;

  @Option(names = "--area", split = ",", description = "Area names or codes (repeatable or comma-separated).")
  List<String> areas = new ArrayList<>();

  @Option(names = "--nation", paramLabel = "wales|england", description = "All areas of a nation (when no --area).")
  String nation;

  @Option(names = "--from", description = "First period (year).")
  Integer from;

  @Option(names = "--to", description = "Last period (year).")
  Integer to;

  @Option(names = "--all-breakdowns", description = "Include breakdowns (sex, age, …), not only totals.")
  boolean allBreakdowns;

  @Override
  protected Report report(Services services) {
    Measure wanted = services.measures().get(measure);
    if (from != null && to != null && from > to) throw new UserError("--from " + from + " is after --to " + to);
    AreaRegistry registry = services.store().areas();
    List<AreaCode> codes = new ArrayList<>();
    for (String name : areas) codes.add(registry.resolve(name, to).code());
    if (codes.isEmpty() && nation != null) {
      Nation chosen = Nation.parse(nation);
      registry.all().stream().filter(area -> area.nation() == chosen).map(Area::code).forEach(codes::add);
    }
    ObservationQuery query = new ObservationQuery(wanted.id(), codes, from, to, allBreakdowns ? null : "");
    List<Observation> observations = services.store().find(query);
    if (observations.isEmpty()) {
      throw new UserError("no %s for %s%s: %s".formatted(wanted.id(),
          codes.isEmpty() ? "any area" : codes.stream().map(code -> registry.get(code).nameEn()).collect(Collectors.joining(", ")),
          from == null && to == null ? "" : " in " + (from == null ? "…" : from) + "–" + (to == null ? "…" : to),
          describePeriods(services, wanted.id(), codes)));
    }
    Map<String, Source> sources = services.store().sources().stream()
        .collect(Collectors.toMap(Source::id, Function.identity()));
    List<List<Object>> rows = new ArrayList<>();
    for (Observation o : observations) {
      Source source = sources.get(o.sourceId());
      rows.add(Arrays.asList(o.area().value(), registry.get(o.area()).nameEn(), o.measure(), o.period(), o.breakdown(),
          o.value(), Flag.join(o.flags()), o.sourceId(), source == null ? "" : source.title()));
    }
    List<String> notes = new ArrayList<>();
    notes.add(wanted.label() + " (" + wanted.period() + "). " + wanted.definition());
    observations.stream().map(Observation::sourceId).distinct().map(sources::get).filter(s -> s != null)
        .forEach(s -> notes.add("Source " + s.id() + ": " + s.title() + ", " + s.publisher() + " (" + s.licence() + ")"
            + (s.file().isEmpty() ? "" : ", file " + s.file())));
    return Report.of(List.of("area_code", "area_name", "measure", "period", "breakdown", "value", "flags", "source_id",
        "source_title"), rows, notes);
  }

  private static String describePeriods(Services services, String measure, List<AreaCode> codes) {
    List<Integer> periods = services.store().periods(measure, codes);
    return periods.isEmpty() ? "nothing is stored for it"
        : "periods with data are " + uk.lacexplorer.rates.YearRanges.describe(periods);
  }
}
