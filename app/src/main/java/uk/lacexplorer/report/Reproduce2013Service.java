package uk.lacexplorer.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.FunnelRequest;
import uk.lacexplorer.compare.FunnelResult;
import uk.lacexplorer.compare.FunnelService;
import uk.lacexplorer.disclosure.RateRows;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.rates.RatesRequest;

/**
 * Recomputes section 3 of the 2013 research (Wales, 31 March 2012) from the rates and funnel services, asked as the
 * commands listed in the result ask them: the same count measure, ONS populations aged 0–17 of the nearest year
 * (stated explicitly, so a change of the commands' defaults does not change the reproduction), exact Poisson funnel
 * limits without overdispersion (the 2013 report's "Poisson distribution"). Nothing is copied from the report but the
 * published values that are printed beside ours.
 */
public final class Reproduce2013Service {
  public static final int YEAR = 2012;
  public static final int CHANGE_FROM = 2005;
  public static final int CHANGE_TO = 2011;
  /** The research's five case-study authorities: Bridgend, Denbighshire, Newport, Rhondda Cynon Taf, Torfaen. */
  public static final Set<String> CASE_STUDIES = Set.of("W06000013", "W06000004", "W06000022", "W06000016", "W06000020");
  static final int TOP = 10;

  private final RateService rates;
  private final FunnelService funnels;
  private final Moderators2013 moderators;

  public Reproduce2013Service(RateService rates, FunnelService funnels, uk.lacexplorer.need.ModelService models) {
    this.rates = rates;
    this.funnels = funnels;
    this.moderators = new Moderators2013(models);
  }

  static RatesRequest ratesRequest(Nation nation, int year) {
    return new RatesRequest(nation, year, MeasureId.LOOKED_AFTER, DenominatorPolicy.NEAREST, PopulationSeries.ONS);
  }

  static FunnelRequest funnelRequest() {
    CountRequest counts = new CountRequest(List.of(Nation.WALES, Nation.ENGLAND), YEAR, MeasureId.LOOKED_AFTER,
        DenominatorPolicy.NEAREST, PopulationSeries.ONS);
    return FunnelRequest.parse(counts, "exact", "none", "sqrt", false);
  }

  public Reproduce2013Result run(Reproduce2013Request request) {
    List<RateRow> wales = RateRows.protect(rates.rates(ratesRequest(Nation.WALES, YEAR)));
    List<RateRow> from = RateRows.protect(rates.rates(ratesRequest(Nation.WALES, CHANGE_FROM)));
    List<RateRow> to = RateRows.protect(rates.rates(ratesRequest(Nation.WALES, CHANGE_TO)));
    List<RateRow> england = RateRows.protect(rates.rates(ratesRequest(Nation.ENGLAND, YEAR)));
    FunnelResult funnel = funnels.run(funnelRequest());
    Figures2013 figures = new Figures2013(wales, from, to, england, funnel);
    List<Reproduce2013Result.Line> lines = new ArrayList<>();
    for (Published2013.Figure published : Published2013.figures()) lines.add(figures.line(published));
    List<Reproduce2013Result.Factor> factors = moderators.run(YEAR, wales, england);
    List<String> commands = new ArrayList<>(List.of(
        "./lacx rates --nation wales --year " + YEAR + " --denominator nearest --population ons",
        "./lacx rates --nation wales --year " + CHANGE_FROM + " --denominator nearest --population ons",
        "./lacx rates --nation wales --year " + CHANGE_TO + " --denominator nearest --population ons",
        "./lacx rates --nation england --year " + YEAR + " --denominator nearest --population ons",
        "./lacx funnel --nation both --year " + YEAR + " --limits exact --overdispersion none --population ons"));
    for (Reproduce2013Result.Factor factor : factors) if (factor.fitted()) commands.add(factor.command());
    return new Reproduce2013Result(request.lang(), request.format(), lines, wales, from, to, england, funnel, factors,
        commands);
  }

  /** Our figure for each published one. */
  private static final class Figures2013 {
    private final List<RateRow> wales;
    private final RateRow walesRow;
    private final RateRow englandRow;
    private final Map<String, RateRow> from = new LinkedHashMap<>();
    private final Map<String, RateRow> to = new LinkedHashMap<>();
    private final List<RateRow> both;
    private final FunnelResult funnel;

