package uk.lacexplorer.cascade;

import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;

/**
 * The cascade of one authority ({@code area}, a name or code) in one year ending 31 March ({@code year}, null for
 * the latest year with referrals or children looked after for it), compared with its {@code k} nearest need-based
 * neighbours.
 */
public record CascadeRequest(String area, Integer year, int k) {
  public static final int DEFAULT_K = 5;

  public CascadeRequest {
    if (area == null || area.isBlank()) throw UserError.of("error.option.required", Arg.option("area"));
    area = area.strip();
    if (year != null && (year < 2000 || year > 2035)) throw UserError.of("error.cascade.year", year);
    if (k < 1 || k > 20) throw UserError.of("error.cascade.k", Arg.option("k"), k);
  }

  /** As typed on the command line or in a URL; null or blank means the default. */
  public static CascadeRequest parse(String area, String year, String k) {
    return new CascadeRequest(area, Choices.integer("year", year, null), Choices.integer("k", k, DEFAULT_K));
  }
}
