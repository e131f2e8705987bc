package uk.lacexplorer.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.FunnelResult;
import uk.lacexplorer.compare.TrendResult;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.projection.ProjectionResult;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.selfeval.ItemResult;
import uk.lacexplorer.selfeval.RoundResults;
import uk.lacexplorer.selfeval.Summary;

/**
 * A report as one HTML document (XHTML, so the PDF renderer reads the same text): headings, the sentences of
 * {@link Narrative}, each chart as inline SVG followed by a sentence that says what it shows, every chart's table in
 * the appendix, the command lines that reproduce the numbers, and the sources with the Open Government Licence.
 */
public final class ReportHtml {
  private final ReportResult result;
  private final Narrative n;
  private final StringBuilder out = new StringBuilder();
  private final List<String[]> bookmarks = new ArrayList<>();
  private final StringBuilder appendix = new StringBuilder();
  private final String name;
  private final boolean welshPlace;
  private int tables;

  private ReportHtml(ReportResult result, Messages messages) {
    this.result = result;
    this.n = new Narrative(messages, result.request().lang());
    this.name = n.name(result.area().nameEn(), result.area().nameCy());
    this.welshPlace = result.area().nation() == Nation.WALES;
  }

  /** The report as an XHTML document in the request's language. */
  public static String render(ReportResult result, Messages messages) {
    return new ReportHtml(result, messages).document();
  }

  /** The document's title (also the PDF's title). */
  public static String title(ReportResult result, Messages messages) {
    Narrative n = new Narrative(messages, result.request().lang());
    return n.text("report.title", n.name(result.area().nameEn(), result.area().nameCy()), result.year());
  }

  private String document() {
    StringBuilder body = out;
    section("summary", n.text("report.summary.heading"));
    List<String> points = new ArrayList<>();
    points.add(againstNation());
    TrendResult.Trend trend = result.trend().trend();
    points.add(n.trend(trend.direction(), trend.years(), trend.slopePer10kPerYear()));
    if (result.need() != null) points.add(needSentence());
    for (ReportResult.Peers peers : result.neighbours()) points.add(peersSentence(peers));
    body.append("<ul class=\"points\">");
    for (String point : points) body.append("<li>").append(esc(point)).append("</li>");
    body.append("</ul><p class=\"frame\">").append(esc(n.noTarget())).append("</p>");
    trendSection();
    funnelSection();
    needSection();
    neighboursSection();
    flowsSection();
    cascadeSection();
    projectionSection();
    selfevalSection();
    gapsSection();
    section("appendix", n.text("report.appendix.heading"));
    body.append("<p>").append(esc(n.text("report.appendix.lead"))).append(' ')
        .append(esc(n.text("report.appendix.disclosure"))).append("</p>").append(appendix);
    reproduceSection();
    sourcesSection();
    return head() + "<body><main><h1 id=\"top\">" + esc(title(result)) + "</h1><p class=\"lead\">"
        + esc(n.text("report.lead", n.name(result.area().nameEn(), result.area().nameCy()), result.area().code().value(),
        result.year())) + "</p>" + contents() + body + "</main></body></html>";
  }

  private String title(ReportResult result) {
    return n.text("report.title", name, result.year());
  }

  private String head() {
    StringBuilder head = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(n.lang().code()).append("\" xml:lang=\"").append(n.lang().code()).append("\"><head><meta charset=\"utf-8\"/>")
        .append("<title>").append(esc(title(result))).append("</title>")
        .append("<meta name=\"subject\" content=\"").append(esc(n.text("report.subject"))).append("\"/>")
        .append("<meta name=\"author\" content=\"LAC Explorer\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<style>").append(STYLE).append("</style>");
    head.append("<bookmarks>");
    for (String[] mark : bookmarks) {
      head.append("<bookmark name=\"").append(esc(mark[1])).append("\" href=\"#").append(mark[0]).append("\"/>");
    }
    head.append("</bookmarks></head>");
    return head.toString();
  }

  private String contents() {
    StringBuilder list = new StringBuilder("<nav aria-labelledby=\"contents\"><h2 id=\"contents\">")
        .append(esc(n.text("report.contents"))).append("</h2><ol>");
    for (String[] mark : bookmarks) {
      list.append("<li><a href=\"#").append(mark[0]).append("\" title=\"").append(esc(mark[1])).append("\">")
          .append(esc(mark[1])).append("</a></li>");
    }
    return list.append("</ol></nav>").toString();
  }

  private void section(String id, String heading) {
    bookmarks.add(new String[] {id, heading});
    out.append("<h2 id=\"").append(id).append("\">").append(esc(heading)).append("</h2>");
  }

