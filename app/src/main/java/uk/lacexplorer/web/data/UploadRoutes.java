package uk.lacexplorer.web.data;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.ImportRejectedException;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.store.ImportSummary;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.WebRole;

/**
 * Uploading an official file on the Data page ({@code /data/upload}): the same importers and all-or-nothing rule as
 * {@code ./lacx import}, a GOV.UK error summary listing every problem of a rejected file, or a report of what
 * changed. Needs {@link WebRole#DATA_MANAGER}: off unless {@code LACX_ALLOW_UPLOAD=true} (later: a signed-in role).
 */
public final class UploadRoutes implements WebModule {
  static final int SHOWN_PROBLEMS = 100;
  private final Site site;

  public UploadRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/data/upload", ctx -> form(ctx, UploadForm.empty(), List.of(), 200), WebRole.DATA_MANAGER);
    routes.post("/data/upload", this::upload, WebRole.DATA_MANAGER);
  }

  private void form(Context ctx, UploadForm form, List<ErrorItem> errors, int status) {
    Page page = site.page(ctx, DataRoutes.SECTION);
    ctx.status(status);
    site.render(ctx, "data/upload.jte", Map.of("page", page, "form", form, "errors", errors,
        "importers", site.app().importers().all()));
  }

  private void upload(Context ctx) {
    Page page = site.page(ctx, DataRoutes.SECTION);
    UploadForm form = new UploadForm(blank(ctx.formParam("kind")), blank(ctx.formParam("options")),
        "on".equals(ctx.formParam("check")));
    UploadedFile file = ctx.uploadedFile("file");
    List<ErrorItem> errors = new ArrayList<>();
    if (form.kind().isEmpty() || site.app().importers().find(form.kind()).isEmpty()) {
      errors.add(new ErrorItem(page.text("upload.error.kind"), "#kind"));
    }
    if (file == null || file.size() == 0) errors.add(new ErrorItem(page.text("upload.error.file"), "#file"));
    Map<String, String> options = new LinkedHashMap<>();
    for (String line : form.options().split("\\R")) {
      if (line.isBlank()) continue;
      int equals = line.indexOf('=');
      if (equals <= 0) {
        errors.add(new ErrorItem(page.text("upload.error.options", line.strip()), "#options"));
        break;
      }
      options.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
    }
    if (!errors.isEmpty()) {
      form(ctx, form, errors, 400);
      return;
    }
    Path folder = null;
    try {
      folder = Files.createTempDirectory("lacx-upload");
      Path saved = folder.resolve(safeName(file.filename()));
      try (InputStream in = file.content()) {
        Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
      }
      if (saved.getFileName().toString().matches("(?i).*\\.(csv|tsv|txt)")) {
        String problem = uk.lacexplorer.web.CleanText.problem(Files.readAllBytes(saved), false);
        if (problem != null) {
          throw UserError.of("error.upload.notText", saved.getFileName(), uk.lacexplorer.i18n.Arg.key(problem));
        }
      }
      if (form.checkOnly()) {
        ImportResult result = site.app().imports().check(form.kind(), saved, options);
        if (result instanceof ImportResult.Rejected rejected) throw new ImportRejectedException(rejected.problems());
        int values = ((ImportResult.Loaded) result).observations().size();
        done(ctx, page, saved.getFileName().toString(), form.kind(), null, values);
      } else {
        ImportSummary summary = site.app().imports().importFile(form.kind(), saved, options);
        site.dataChanged();
        done(ctx, page, saved.getFileName().toString(), form.kind(), summary, 0);
      }
    } catch (ImportRejectedException rejected) {
      form(ctx, form, problems(page, rejected.problems(), folder), 400);
    } catch (UserError error) {
      form(ctx, form, List.of(new ErrorItem(withoutFolder(error.render(page.lang(), uk.lacexplorer.i18n.Audience.WEB), folder), "#file")), 400);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(folder);
    }
  }

  private void done(Context ctx, Page page, String fileName, String kind, ImportSummary summary, int checkedValues) {
    site.render(ctx, "data/uploaded.jte", Map.of("page", page, "fileName", fileName, "kind", kind,
        "summary", summary == null ? UploadResult.checked(checkedValues) : UploadResult.imported(summary)));
  }

  static List<ErrorItem> problems(Page page, List<Problem> problems, Path folder) {
    List<ErrorItem> items = new ArrayList<>();
    items.add(new ErrorItem(problems.size() == 1 ? page.text("upload.rejectedOne")
        : page.text("upload.rejected", String.valueOf(problems.size())), null));
    for (Problem problem : problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()))) {
      items.add(new ErrorItem(withoutFolder(problem.render(page.lang(), uk.lacexplorer.i18n.Audience.WEB), folder), null));
    }
    if (problems.size() > SHOWN_PROBLEMS) {
      items.add(new ErrorItem(page.text("upload.moreProblems", String.valueOf(problems.size() - SHOWN_PROBLEMS)), null));
    }
    return items;
  }

  /** Problems name the saved copy; people should see only the name of the file they chose. */
  static String withoutFolder(String message, Path folder) {
    return folder == null || message == null ? message : message.replace(folder + java.io.File.separator, "");
  }

  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ ()-]", "_").strip();
    return base.isEmpty() || base.startsWith(".") ? "upload" + base : base;
  }

  private static String blank(String text) {
    return text == null ? "" : text.strip();
  }

  private static void delete(Path folder) {
    if (folder == null) return;
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
    } catch (IOException e) {
      folder.toFile().deleteOnExit();
    }
  }
}
