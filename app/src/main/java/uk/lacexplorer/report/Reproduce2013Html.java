package uk.lacexplorer.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.lacexplorer.compare.FunnelResult;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.rates.RateRow;

/**
 * "The 2013 analysis, reproduced" as one XHTML document (the PDF is drawn from it): what was reproduced, a table of
 * every figure of section 3 with the published value beside ours and the denominator, why figures differ, the
 * tables behind the figures, the command lines and the sources.
 */
public final class Reproduce2013Html {
  private final Reproduce2013Result result;
  private final Reproduce2013Text text;
  private final Narrative n;
  private final StringBuilder out = new StringBuilder();
  private final List<String[]> bookmarks = new ArrayList<>();
  private int tables;

  private Reproduce2013Html(Reproduce2013Result result, Messages messages) {
    this.result = result;
    this.text = new Reproduce2013Text(result, messages);
    this.n = text.narrative();
  }

  public static String render(Reproduce2013Result result, Messages messages) {
    return new Reproduce2013Html(result, messages).document();
  }

  private String document() {
    section("figures", n.text("repro2013.figures.heading"));
    out.append("<p>").append(esc(n.text("repro2013.figures.lead", result.lines().size(), result.agreeing()))).append("</p>");
    figuresTable();
    section("why", n.text("repro2013.why.heading"));
    Set<String> reasons = new LinkedHashSet<>();
    for (Reproduce2013Result.Line line : result.lines()) if (!line.agrees()) reasons.add(line.published().why());
    out.append("<ul>");
    for (String reason : reasons) out.append("<li>").append(esc(n.text("repro2013.why." + reason))).append("</li>");
    out.append("</ul><p>").append(esc(n.text("repro2013.why.counts"))).append("</p>");
    section("tables", n.text("repro2013.tables.heading"));
    walesTable();
    changeTable();
    funnelTable();
    topTable();
    factorsSection();
    section("reproduce", n.text("report.reproduce.heading"));
    out.append("<p>").append(esc(n.text("repro2013.reproduce.lead"))).append("</p><ol class=\"commands\">");
    out.append("<li><code>./lacx report reproduce-2013 --out FILE.html|FILE.pdf</code></li>");
    for (String command : result.commands()) out.append("<li><code>").append(esc(command)).append("</code></li>");
    out.append("</ol>");
    section("sources", n.text("report.sources.heading"));
    out.append("<p>").append(esc(n.text("repro2013.sources.research"))).append("</p>");
    out.append("<p>").append(esc(n.text("report.licence"))).append("</p>");
    out.append("<p>").append(esc(n.text("report.font"))).append("</p>");
    String title = n.text("repro2013.title");
    return head(title) + "<body><main><h1 id=\"top\">" + esc(title) + "</h1><p class=\"lead\">"
        + esc(n.text("repro2013.lead")) + "</p>" + contents() + out + "</main></body></html>";
  }

  private String head(String title) {
    String lang = n.lang().code();
    StringBuilder head = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(lang).append("\" xml:lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\"/><title>")
        .append(esc(title)).append("</title><meta name=\"subject\" content=\"").append(esc(n.text("repro2013.subject")))
        .append("\"/><meta name=\"author\" content=\"LAC Explorer\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><style>")
        .append(ReportHtml.STYLE).append(" .no { font-weight: bold; }</style><bookmarks>");
    for (String[] mark : bookmarks) {
      head.append("<bookmark name=\"").append(esc(mark[1])).append("\" href=\"#").append(mark[0]).append("\"/>");
    }
    return head.append("</bookmarks></head>").toString();
  }

  private String contents() {
    StringBuilder list = new StringBuilder("<nav aria-labelledby=\"contents\"><h2 id=\"contents\">")
        .append(esc(n.text("report.contents"))).append("</h2><ol>");
    for (String[] mark : bookmarks) {
      list.append("<li><a href=\"#").append(mark[0]).append("\">").append(esc(mark[1])).append("</a></li>");
    }
    return list.append("</ol></nav>").toString();
  }

  private void section(String id, String heading) {
    bookmarks.add(new String[] {id, heading});
    out.append("<h2 id=\"").append(id).append("\">").append(esc(heading)).append("</h2>");
  }

  private void figuresTable() {
    List<String[]> rows = new ArrayList<>();
    for (Reproduce2013Result.Line line : result.lines()) {
      String agreement = text.agreement(line) + (line.agrees() ? "" : ": " + text.why(line));
      rows.add(new String[] {text.what(line), line.published().reference() + ". \u201c" + line.published().quote()
          + "\u201d", text.published(line), text.ours(line), text.denominator(line), agreement});
    }
    table(n.text("repro2013.figures.caption"), new String[] {n.text("repro2013.col.what"), n.text("repro2013.col.where"),
        n.text("repro2013.col.published"), n.text("repro2013.col.ours"), n.text("repro2013.col.denominator"),
        n.text("repro2013.col.agrees")}, rows);
  }