  private void figure(String svg, String sentence, String tableId) {
    out.append("<figure>").append(svg).append("<figcaption>").append(esc(sentence)).append(' ')
        .append("<a href=\"#").append(tableId).append("\" title=\"").append(esc(n.text("report.seeTable")))
        .append("\">").append(esc(n.text("report.seeTable"))).append("</a>")
        .append("</figcaption></figure>");
  }

  /** A table in the appendix; returns its id. */
  private String table(String caption, String[] headers, List<String[]> rows) {
    String id = "table-" + (++tables);
    writeTable(appendix, id, n.text("report.tableNumber", tables) + " " + caption, headers, rows);
    return id;
  }

  /** A table with a caption, column headers and each row's first cell as its header. */
  private static void writeTable(StringBuilder to, String id, String caption, String[] headers, List<String[]> rows) {
    to.append("<table id=\"").append(id).append("\"><caption>").append(esc(caption)).append("</caption><thead><tr>");
    for (String header : headers) to.append("<th scope=\"col\">").append(esc(header)).append("</th>");
    to.append("</tr></thead><tbody>");
    for (String[] row : rows) {
      to.append("<tr>");
      for (int i = 0; i < row.length; i++) {
        to.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(esc(row[i])).append(i == 0 ? "</th>" : "</td>");
      }
      to.append("</tr>");
    }
    to.append("</tbody></table>");
  }

  /** "in Cardiff" / "yng Nghaerdydd": the authority after "in", with the nasal mutation of a Welsh place. */
  private String inPlace() {
    return n.lang().welsh() ? Welsh.in(name, welshPlace) : n.text("report.in", name);
  }

  private String nationName() {
    return n.text("nation." + result.area().nation().id());
  }

  private String againstNation() {
    RateRow rate = result.rate();
    FunnelResult.Point point = result.funnelPoint();
    TrendResult.Year year = result.trendYear();
    String position = point == null ? "within" : point.position();
    double national = result.nationRate() != null && result.nationRate().hasRate() ? result.nationRate().rate()
        : result.funnel().pooledRatePer10k();
    return n.againstNation(name, result.area().nation(), rate.rate(), rate.lower(), rate.upper(), national, position,
        year == null ? null : year.comparison998());
  }

  private String needSentence() {
    ReportResult.Need need = result.need();
    NeedModel.AreaRatio ratio = need.ratio();
    return n.need(name, welshPlace, n.name(need.factorLabel(), need.factorLabelCy()), need.factorYear(),
        ratio.observed(), ratio.expected(), ratio.ratio(), ratio.lower(), ratio.upper(), ratio.position());
  }

  private String peersSentence(ReportResult.Peers peers) {
    List<Narrative.Interval> intervals = new ArrayList<>();
    for (RateRow row : peers.rows()) intervals.add(new Narrative.Interval(n.name(row.areaName(), row.areaNameCy()),
        row.lower(), row.upper()));
    RateRow own = peers.authority();
    String scope = peers.scope().equals("both") ? "both" : result.area().nation().id();
    return n.neighbours(new Narrative.Interval(name, own.lower(), own.upper()), intervals, scope);
  }

