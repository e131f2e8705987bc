package uk.lacexplorer.web.data;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.browse.DataRequest;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.web.Page;

/** The stored values of one measure as the browse page shows them, with the choices and the download address. */
public record BrowseModel(Measure measure, List<Measure> measures, String nation, Integer from, Integer to,
                          List<Integer> periods, List<Row> rows, String csvPath, String apiPath) {

  /** One stored value, written for people. */
  public record Row(String code, String name, int period, String breakdown, String value, String flags, String source) {
  }

  static BrowseModel of(Application services, Page page, Measure measure, DataRequest request, List<Integer> periods,
                        List<Observation> observations) {
    AreaRegistry registry = services.store().areas();
    List<Row> rows = new ArrayList<>();
    for (Observation o : observations) {
      List<String> flags = new ArrayList<>();
      for (Flag flag : o.flags()) flags.add(page.text("flag." + flag.id()));
      rows.add(new Row(o.area().value(), page.name(registry.get(o.area())), o.period(), o.breakdown(),
          o.value() == null ? page.text("rates.noValue") : page.format().number(o.value(), o.value() == Math.rint(o.value()) ? 0 : 2),
          String.join("; ", flags), o.sourceId()));
    }
    StringJoiner query = new StringJoiner("&");
    query.add("measure=" + encode(measure.id()));
    for (String area : request.areas()) query.add("area=" + encode(area));
    if (request.nation() != null) query.add("nation=" + request.nation().id());
    if (request.from() != null) query.add("from=" + request.from());
    if (request.to() != null) query.add("to=" + request.to());
    return new BrowseModel(measure, List.copyOf(services.measures().all()),
        request.nation() == null ? null : request.nation().id(), request.from(), request.to(),
        periods, rows, "/data/download/data.csv?" + query, "/api/v1/data?" + query);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