    Figures2013(List<RateRow> wales, List<RateRow> from, List<RateRow> to, List<RateRow> england, FunnelResult funnel) {
      this.wales = wales.stream().filter(row -> !row.nation() && row.count() != null).toList();
      this.walesRow = wales.stream().filter(RateRow::nation).findFirst().orElseThrow();
      this.englandRow = england.stream().filter(RateRow::nation).findFirst().orElseThrow();
      for (RateRow row : from) this.from.put(row.areaCode().value(), row);
      for (RateRow row : to) this.to.put(row.areaCode().value(), row);
      List<RateRow> all = new ArrayList<>(this.wales);
      england.stream().filter(row -> !row.nation() && row.hasRate()).forEach(all::add);
      all.sort(Comparator.comparing(RateRow::rate).reversed().thenComparing(row -> row.areaCode().value()));
      this.both = List.copyOf(all);
      this.funnel = funnel;
    }

    Reproduce2013Result.Line line(Published2013.Figure figure) {
      String id = figure.id();
      if (id.matches("top_\\d+")) return ranked(figure, Integer.parseInt(id.substring(4)));
      return switch (id) {
        case "count_lowest" -> extreme(figure, RateRow::count, false, count());
        case "count_highest" -> extreme(figure, RateRow::count, true, count());
        case "count_denbighshire", "count_newport", "count_torfaen", "count_bridgend" -> one(figure, row(figure).count(), row(figure), count());
        case "rate_wales" -> one(figure, walesRow.rate(), walesRow, rateDenominator(walesRow));
        case "rate_england" -> one(figure, englandRow.rate(), englandRow, rateDenominator(englandRow));
        case "rate_lowest" -> extreme(figure, RateRow::rate, false, null);
        case "rate_highest" -> extreme(figure, RateRow::rate, true, null);
        case "rate_case_below" -> areas(figure, wales, row -> CASE_STUDIES.contains(code(row)) && row.rate() < walesRow.rate(), all());
        case "rate_case_above" -> areas(figure, wales, row -> CASE_STUDIES.contains(code(row)) && row.rate() > walesRow.rate(), all());
        case "above_wales" -> areas(figure, wales, row -> row.rate() > walesRow.rate(), all());
        case "below_england" -> areas(figure, wales, row -> row.rate() < englandRow.rate(), all());
        case "change_wales" -> change(figure, walesRow.areaCode().value(), walesRow);
        case "change_lowest" -> changeExtreme(figure, false, code -> true);
        case "change_highest" -> changeExtreme(figure, true, code -> true);
        case "change_newport" -> changeExtreme(figure, false, CASE_STUDIES::contains);
        case "funnel_within" -> funnelAreas(figure, Set.of("within", "above_95", "below_95"));
        case "funnel_below" -> funnelAreas(figure, Set.of("below_998"));
        case "top_welsh" -> topWelsh(figure);
        default -> throw new IllegalStateException("no recomputation for " + id);
      };
    }

    private static String code(RateRow row) {
      return row.areaCode().value();
    }

    private RateRow row(Published2013.Figure figure) {
      String code = figure.areas().get(0);
      return wales.stream().filter(row -> code(row).equals(code)).findFirst().orElseThrow();
    }

    private static Object[] count() {
      return new Object[] {"repro2013.den.count"};
    }

    private static Object[] rateDenominator(RateRow row) {
      return new Object[] {"repro2013.den.rate", Figures.count(row.denominator().population()),
          row.denominator().populationYear()};
    }

    private Object[] all() {
      return new Object[] {"repro2013.den.all", walesRow.denominator().populationYear()};
    }

    private Reproduce2013Result.Line one(Published2013.Figure figure, Double value, RateRow row, Object[] denominator) {
      return line(figure, value, List.of(row), denominator);
    }

    private Reproduce2013Result.Line extreme(Published2013.Figure figure, java.util.function.Function<RateRow, Double> of,
                                             boolean highest, Object[] denominator) {
      List<RateRow> rows = wales.stream().filter(row -> of.apply(row) != null).toList();
      double best = rows.stream().mapToDouble(of::apply).reduce(highest ? Math::max : Math::min).orElseThrow();
      List<RateRow> at = rows.stream().filter(row -> of.apply(row) == best).toList();
      return line(figure, best, at, denominator != null ? denominator : rateDenominator(at.get(0)));
    }

