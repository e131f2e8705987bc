package uk.lacexplorer.need;

import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;

/**
 * Similar need, different rates: each authority with its k nearest, the false discovery rate, and whether to show
 * every pair tested or only those that differ.
 */
public record PairsRequest(NeedRequest need, int k, double fdr, boolean all) {
  public static final double DEFAULT_FDR = 0.05;

  public PairsRequest {
    Objects.requireNonNull(need, "need");
    if (k < 1) throw UserError.of("error.need.kAtLeast", Arg.option("k"), 1, k);
    if (!(fdr > 0 && fdr < 1)) throw UserError.of("error.need.fdr", Arg.option("fdr"), fdr);
  }

  public static double fdr(String text) {
    if (text == null || text.isBlank()) return DEFAULT_FDR;
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw UserError.of("error.need.fdr", Arg.option("fdr"), Choices.shorten(text));
    }
  }
}
