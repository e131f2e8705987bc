package uk.lacexplorer.web;

import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;

/** Authority names in the page's language for codes found in an analysis' output. */
public final class NameLookup {
  private final AreaRegistry registry;

  public NameLookup(AreaRegistry registry) {
    this.registry = registry;
  }

  public String name(String code, String fallback, boolean welsh) {
    if (!AreaCode.isCode(code)) return fallback;
    return registry.find(AreaCode.parse(code)).map(area -> area.name(welsh)).orElse(fallback);
  }
}
