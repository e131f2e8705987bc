package uk.lacexplorer.web.projection;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Audience;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.projection.ProjectionRequest;
import uk.lacexplorer.projection.ProjectionResult;
import uk.lacexplorer.projection.Scenario;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/**
 * The {@code /project} page: an authority's projection as a fan chart and a table, with a scenario form that works
 * without JavaScript (a GET form with the same parameters as {@code /api/v1/project} and {@code ./lacx project}).
 */
public final class ProjectionRoutes implements WebModule {
  static final List<String> PARAMETERS = ProjectionApi.SCENARIO;
  private final Site site;

  public ProjectionRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/project", this::project, uk.lacexplorer.web.WebRole.PUBLIC);
  }

  private void project(Context ctx) {
    Params params = Params.of(ctx, PARAMETERS);
    Page page = site.page(ctx, "project");
    ProjectionChoices choices = new ProjectionChoices(params.text("area"), params.text("horizon", "5"),
        params.text("entry-change", "0"), params.text("exit-change", "0"), params.text("match-neighbours"),
        params.text("step-down"), params.text("stage"), params.text("stage-change"), authorities(page));
    ProjectionView view = null;
    String refusal = null;
    List<ErrorItem> errors = new ArrayList<>();
    if (choices.area() != null && !choices.area().isBlank()) {
      ProjectionRequest request = null;
      try {
        request = ProjectionRequest.parse(choices.area(), choices.horizon(), choices.scenario());
      } catch (UserError error) {
        // a value the reader typed: the form again, with the reason
        ctx.status(400);
        errors.add(new ErrorItem(error.render(page.lang(), Audience.WEB), null));
      }
      if (request != null) {
        try {
          ProjectionResult result = site.cached("project", request, site.app().projection()::run);
          view = ProjectionView.of(page, site.app().store().areas().resolve(result.areaCode(), null), result,
              choices.query());
        } catch (UserError error) {
          // a fair question the data cannot answer (e.g. too little history): said on the page, not an error
          refusal = error.render(page.lang(), Audience.WEB);
        }
      }
    }
    render(site, ctx, "projection/project.jte", page, choices, view, errors, refusal);
  }

  /**
   * A page with the projection's form ({@code /project}, {@code /commission}): the reader's choices, the answer (or
   * null), the errors of what they typed and the reason the data cannot answer (or null).
   */
  public static void render(Site site, Context ctx, String template, Page page, ProjectionChoices choices, Object view,
                            List<ErrorItem> errors, String refusal) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("page", page);
    model.put("choices", choices);
    model.put("view", view);
    model.put("errors", errors);
    model.put("refusal", refusal);
    site.render(ctx, template, model);
  }

  private List<ProjectionChoices.Option> authorities(Page page) {
    return authorities(site, page);
  }

  /** Every local authority of Wales, then of England, by name in the page's language. */
  public static List<ProjectionChoices.Option> authorities(Site site, Page page) {
    List<ProjectionChoices.Option> options = new ArrayList<>();
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) {
      List<Area> areas = new ArrayList<>(site.app().store().areas().localAuthorities(nation));
      areas.sort(Comparator.comparing(page::name));
      for (Area area : areas) {
        options.add(new ProjectionChoices.Option(area.code().value(), page.name(area), page.text("nation." + nation.id())));
      }
    }
    return options;
  }
}