  private void trendSection() {
    section("trend", n.text("report.trend.heading"));
    out.append("<p>").append(esc(againstNation())).append("</p>");
    TrendResult.Trend trend = result.trend().trend();
    out.append("<p>").append(esc(n.trend(trend.direction(), trend.years(), trend.slopePer10kPerYear()))).append("</p>");
    List<TrendResult.Year> years = result.trend().years().stream().filter(y -> y.ratePer10k() != null).toList();
    double max = 0;
    for (TrendResult.Year y : years) {
      max = Math.max(max, y.upper95());
      if (y.nationalRatePer10k() != null) max = Math.max(max, y.nationalRatePer10k());
    }
    int first = years.get(0).year();
    int last = years.get(years.size() - 1).year();
    String nationPhrase = n.text("report.nationRate." + result.area().nation().id());
    String description = n.text("report.trend.chartSentence", name, first, last, nationPhrase);
    Svg svg = new Svg("chart-trend", n.text("report.trend.chartTitle", name), description, first - 0.5, last + 0.5, 0,
        Svg.ticks(0, max * 1.05)[Svg.ticks(0, max * 1.05).length - 1]);
    double[] xs = years.stream().mapToDouble(TrendResult.Year::year).toArray();
    double[] yTicks = Svg.ticks(0, max * 1.05);
    List<Double> xTickList = new ArrayList<>();
    List<String> xLabels = new ArrayList<>();
    int step = years.size() > 10 ? 2 : 1;
    for (int y = first; y <= last; y += step) {
      xTickList.add((double) y);
      xLabels.add(String.valueOf(y));
    }
    svg.axes(n.text("report.axis.year"), n.text("report.axis.rate"), xTickList.stream().mapToDouble(d -> d).toArray(),
        xLabels.toArray(String[]::new), yTicks);
    svg.band(xs, years.stream().mapToDouble(TrendResult.Year::lower95).toArray(),
        years.stream().mapToDouble(TrendResult.Year::upper95).toArray(), Svg.BAND);
    svg.path(xs, years.stream().mapToDouble(y -> y.nationalRatePer10k() == null ? Double.NaN : y.nationalRatePer10k())
        .toArray(), Svg.NATION, 2, "6 4");
    svg.path(xs, years.stream().mapToDouble(TrendResult.Year::ratePer10k).toArray(), Svg.MAIN, 2.5, null);
    for (TrendResult.Year y : years) svg.dot(y.year(), y.ratePer10k(), y.year() == result.year() ? 4.5 : 3, Svg.MAIN);
    for (var event : result.trend().events()) {
      int at = Integer.parseInt(event.date().substring(0, 4));
      if (at < first || at > last) continue;
      svg.line(svg.x(at), Svg.TOP, svg.x(at), svg.y(0), Svg.MARK, 1, "2 2");
    }
    List<String[]> rows = new ArrayList<>();
    for (TrendResult.Year y : result.trend().years()) {
      rows.add(new String[] {String.valueOf(y.year()), count(y.count(), y.countFlag()),
          y.ratePer10k() == null ? "" : Figures.rate(y.ratePer10k()),
          y.lower95() == null ? "" : Figures.rate(y.lower95()) + " – " + Figures.rate(y.upper95()),
          y.nationalRatePer10k() == null ? "" : Figures.rate(y.nationalRatePer10k()),
          y.comparison95() == null ? "" : n.text("profile.comparison." + y.comparison95())});
    }
    String id = table(n.text("report.trend.tableCaption", name), new String[] {n.text("report.col.year"),
        n.text("report.col.count"), n.text("report.col.rate"), n.text("report.col.ci95"),
        n.text("report.col.nationalRate", nationName()), n.text("report.col.againstNation")}, rows);
    figure(svg.done(), description, id);
    if (!result.trend().events().isEmpty()) {
      out.append("<h3>").append(esc(n.text("report.events.heading"))).append("</h3><p>")
          .append(esc(n.text("report.events.lead"))).append("</p><ul>");
      for (var event : result.trend().events()) out.append("<li>").append(esc(event.describe())).append("</li>");
      out.append("</ul>");
    }
  }

  private void funnelSection() {
    FunnelResult funnel = result.funnel();
    section("funnel", n.text("report.funnel.heading"));
    double maxPop = 0;
    double maxRate = funnel.pooledRatePer10k();
    for (FunnelResult.Point p : funnel.points()) {
      maxPop = Math.max(maxPop, p.denominator());
      maxRate = Math.max(maxRate, p.ratePer10k());
    }
    double[] xTicks = Svg.ticks(0, maxPop * 1.02);
    double[] yTicks = Svg.ticks(0, maxRate * 1.1);
    String description = n.text("report.funnel.chartSentence", funnel.points().size(), nationName(),
        Figures.rate(funnel.pooledRatePer10k()), name);
    Svg svg = new Svg("chart-funnel", n.text("report.funnel.chartTitle", nationName(), result.year()), description, 0,
        xTicks[xTicks.length - 1], 0, yTicks[yTicks.length - 1]);
    String[] xLabels = new String[xTicks.length];
    for (int i = 0; i < xTicks.length; i++) xLabels[i] = Svg.number(xTicks[i]);
    svg.axes(n.text("report.axis.population"), n.text("report.axis.rate"), xTicks, xLabels, yTicks);
    List<FunnelResult.CurvePoint> curve = funnel.curve().stream()
        .filter(c -> c.denominator() <= xTicks[xTicks.length - 1]).toList();
    double[] cx = curve.stream().mapToDouble(FunnelResult.CurvePoint::denominator).toArray();
    double top = yTicks[yTicks.length - 1];
    svg.path(cx, curve.stream().mapToDouble(c -> Math.min(c.upper998(), top)).toArray(), Svg.NATION, 1.5, "6 3");
    svg.path(cx, curve.stream().mapToDouble(c -> Math.max(c.lower998(), 0)).toArray(), Svg.NATION, 1.5, "6 3");
    svg.path(cx, curve.stream().mapToDouble(c -> Math.min(c.upper95(), top)).toArray(), Svg.NATION, 1, "2 2");
    svg.path(cx, curve.stream().mapToDouble(c -> Math.max(c.lower95(), 0)).toArray(), Svg.NATION, 1, "2 2");
    svg.line(svg.x(0), svg.y(funnel.pooledRatePer10k()), svg.x(xTicks[xTicks.length - 1]),
        svg.y(funnel.pooledRatePer10k()), Svg.INK, 1, null);
    for (FunnelResult.Point p : funnel.points()) {
      if (!p.areaCode().equals(result.area().code().value())) svg.dot(p.denominator(), p.ratePer10k(), 3, Svg.LIGHT);
    }
    FunnelResult.Point own = result.funnelPoint();
    if (own != null) svg.dot(own.denominator(), own.ratePer10k(), 5.5, Svg.MAIN);
    List<String[]> rows = new ArrayList<>();
    for (FunnelResult.Point p : funnel.points().stream().sorted(Comparator.comparing(FunnelResult.Point::areaCode)).toList()) {
      rows.add(new String[] {n.name(p.areaName(), p.areaNameCy()), count(p.observed(), p.rounded() ? "rounded" : ""),
          Figures.count(p.denominator()), Figures.rate(p.ratePer10k()),
          Figures.rate(p.lower998()) + " – " + Figures.rate(p.upper998()), n.text("funnel.position." + p.position())});
    }
    String id = table(n.text("report.funnel.tableCaption", nationName(), result.year()), new String[] {
        n.text("report.col.area"), n.text("report.col.count"), n.text("report.col.population"),
        n.text("report.col.rate"), n.text("report.col.limits998"), n.text("report.col.position")}, rows);
    if (own != null) {
      out.append("<p>").append(esc(n.text("report.funnel.position", name, n.text("funnel.position." + own.position()))))
          .append("</p>");
    }
    figure(svg.done(), description, id);
  }