    private Reproduce2013Result.Line areas(Published2013.Figure figure, List<RateRow> rows, Predicate<RateRow> chosen,
                                           Object[] denominator) {
      return line(figure, null, rows.stream().filter(RateRow::hasRate).filter(chosen).toList(), denominator);
    }

    private Double change(String code) {
      RateRow first = from.get(code);
      RateRow last = to.get(code);
      if (first == null || last == null || !first.hasRate() || !last.hasRate()) return null;
      return last.rate() - first.rate();
    }

    private Object[] changeDenominator(String code) {
      RateRow first = from.get(code);
      RateRow last = to.get(code);
      return new Object[] {"repro2013.den.change", Figures.count(first.denominator().population()),
          first.denominator().populationYear(), Figures.count(last.denominator().population()),
          last.denominator().populationYear()};
    }

    private Reproduce2013Result.Line change(Published2013.Figure figure, String code, RateRow row) {
      return line(figure, change(code), List.of(row), changeDenominator(code));
    }

    private Reproduce2013Result.Line changeExtreme(Published2013.Figure figure, boolean highest, Predicate<String> among) {
      List<RateRow> rows = wales.stream().filter(row -> among.test(code(row)) && change(code(row)) != null).toList();
      Comparator<RateRow> order = Comparator.comparing(row -> change(code(row)));
      RateRow best = highest ? rows.stream().max(order).orElseThrow() : rows.stream().min(order).orElseThrow();
      return line(figure, change(code(best)), List.of(best), changeDenominator(code(best)));
    }

    private Reproduce2013Result.Line funnelAreas(Published2013.Figure figure, Set<String> positions) {
      List<FunnelResult.Point> points = funnel.points().stream()
          .filter(point -> point.areaCode().startsWith("W") && positions.contains(point.position())).toList();
      List<String> codes = points.stream().map(FunnelResult.Point::areaCode).toList();
      return new Reproduce2013Result.Line(figure, null, codes, points.stream().map(FunnelResult.Point::areaName).toList(),
          points.stream().map(FunnelResult.Point::areaNameCy).toList(), "repro2013.den.funnel",
          List.of(Figures.rate(funnel.pooledRatePer10k()), walesRow.denominator().populationYear()),
          agrees(figure, null, codes));
    }

    private Reproduce2013Result.Line ranked(Published2013.Figure figure, int place) {
      RateRow row = both.get(place - 1);
      return line(figure, row.rate(), List.of(row), rateDenominator(row));
    }

    private Reproduce2013Result.Line topWelsh(Published2013.Figure figure) {
      List<RateRow> top = both.subList(0, TOP);
      List<RateRow> welsh = top.stream().filter(row -> code(row).startsWith("W")).toList();
      return line(figure, (double) welsh.size(), welsh, all());
    }

    private Reproduce2013Result.Line line(Published2013.Figure figure, Double value, List<RateRow> rows, Object[] denominator) {
      List<String> codes = rows.stream().map(Figures2013::code).toList();
      List<Object> args = List.of(denominator).subList(1, denominator.length);
      return new Reproduce2013Result.Line(figure, value, codes, rows.stream().map(RateRow::areaName).toList(),
          rows.stream().map(RateRow::areaNameCy).toList(), (String) denominator[0], args, agrees(figure, value, codes));
    }

    /** Same value at the report's precision (half up), and the same areas (as a set) where the report names them. */
    static boolean agrees(Published2013.Figure figure, Double value, List<String> codes) {
      boolean sameAreas = figure.id().equals("top_welsh") || Set.copyOf(codes).equals(Set.copyOf(figure.areas()));
      if (figure.number() == null) return sameAreas;
      if (value == null) return false;
      double scale = Math.pow(10, figure.kind().decimals());
      double rounded = java.math.BigDecimal.valueOf(value).setScale(figure.kind().decimals(), java.math.RoundingMode.HALF_UP)
          .doubleValue();
      return sameAreas && Math.abs(rounded - figure.number()) < 0.5 / scale;
    }
  }
}