  private void walesTable() {
    List<String[]> rows = new ArrayList<>();
    for (RateRow row : result.wales2012()) {
      rows.add(new String[] {n.name(row.areaName(), row.areaNameCy()), row.count() == null ? "" : Figures.count(row.count()),
          row.denominator().population() == null ? "" : Figures.count(row.denominator().population()),
          String.valueOf(row.denominator().populationYear()), row.hasRate() ? Figures.rate(row.rate()) : "",
          row.hasRate() ? Figures.rate(row.lower()) + "\u2013" + Figures.rate(row.upper()) : ""});
    }
    table(n.text("repro2013.table.wales", Reproduce2013Service.YEAR), new String[] {n.text("repro2013.col.area"),
        n.text("repro2013.col.count"), n.text("repro2013.col.population"), n.text("repro2013.col.populationYear"),
        n.text("repro2013.col.rate"), n.text("repro2013.col.ci")}, rows);
  }

  private void changeTable() {
    List<String[]> rows = new ArrayList<>();
    for (RateRow last : result.wales2011()) {
      RateRow first = result.wales2005().stream().filter(row -> row.areaCode().equals(last.areaCode())).findFirst()
          .orElse(null);
      if (first == null || !first.hasRate() || !last.hasRate()) continue;
      rows.add(new String[] {n.name(last.areaName(), last.areaNameCy()), Figures.rate(first.rate()),
          String.valueOf(first.denominator().populationYear()), Figures.rate(last.rate()),
          String.valueOf(last.denominator().populationYear()), Figures.signed(last.rate() - first.rate())});
    }
    table(n.text("repro2013.table.change", Reproduce2013Service.CHANGE_FROM, Reproduce2013Service.CHANGE_TO),
        new String[] {n.text("repro2013.col.area"), n.text("repro2013.col.rateYear", Reproduce2013Service.CHANGE_FROM),
            n.text("repro2013.col.populationYear"), n.text("repro2013.col.rateYear", Reproduce2013Service.CHANGE_TO),
            n.text("repro2013.col.populationYear"), n.text("repro2013.col.change")}, rows);
  }

  private void funnelTable() {
    FunnelResult funnel = result.funnel();
    List<String[]> rows = new ArrayList<>();
    for (FunnelResult.Point point : funnel.points()) {
      if (!point.areaCode().startsWith("W")) continue;
      rows.add(new String[] {n.name(point.areaName(), point.areaNameCy()), Figures.count(point.denominator()),
          Figures.rate(point.ratePer10k()), Figures.rate(point.lower998()) + "\u2013" + Figures.rate(point.upper998()),
          n.text("funnel.position." + point.position())});
    }
    table(n.text("repro2013.table.funnel", Reproduce2013Service.YEAR, Figures.rate(funnel.pooledRatePer10k())),
        new String[] {n.text("repro2013.col.area"), n.text("repro2013.col.population"), n.text("repro2013.col.rate"),
            n.text("repro2013.col.limits998"), n.text("repro2013.col.position")}, rows);
  }

  private void topTable() {
    List<String[]> rows = new ArrayList<>();
    for (Reproduce2013Result.Line line : result.lines()) {
      if (!line.published().id().matches("top_\\d+")) continue;
      rows.add(new String[] {line.published().id().substring(4), text.published(line), text.ours(line)});
    }
    table(n.text("repro2013.table.top", Reproduce2013Service.YEAR), new String[] {n.text("repro2013.col.place"),
        n.text("repro2013.col.published"), n.text("repro2013.col.ours")}, rows);
  }

  /** Appendix 3 of the research: each figure's claim put to its test ({@link Moderators2013}). */
  private void factorsSection() {
    section("appendix3", n.text("repro2013.factors.heading"));
    long tested = result.factors().stream().filter(each -> each.agrees() != null).count();
    long borne = result.factors().stream().filter(each -> Boolean.TRUE.equals(each.agrees())).count();
    out.append("<p>").append(esc(n.text("repro2013.factors.lead", tested, borne))).append("</p>");
    List<String[]> rows = new ArrayList<>();
    for (Reproduce2013Result.Factor factor : result.factors()) {
      rows.add(new String[] {factor.figure(), text.factorName(factor), n.text("repro2013.claim." + factor.claim()),
          text.rateRatio(factor), text.deviance(factor), factor.fitted() ? text.pair(factor) : "", text.reading(factor)});
    }
    table(n.text("repro2013.factors.caption"), new String[] {n.text("repro2013.col.figure"),
        n.text("repro2013.col.factor"), n.text("repro2013.col.claim"), n.text("repro2013.col.rateRatio"),
        n.text("repro2013.col.deviance"), n.text("repro2013.col.pair"), n.text("repro2013.col.reading")}, rows);
  }

  private void table(String caption, String[] headers, List<String[]> rows) {
    out.append("<table id=\"table-").append(++tables).append("\"><caption>")
        .append(esc(n.text("report.tableNumber", tables))).append(' ').append(esc(caption)).append("</caption><thead><tr>");
    for (String header : headers) out.append("<th scope=\"col\">").append(esc(header)).append("</th>");
    out.append("</tr></thead><tbody>");
    for (String[] row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.length; i++) {
        out.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(esc(row[i])).append(i == 0 ? "</th>" : "</td>");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table>");
  }

  private static String esc(String text) {
    return ReportHtml.esc(text);
  }
}
