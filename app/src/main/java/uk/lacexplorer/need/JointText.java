package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.measure.MeasureCatalogue;

/**
 * The answer of a model across both nations in English and Welsh: how far Welsh rates differ from English ones once
 * the factors are counted, with the 95% interval, and which Welsh authorities lie outside the joint funnel. The CLI's
 * notes, the JSON ({@code summary_en}, {@code summary_cy}) and the compare page word it alike.
 */
public final class JointText {
  private static final MeasureCatalogue MEASURES = MeasureCatalogue.standard();

  private JointText() {
  }

  public static String summary(Lang lang, NeedModel model) {
    NationEffect effect = model.nation();
    if (effect == null) return "";
    Messages messages = Messages.standard();
    String key = !effect.distinguishable() ? "need.joint.same" : effect.ratio() > 1 ? "need.joint.higher" : "need.joint.lower";
    String text = messages.format(lang, key, factors(lang, model), decimals(Math.abs(effect.percent()), 1),
        decimals(effect.ratio(), 3), decimals(effect.lower(), 3), decimals(effect.upper(), 3), effect.welsh(),
        effect.english());
    if (effect.interactions()) text += " " + messages.lookup(lang, "need.joint.atAverage");
    return text;
  }

  /** The Welsh authorities outside the funnel's 95% limits, or that there are none; empty without a funnel. */
  public static String outliers(Lang lang, NeedModel model) {
    NationEffect effect = model.nation();
    if (effect == null || model.funnelMethod() == null) return "";
    Messages messages = Messages.standard();
    int all = effect.welsh() + effect.english();
    if (effect.outliers().isEmpty()) return messages.format(lang, "need.joint.noOutliers", all);
    List<String> named = new ArrayList<>();
    for (NationEffect.Outlier outlier : effect.outliers()) {
      String side = messages.lookup(lang, outlier.position().startsWith("above") ? "need.joint.above" : "need.joint.below");
      String name = lang.welsh() ? outlier.nameCy() : outlier.name();
      named.add(name + " (" + decimals(outlier.ratio(), 2) + ", " + side + ")");
    }
    return messages.format(lang, "need.joint.outliers", all, String.join(", ", named));
  }

  private static String factors(Lang lang, NeedModel model) {
    List<String> labels = new ArrayList<>();
    for (String id : model.table().covariates()) {
      String label = MEASURES.find(id).map(m -> m.label(lang.welsh())).orElse(id);
      labels.add(label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1));
    }
    return String.join(", ", labels);
  }

  static String decimals(double value, int places) {
    return String.format(Locale.UK, "%." + places + "f", value);
  }
}
