package uk.lacexplorer.web.commission;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.commission.CommissionRequest;
import uk.lacexplorer.commission.CommissionResult;
import uk.lacexplorer.commission.Supply;
import uk.lacexplorer.commission.UnitCosts;
import uk.lacexplorer.i18n.Audience;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.projection.ProjectionRequest;
import uk.lacexplorer.web.CleanText;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.WebRole;
import uk.lacexplorer.web.projection.ProjectionChoices;
import uk.lacexplorer.web.projection.ProjectionRoutes;

/**
 * The {@code /commission} page: the placements an authority's projection implies, by type and year, against the
 * places in a supply file the reader uploads (and their own weekly costs, else estimates from published spend), the
 * same request and service as {@code ./lacx commission}. {@code GET} answers without a supply (the API's
 * {@code /api/v1/commission}); the form is a multipart {@code POST}, which works without JavaScript. Uploaded files are
 * read in memory and kept nowhere; an answer with a supply is not cached.
 */
public final class CommissionRoutes implements WebModule {
  static final List<String> PARAMETERS = uk.lacexplorer.web.projection.ProjectionApi.SCENARIO;
  private final Site site;

  public CommissionRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/commission", ctx -> page(ctx, false), WebRole.PUBLIC);
    routes.post("/commission", ctx -> page(ctx, true), WebRole.PUBLIC);
  }

  private void page(Context ctx, boolean posted) {
    Page page = site.page(ctx, "project");
    ProjectionChoices choices = posted
        ? choices(page, ctx.formParam("area"), ctx.formParam("horizon"), ctx.formParam("entry-change"),
            ctx.formParam("exit-change"), ctx.formParam("match-neighbours"), ctx.formParam("step-down"),
            ctx.formParam("stage"), ctx.formParam("stage-change"))
        : fromQuery(ctx, page);
    List<ErrorItem> errors = new ArrayList<>();
    CommissionView view = null;
    String refusal = null;
    if (choices.area() != null && !choices.area().isBlank()) {
      CommissionRequest request = null;
      try {
        Supply supply = posted ? file(ctx, "supply", Supply::parse, Supply.NONE) : Supply.NONE;
        UnitCosts costs = posted ? file(ctx, "costs", UnitCosts::parse, UnitCosts.NONE) : UnitCosts.NONE;
        request = new CommissionRequest(ProjectionRequest.parse(choices.area(), choices.horizon(), choices.scenario()),
            supply, costs);
      } catch (UserError error) {
        ctx.status(400);
        errors.add(new ErrorItem(error.render(page.lang(), Audience.WEB), null));
      }
      if (request != null) {
        try {
          boolean plain = request.supply().lines().isEmpty() && request.costs().weekly().isEmpty();
          CommissionResult result = plain ? site.cached("commission", request, site.app().commission()::run)
              : site.app().commission().run(request);
          String name = page.name(site.app().store().areas().resolve(result.projection().areaCode(), null));
          view = CommissionView.of(page, name, result, choices.query());
          if (!plain) ctx.header("Cache-Control", "private, no-store");
        } catch (UserError error) {
          refusal = error.render(page.lang(), Audience.WEB);
        }
      }
    }
    ProjectionRoutes.render(site, ctx, "commission/commission.jte", page, choices, view, errors, refusal);
  }

  private ProjectionChoices fromQuery(Context ctx, Page page) {
    Params params = Params.of(ctx, PARAMETERS);
    return choices(page, params.text("area"), params.text("horizon"), params.text("entry-change"), params.text("exit-change"),
        params.text("match-neighbours"), params.text("step-down"), params.text("stage"), params.text("stage-change"));
  }

  private ProjectionChoices choices(Page page, String area, String horizon, String entry, String exit, String match,
                                    String stepDown, String stage, String stageChange) {
    return new ProjectionChoices(area, blank(horizon, "5"), blank(entry, "0"), blank(exit, "0"), match, stepDown,
        stage, stageChange, ProjectionRoutes.authorities(site, page));
  }

  private static String blank(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }

  /** An uploaded CSV read as UTF-8 text by its parser (named by the file's own name), or {@code none} when not sent. */
  private static <T> T file(Context ctx, String field, java.util.function.BiFunction<String, List<String>, T> parser, T none) {
    UploadedFile file = ctx.uploadedFile(field);
    if (file == null || file.size() == 0) return none;
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = file.filename() == null || file.filename().isBlank() ? field + ".csv"
        : uk.lacexplorer.i18n.Choices.shorten(file.filename());
    String problem = CleanText.problem(bytes, false);
    if (problem != null) throw UserError.of("error.commission.notText", name, uk.lacexplorer.i18n.Arg.key(problem));
    return parser.apply(name, new String(bytes, StandardCharsets.UTF_8).lines().toList());
  }
}
