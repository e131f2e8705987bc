package uk.lacexplorer.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The jte templates of {@code src/main/jte}, compiled at build time. Thread-safe. */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders a template (e.g. {@code "overview/overview.jte"}) with its parameters to HTML. */
  public String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput(16 * 1024);
    engine.render(template, params, output);
    return output.toString();
  }
}
