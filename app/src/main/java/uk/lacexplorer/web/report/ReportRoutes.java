package uk.lacexplorer.web.report;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.report.ReportDocument;
import uk.lacexplorer.report.ReportResult;
import uk.lacexplorer.web.Authentication;
import uk.lacexplorer.report.ReportRequest;
import uk.lacexplorer.web.NotFound;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.overview.OverviewRoutes;

/**
 * {@code GET /area/{code}/report?lang=en|cy&format=pdf|html[&year=Y]}: the authority's report, the same request and
 * service as {@code ./lacx report}, offered as a download; the profile links to it. Without {@code lang}, the page's
 * language; without {@code format}, PDF. Kept a minute in the application's cache like every other answer; for a
 * signed-in coordinator or national viewer, the latest closed self-evaluation round they may read is added, and that
 * document is written afresh for them and never cached (not even by the browser).
 */
public final class ReportRoutes implements WebModule {
  public static final String PATH = "/area/{code}/report";
  private final Site site;

  public ReportRoutes(Site site) {
    this.site = site;
  }

  /** The profile's link to an authority's report. */
  public static String path(String code, String lang, String format) {
    return "/area/" + code + "/report?" + "lang=" + lang + "&format=" + format;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(PATH, this::report, uk.lacexplorer.web.WebRole.PUBLIC);
  }

  private void report(Context ctx) {
    Params params = Params.of(ctx, List.of("format", "year"));
    String code = ctx.pathParam("code");
    if (!AreaCode.isCode(code)) throw new NotFound("not an area code: " + code);
    Area area = site.app().store().areas().find(AreaCode.parse(code))
        .orElseThrow(() -> new NotFound("unknown area code " + code));
    if (!area.isLocalAuthority()) throw new NotFound("not a local authority: " + code);
    String lang = ctx.queryParam("lang");
    if (lang == null || lang.isBlank()) lang = site.page(ctx, OverviewRoutes.SECTION).lang().code();
    String format = params.text("format");
    ReportRequest request = ReportRequest.parse(code, params.text("year"), lang, format == null ? "pdf" : format);
    Account viewer = Authentication.account(ctx).orElse(null);
    // the analyses are kept for everyone; the document only for readers who see the public report
    ReportResult common = site.cached("report-result", request, site.app().report()::run);
    ReportResult seen = site.app().report().forViewer(common, viewer);
    ReportDocument document;
    if (seen.equals(common)) {
      document = site.cached("report", request, asked -> ReportDocument.of(common, site.messages()));
    } else {
      document = ReportDocument.of(seen, site.messages());
      ctx.header("Cache-Control", "private, no-store");
    }
    ctx.contentType(document.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
    ctx.result(document.bytes());
  }
}
