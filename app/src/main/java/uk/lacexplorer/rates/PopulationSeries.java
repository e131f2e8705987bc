package uk.lacexplorer.rates;

import java.util.Locale;
import uk.lacexplorer.i18n.UserError;

/** Which population estimates to divide by. */
public enum PopulationSeries {
  /** DfE's own published denominator for the same year where it exists (so rates match DfE's), ONS otherwise. */
  AUTO,
  /** ONS mid-year estimates only. */
  ONS,
  /** DfE's published denominators only. */
  DFE;

  public static PopulationSeries parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw UserError.of("error.choice.unknown", uk.lacexplorer.i18n.Arg.option("population"), String.valueOf(text),
          uk.lacexplorer.i18n.Arg.choice(java.util.List.of("auto", "ons", "dfe")));
    }
  }
}
