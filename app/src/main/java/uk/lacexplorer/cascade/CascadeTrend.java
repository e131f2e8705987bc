package uk.lacexplorer.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/**
 * {@code ./lacx cascade trend --area A}: every stage's rate and conversion in every year the loaded data hold a
 * referral or a child looked after for the authority, beside the nation's (the cascade of each year, without the
 * neighbours' columns). Its own request (the authority), service ({@link #run}) and mapper ({@link #output}).
 */
public final class CascadeTrend {
  public static final List<Column> COLUMNS = List.of(Column.whole("year"), Column.text("stage"), Column.text("figure"),
      Column.text("from_stage"), Column.whole("count"), Column.whole("base"), Column.rate("value"),
      Column.rate("ci95_lower"), Column.rate("ci95_upper"), Column.rate("national_value"), Column.text("funnel_position"),
      Column.text("status"), Column.text("load_table"));

  /** The authority, a name or code. */
  public record Request(String area) {
    public Request {
      if (area == null || area.isBlank()) throw UserError.of("error.option.required", uk.lacexplorer.i18n.Arg.option("area"));
      area = area.strip();
    }
  }

  public record Result(Request request, String areaCode, String areaName, List<CascadeResult> years) {
    public Result {
      years = List.copyOf(years);
    }
  }

  private final CascadeService cascade;

  public CascadeTrend(CascadeService cascade) {
    this.cascade = cascade;
  }

  public Result run(Request request) {
    Area area = cascade.areas().resolve(request.area(), null);
    if (!area.isLocalAuthority()) throw UserError.of("error.cascade.notAuthority", area.nameEn());
    TreeSet<Integer> years = new TreeSet<>();
    for (Stage stage : Stage.ALL) {
      if (stage.kind() == Stage.Kind.FLOW) years.addAll(cascade.periods(stage.measure(), area));
    }
    if (years.isEmpty()) {
      // no step before care is held (every Welsh authority until its StatsWales tables are loaded): the years of the
      // stocks and exits, so that each year shows which steps are missing and which table gives them
      for (Stage stage : Stage.ALL) if (stage.counted()) years.addAll(cascade.periods(stage.measure(), area));
    }
    if (years.isEmpty()) throw UserError.of("error.cascade.noData", area.nameEn());
    return new Result(request, area.code().value(), area.nameEn(), cascade.withoutNeighbours(area, List.copyOf(years)));
  }

  public static Output output(Result result) {
    List<List<Object>> rows = new ArrayList<>();
    for (CascadeResult year : result.years()) {
      for (CascadeFigure f : year.figures()) {
        if (f.stage().kind() != Stage.Kind.FLOW) continue;
        rows.add(Output.row(year.year(), f.stage().measure(), f.figure(), f.from(), f.count(), f.base(), f.value(),
            f.lower(), f.upper(), f.national(), f.position(), CascadeText.status(uk.lacexplorer.i18n.Lang.EN, f.status()),
            CascadeText.loadTable(uk.lacexplorer.i18n.Lang.EN, year.nation(), f)));
      }
    }
    List<String> notes = List.of(result.areaName() + " (" + result.areaCode() + "): each stage from referral to care, "
        + "every year the loaded data hold one. rate_per_10000 with exact Poisson 95% CI; per_100_previous with Wilson "
        + "95% CI; funnel_position against the nation's authorities that year.");
    java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("area_code", result.areaCode());
    json.put("area_name", result.areaName());
    json.put("rows", Output.objects(COLUMNS, rows));
    return new Output(COLUMNS, rows, notes, json);
  }
}
