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
      throw new UserError("unknown population series '" + text + "': use auto, ons or dfe");
    }
  }
}