  private void needSection() {
    ReportResult.Need need = result.need();
    if (need == null) return;
    section("need", n.text("report.need.heading"));
    out.append("<p>").append(esc(needSentence())).append("</p>");
    List<NeedModel.AreaRatio> ratios = need.model().areas().stream()
        .sorted(Comparator.comparingDouble(NeedModel.AreaRatio::ratio).reversed()).toList();
    double max = 1;
    for (NeedModel.AreaRatio r : ratios) max = Math.max(max, r.upper());
    int height = 40 + 16 * ratios.size() + Svg.BOTTOM;
    String factor = n.name(need.factorLabel(), need.factorLabelCy());
    String description = n.text("report.need.chartSentence", ratios.size(), nationName(), factor, name);
    double[] xTicks = Svg.ticks(0, max * 1.05);
    Svg svg = new Svg("chart-need", n.text("report.need.chartTitle", nationName(), result.year()), description, 0,
        xTicks[xTicks.length - 1], 0, ratios.size() + 1, height);
    String[] xLabels = new String[xTicks.length];
    for (int i = 0; i < xTicks.length; i++) xLabels[i] = Svg.number(xTicks[i]);
    svg.axes(n.text("report.axis.ratio"), "", xTicks, xLabels, new double[0]);
    svg.line(svg.x(1), Svg.TOP, svg.x(1), svg.y(0), Svg.INK, 1, "4 3");
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < ratios.size(); i++) {
      NeedModel.AreaRatio r = ratios.get(i);
      boolean own = r.authority().code().equals(result.area().code());
      double at = ratios.size() - i;
      String colour = own ? Svg.MAIN : Svg.LIGHT;
      svg.line(svg.x(r.lower()), svg.y(at), svg.x(r.upper()), svg.y(at), colour, own ? 2.5 : 1.5, null);
      svg.dot(r.ratio(), at, own ? 4.5 : 3, own ? Svg.MAIN : Svg.NATION);
      if (own) svg.text(svg.x(r.upper()) + 6, svg.y(at) + 4, "start", name, Svg.INK);
      rows.add(new String[] {n.name(r.authority().name(), welshName(r.authority().code().value(), r.authority().name())),
          Figures.count(r.observed()), Figures.rate(r.expected()), Figures.ratio(r.ratio()),
          Figures.ratio(r.lower()) + " – " + Figures.ratio(r.upper()),
          r.position() == null ? "" : n.text("funnel.position." + r.position())});
    }
    String id = table(n.text("report.need.tableCaption", factor, need.factorYear()), new String[] {
        n.text("report.col.area"), n.text("report.col.observed"), n.text("report.col.expected"),
        n.text("report.col.ratio"), n.text("report.col.ci95"), n.text("report.col.position")}, rows);
    figure(svg.done(), description, id);
  }

  /** The Welsh name of an authority of the funnel (the model's rows carry the English name only). */
  private String welshName(String code, String english) {
    for (FunnelResult.Point p : result.funnel().points()) if (p.areaCode().equals(code)) return p.areaNameCy();
    return english;
  }

  private void neighboursSection() {
    if (result.neighbours().isEmpty()) return;
    section("neighbours", n.text("report.peers.heading"));
    out.append("<p>").append(esc(n.text("report.peers.lead", ReportService.NEIGHBOURS))).append("</p>");
    int index = 0;
    for (ReportResult.Peers peers : result.neighbours()) {
      index++;
      String scope = peers.scope().equals("both") ? "both" : result.area().nation().id();
      out.append("<h3>").append(esc(n.text("report.peers.subheading." + scope))).append("</h3>");
      out.append("<p>").append(esc(peersSentence(peers))).append("</p>");
      List<RateRow> rows = new ArrayList<>();
      rows.add(peers.authority());
      rows.addAll(peers.rows());
      double max = 0;
      for (RateRow row : rows) max = Math.max(max, row.upper());
      double[] xTicks = Svg.ticks(0, max * 1.05);
      int height = 40 + 22 * rows.size() + Svg.BOTTOM;
      String factors = String.join(", ", peers.set().covariates().stream().map(this::measureName).toList());
      String description = n.text("report.peers.chartSentence", name, peers.rows().size(), factors);
      Svg svg = new Svg("chart-peers-" + index, n.text("report.peers.chartTitle", name, result.year()), description, 0,
          xTicks[xTicks.length - 1], 0, rows.size() + 1, height);
      String[] xLabels = new String[xTicks.length];
      for (int i = 0; i < xTicks.length; i++) xLabels[i] = Svg.number(xTicks[i]);
      svg.axes(n.text("report.axis.rate"), "", xTicks, xLabels, new double[0]);
      List<String[]> table = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        RateRow row = rows.get(i);
        double at = rows.size() - i;
        String colour = i == 0 ? Svg.MAIN : Svg.NATION;
        svg.line(svg.x(row.lower()), svg.y(at), svg.x(row.upper()), svg.y(at), colour, 2, null);
        svg.dot(row.rate(), at, i == 0 ? 4.5 : 3.5, colour);
        svg.text(svg.x(row.upper()) + 6, svg.y(at) + 4, "start", n.name(row.areaName(), row.areaNameCy()), Svg.INK);
        table.add(new String[] {n.name(row.areaName(), row.areaNameCy()), count(row.count(), row.countFlag()),
            row.hasRate() ? Figures.rate(row.rate()) : "", row.hasRate() ? Figures.rate(row.lower()) + " – " + Figures.rate(row.upper()) : ""});
      }
      String id = table(n.text("report.peers.tableCaption", name, factors), new String[] {n.text("report.col.area"),
          n.text("report.col.count"), n.text("report.col.rate"), n.text("report.col.ci95")}, table);
      figure(svg.done(), description, id);
    }
  }

  private String measureName(String id) {
    for (Measure measure : result.sources()) if (measure.id().equals(id)) return n.name(measure.label(), measure.labelCy());
    return id;
  }

  private void flowsSection() {
    if (result.flows().isEmpty()) return;
    section("flows", n.text("report.flows.heading"));
    double max = 0;
    for (ReportResult.Flow flow : result.flows()) {
      max = Math.max(max, flow.area().rate());
      if (flow.nation() != null && flow.nation().hasRate()) max = Math.max(max, flow.nation().rate());
    }
    double[] xTicks = Svg.ticks(0, max * 1.1);
    int height = 30 + 40 * result.flows().size() + Svg.BOTTOM;
    String description = n.text("report.flows.chartSentence", inPlace(), result.year(), nationName());
    Svg svg = new Svg("chart-flows", n.text("report.flows.chartTitle", inPlace(), result.year()), description, 0,
        xTicks[xTicks.length - 1], 0, result.flows().size(), height);
    String[] xLabels = new String[xTicks.length];
    for (int i = 0; i < xTicks.length; i++) xLabels[i] = Svg.number(xTicks[i]);
    svg.axes(n.text("report.axis.rate"), "", xTicks, xLabels, new double[0]);
    List<String[]> rows = new ArrayList<>();
    int count = result.flows().size();
    for (int i = 0; i < count; i++) {
      ReportResult.Flow flow = result.flows().get(i);
      double band = svg.y(count - i - 1) - svg.y(count - i);
      double top = svg.y(count - i) + band * 0.15;
      svg.rect(svg.x(0), top, svg.x(flow.area().rate()) - svg.x(0), band * 0.3, Svg.MAIN);
      if (flow.nation() != null && flow.nation().hasRate()) {
        svg.rect(svg.x(0), top + band * 0.32, svg.x(flow.nation().rate()) - svg.x(0), band * 0.3, Svg.NATION);
      }
      String label = n.name(flow.label(), flow.labelCy());
      svg.text(svg.x(0) + 4, top + band * 0.8, "start", label, Svg.INK);
      rows.add(new String[] {label, count(flow.area().count(), flow.area().countFlag()), Figures.rate(flow.area().rate()),
          Figures.rate(flow.area().lower()) + " – " + Figures.rate(flow.area().upper()),
          flow.nation() == null || !flow.nation().hasRate() ? "" : Figures.rate(flow.nation().rate())});
    }
    String id = table(n.text("report.flows.tableCaption", name, result.year()), new String[] {n.text("report.col.flow"),
        n.text("report.col.count"), n.text("report.col.rate"), n.text("report.col.ci95"),
        n.text("report.col.nationalRate", nationName())}, rows);
    figure(svg.done(), description, id);
  }

  /**
   * The intervention points: where the authority departs most from its need-based neighbours (the cascade's own
   * sentence, ratio and interval), then every figure the loaded data hold — each stage per 10,000 children, each
   * conversion per 100 of the stage before, each resource — beside the nation and the neighbours.
   */
  private void cascadeSection() {
    uk.lacexplorer.cascade.CascadeResult cascade = result.cascade();
    if (cascade == null) return;
    section("cascade", n.text("report.cascade.heading"));
    out.append("<p>").append(esc(uk.lacexplorer.cascade.CascadeText.summary(n.lang(), cascade))).append("</p>");
    List<String[]> rows = new ArrayList<>();
    int notHeld = 0;
    for (uk.lacexplorer.cascade.CascadeFigure f : cascade.figures()) {
      if (!"ok".equals(f.status()) || f.value() == null) {
        notHeld++;
        continue;
      }
      String figure = uk.lacexplorer.cascade.CascadeText.figure(n.lang(), f);
      rows.add(new String[] {figure.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + figure.substring(1),
          f.count() == null ? "" : count(f.count(), f.countFlag()), Figures.rate(f.value()),
          f.lower() == null ? "" : Figures.rate(f.lower()) + " – " + Figures.rate(f.upper()),
          f.national() == null ? "" : Figures.rate(f.national()),
          f.neighboursMedian() == null ? "" : n.text("report.cascade.median", Figures.rate(f.neighboursMedian()),
              Figures.rate(f.neighboursMin()), Figures.rate(f.neighboursMax()))});
    }
    out.append("<p>").append(esc(n.text("report.cascade.lead", name, result.year()))).append("</p>");
    writeTable(out, "cascade-table", n.text("report.cascade.tableCaption", name, result.year()), new String[] {
        n.text("report.col.figure"), n.text("report.col.count"), n.text("report.col.value"), n.text("report.col.ci95"),
        n.text("report.col.nationalRate", nationName()), n.text("report.col.neighbours")}, rows);
    if (notHeld > 0) out.append("<p>").append(esc(n.text("report.cascade.notHeld", notHeld))).append("</p>");
  }

  private void projectionSection() {
    ProjectionResult projection = result.projection();
    if (projection == null || projection.years().isEmpty()) return;
    section("projection", n.text("report.projection.heading"));
    ProjectionResult.Year last = projection.years().get(projection.years().size() - 1);
    List<Integer> calibration = projection.calibrationYears();
    String span = calibration.isEmpty() ? "" : calibration.get(0) + "–" + calibration.get(calibration.size() - 1);
    out.append("<p>").append(esc(n.projection(name, welshPlace, span, last.baseline().expected(), last.year(),
        last.baseline().lower95(), last.baseline().upper95()))).append("</p>");
    double max = projection.originStock();
    for (ProjectionResult.Year y : projection.years()) max = Math.max(max, y.baseline().upper95());
    double[] yTicks = Svg.ticks(0, max * 1.05);
    int first = projection.origin();
    String description = n.text("report.projection.chartSentence", inPlace(), first, last.year());
    Svg svg = new Svg("chart-projection", n.text("report.projection.chartTitle", name), description, first - 0.3,
        last.year() + 0.3, 0, yTicks[yTicks.length - 1]);
    List<Double> xs = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int y = first; y <= last.year(); y++) {
      xs.add((double) y);
      labels.add(String.valueOf(y));
    }
    svg.axes(n.text("report.axis.year"), n.text("report.axis.children"), xs.stream().mapToDouble(d -> d).toArray(),
        labels.toArray(String[]::new), yTicks);
    double[] px = new double[projection.years().size() + 1];
    double[] lower = new double[px.length];
    double[] upper = new double[px.length];
    double[] mid = new double[px.length];
    px[0] = first;
    lower[0] = upper[0] = mid[0] = projection.originStock();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {String.valueOf(first), Figures.count(projection.originStock()), "", ""});
    for (int i = 0; i < projection.years().size(); i++) {
      ProjectionResult.Year y = projection.years().get(i);
      px[i + 1] = y.year();
      lower[i + 1] = y.baseline().lower95();
      upper[i + 1] = y.baseline().upper95();
      mid[i + 1] = y.baseline().expected();
      rows.add(new String[] {String.valueOf(y.year()), Figures.count(y.baseline().expected()),
          Figures.count(y.baseline().lower95()) + " – " + Figures.count(y.baseline().upper95()),
          Figures.count(y.baseline().lower80()) + " – " + Figures.count(y.baseline().upper80())});
    }
    svg.band(px, lower, upper, Svg.BAND);
    svg.path(px, mid, Svg.MAIN, 2.5, "6 3");
    svg.dot(first, projection.originStock(), 4.5, Svg.MAIN);
    String id = table(n.text("report.projection.tableCaption", name), new String[] {n.text("report.col.year"),
        n.text("report.col.projected"), n.text("report.col.interval95"), n.text("report.col.interval80")}, rows);
    figure(svg.done(), description, id);
  }

  /**
   * The latest closed self-evaluation round the reader may see, in aggregate and under the results page's disclosure
   * rules: respondents, the middle rating and the share "established or better" overall and per theme, where groups
   * disagree most, and every characteristic in the appendix. Anything from fewer than 5 people is withheld, as it is
   * on the results page.
   */
  private void selfevalSection() {
    RoundResults round = result.selfeval();
    if (round == null) return;
    boolean welsh = n.lang().welsh();
    Framework framework = round.framework();
    section("selfeval", n.text("report.selfeval.heading"));
    java.time.LocalDate closed = round.round().closedAt() == null ? round.round().closesOn()
        : round.round().closedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
    out.append("<p>").append(esc(n.text("report.selfeval.lead", round.round().title(), date(closed),
        framework.title(welsh), round.respondents()))).append("</p>");
    if (round.overall().suppressed()) {
      out.append("<p>").append(esc(n.text("selfeval.results.suppressed"))).append("</p>");
    } else {
      Summary overall = round.overall();
      out.append("<p>").append(esc(n.text("report.selfeval.overall", median(framework, overall.median()),
          percent(overall.shareEstablishedOrBetter())))).append("</p>");
      List<String[]> rows = new ArrayList<>();
      for (Framework.Theme theme : framework.themes()) {
        Summary summary = round.themes().get(theme.id());
        rows.add(summary == null || summary.suppressed()
            ? new String[] {theme.id() + ". " + theme.title(welsh), n.text("selfeval.results.itemSuppressed"), ""}
            : new String[] {theme.id() + ". " + theme.title(welsh), median(framework, summary.median()),
                percent(summary.shareEstablishedOrBetter())});
      }
      writeTable(out, "selfeval-themes", n.text("report.selfeval.themesCaption", round.round().title()), new String[] {
          n.text("report.selfeval.theme"), n.text("selfeval.results.median"), n.text("selfeval.results.share")}, rows);
      out.append("<h3>").append(esc(n.text("selfeval.results.flaggedHeading"))).append("</h3><p>")
          .append(esc(n.text("selfeval.results.flaggedLead"))).append("</p>");
      if (round.flagged().isEmpty()) {
        out.append("<p>").append(esc(n.text("selfeval.results.noFlags"))).append("</p>");
      } else {
        out.append("<ul>");
        for (ItemResult item : round.flagged()) {
          out.append("<li>").append(esc(item.characteristicId() + " " + characteristic(framework, item.characteristicId())
              + " " + n.text("selfeval.results.gapText", group(framework, item.gap().highGroupId()),
              Figures.rate(item.gap().meanGap()), group(framework, item.gap().lowGroupId())))).append("</li>");
        }
        out.append("</ul>");
      }
      List<String[]> items = new ArrayList<>();
      for (ItemResult item : round.items()) {
        String name = item.characteristicId() + " " + characteristic(framework, item.characteristicId());
        Summary summary = item.summary();
        items.add(summary.suppressed()
            ? new String[] {name, n.text("selfeval.results.itemSuppressed"), "", ""}
            : new String[] {name, median(framework, summary.median()), percent(summary.shareEstablishedOrBetter()),
                item.leikConsensus() == null ? "" : Figures.ratio(item.leikConsensus())});
      }
      table(n.text("report.selfeval.itemsCaption", round.round().title()), new String[] {
          n.text("selfeval.results.characteristic"), n.text("selfeval.results.median"), n.text("selfeval.results.share"),
          n.text("selfeval.results.consensus")}, items);
    }
    out.append("<p>").append(esc(n.text("selfeval.results.suppressionNote"))).append(' ')
        .append(esc(n.text("selfeval.results.shareNote"))).append("</p>");
    out.append("<p class=\"frame\">").append(esc(framework.noTarget(welsh))).append("</p>");
  }

  /** A median as a scale label, "Emerging to Established" when it falls half-way between two. */
  private String median(Framework framework, Double median) {
    if (median == null) return "";
    int low = (int) Math.floor(median);
    String lower = framework.point(low).label(n.lang().welsh());
    if (median == low) return lower;
    return n.text("selfeval.results.between", lower, framework.point(low + 1).label(n.lang().welsh()));
  }

  private static String percent(Double share) {
    return share == null ? "" : String.format(java.util.Locale.UK, "%.0f%%", share * 100);
  }

  private String characteristic(Framework framework, String id) {
    return framework.characteristic(id).map(item -> item.text(n.lang().welsh())).orElse(id);
  }

  private String group(Framework framework, String id) {
    return framework.group(id).map(each -> each.label(n.lang().welsh())).orElse(id);
  }

  /** A date in words in the report's language: "31 March 2025", "31 Mawrth 2025". */
  private String date(java.time.LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
        java.util.Locale.forLanguageTag(n.lang().code())));
  }

  private void gapsSection() {
    if (result.gaps().isEmpty()) return;
    section("notshown", n.text("report.gap.heading"));
    out.append("<ul>");
    for (String gap : result.gaps()) out.append("<li>").append(esc(n.text(gap))).append("</li>");
    out.append("</ul>");
  }

  private void reproduceSection() {
    section("reproduce", n.text("report.reproduce.heading"));
    out.append("<p>").append(esc(n.text("report.reproduce.lead"))).append("</p><ul class=\"commands\">");
    for (ReportResult.Command command : result.commands()) {
      out.append("<li><code>").append(esc(command.line())).append("</code> <span class=\"what\">")
          .append(esc(n.text("report.reproduce." + command.section()))).append("</span></li>");
    }
    out.append("</ul>");
  }

  private void sourcesSection() {
    section("sources", n.text("report.sources.heading"));
    out.append("<ul>");
    for (Measure measure : result.sources()) {
      out.append("<li>").append(esc(n.name(measure.label(), measure.labelCy()))).append(": ")
          .append(esc(measure.source() == null ? "" : measure.source())).append("</li>");
    }
    out.append("</ul><p>").append(esc(n.text("report.sources.denominators"))).append(' ')
        .append(esc(String.join("; ", result.funnel().denominators()))).append("</p>");
    out.append("<p>").append(esc(n.text("report.licence"))).append("</p>");
    out.append("<p>").append(esc(n.text("report.madeBy"))).append(' ').append(esc(n.text("report.font"))).append("</p>");
  }

  /**
   * A count as the appendix prints it (disclosure control): "rounded" beside a count published rounded to the nearest
   * 5, "withheld" for one suppressed to protect confidentiality (nothing derived from it is shown either).
   */
  private String count(Double value, String flags) {
    String text = flags == null ? "" : flags;
    if (value == null) return text.contains("suppressed") ? n.text("report.count.withheld") : "";
    return Figures.count(value) + (text.contains("rounded") ? " (" + n.text("report.count.rounded") + ")" : "");
  }

  static String esc(String text) {
    return Svg.escape(text == null ? "" : text);
  }

  static final String STYLE = String.join("\n",
      "@page { size: A4; margin: 18mm 16mm 20mm 16mm;",
      "  @bottom-center { content: counter(page) \" / \" counter(pages); font-family: 'DejaVu Sans'; font-size: 9pt; } }",
      "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #0b0c0c; }",
      "main { max-width: 46em; margin: 0 auto; }",
      "h1 { font-size: 20pt; margin: 0 0 6pt; } h2 { font-size: 14pt; margin: 18pt 0 6pt; border-top: 2px solid #1d70b8;",
      "  padding-top: 6pt; } h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }",
      ".lead { font-size: 12pt; } .frame { border-left: 4px solid #1d70b8; padding-left: 8pt; }",
      "figure { margin: 8pt 0 12pt; page-break-inside: avoid; } figcaption { font-size: 9.5pt; margin-top: 4pt; }",
      "svg { max-width: 100%; height: auto; }",
      "table { border-collapse: collapse; width: 100%; margin: 6pt 0 14pt; font-size: 8.5pt; }",
      "caption { text-align: left; font-weight: bold; margin-bottom: 3pt; }",
      "th, td { border-bottom: 1px solid #b1b4b6; padding: 2pt 4pt; text-align: left; vertical-align: top; }",
      "thead { display: table-header-group; } tr { page-break-inside: avoid; }",
      "code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; word-wrap: break-word; }",
      ".commands li { margin-bottom: 4pt; } .what { color: #505a5f; font-size: 9pt; }",
      "ul { list-style-type: none; padding-left: 1.2em; } ul li::before { content: \"\\2022\"; margin-left: -1em;",
      "  width: 1em; display: inline-block; } ol { list-style-type: decimal; }",
      "a { color: #1d70b8; }");
}
