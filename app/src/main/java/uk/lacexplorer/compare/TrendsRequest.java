package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;

/**
 * The trends of one or several authorities on one table ({@code ./lacx trend --area A,B,C}), each counted the same
 * way: the areas as typed (names or codes, in order, each once) and how the series are counted.
 */
public record TrendsRequest(List<String> areas, SeriesRequest series) {
  /** At most this many authorities on one table or chart. */
  public static final int MAX_AREAS = 10;

  public TrendsRequest {
    if (areas == null || areas.isEmpty()) throw UserError.of("error.option.required", Arg.option("area"));
    areas = List.copyOf(areas);
    if (areas.size() > MAX_AREAS) throw UserError.of("error.trend.tooManyAreas", areas.size(), MAX_AREAS);
    Objects.requireNonNull(series, "series");
  }

  /** Names or codes separated by commas; blanks are ignored and a repeated one counts once. */
  public static TrendsRequest parse(String text, SeriesRequest series) {
    if (text == null || text.isBlank()) throw UserError.of("error.option.required", Arg.option("area"));
    LinkedHashSet<String> areas = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) areas.add(part.strip());
    }
    return new TrendsRequest(new ArrayList<>(areas), series);
  }

  /** One authority's request. */
  public static TrendsRequest of(TrendRequest one) {
    return new TrendsRequest(List.of(one.area()), one.series());
  }

  public List<TrendRequest> each() {
    return areas.stream().map(area -> new TrendRequest(area, series)).toList();
  }

  /** The areas joined again, as one name that may itself hold commas ("Rhondda, Cynon, Taff"). */
  public String joined() {
    return String.join(", ", areas);
  }
}
