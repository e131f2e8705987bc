package uk.lacexplorer.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.rates.RateRow;

/** The words of the reproduction, in one language, shared by its table ({@code --format}) and its document. */
final class Reproduce2013Text {
  private final Reproduce2013Result result;
  private final Narrative n;
  private final Map<String, String[]> names = new HashMap<>();

  Reproduce2013Text(Reproduce2013Result result, Messages messages) {
    this.result = result;
    this.n = new Narrative(messages, result.lang());
    for (List<RateRow> rows : List.of(result.wales2012(), result.england2012())) {
      for (RateRow row : rows) names.put(row.areaCode().value(), new String[] {row.areaName(), row.areaNameCy()});
    }
  }

  Narrative narrative() {
    return n;
  }

  Lang lang() {
    return result.lang();
  }

  String what(Reproduce2013Result.Line line) {
    String id = line.published().id();
    return id.matches("top_\\d+") ? n.text("repro2013.what.top", id.substring(4)) : n.text("repro2013.what." + id);
  }

  String name(String code) {
    String[] both = names.get(code);
    return both == null ? code : n.name(both[0], both[1]);
  }

  String areas(List<String> codes) {
    if (codes.isEmpty()) return n.text("repro2013.none");
    List<String> shown = new ArrayList<>();
    for (String code : codes) shown.add(name(code));
    return String.join(", ", shown);
  }

  /** The published figure as the report prints it, with the areas it names. */
  String published(Reproduce2013Result.Line line) {
    Published2013.Figure figure = line.published();
    if (figure.kind() == Published2013.Kind.AREAS) return areas(figure.areas());
    String value = figure.value().replace("-", "\u2212");
    if (figure.areas().isEmpty() || figure.areas().get(0).endsWith("92000004") || figure.areas().get(0).endsWith("92000001")) {
      return value;
    }
    return value + " (" + areas(figure.areas()) + ")";
  }

  /** Our figure, at one decimal more than the report prints. */
  String ours(Reproduce2013Result.Line line) {
    Published2013.Figure figure = line.published();
    if (figure.kind() == Published2013.Kind.AREAS) return areas(line.areas());
    if (line.value() == null) return n.text("repro2013.none");
    String value = switch (figure.kind()) {
      case COUNT -> Figures.count(line.value());
      case CHANGE -> Figures.signed(line.value());
      default -> Figures.rate(line.value());
    };
    if (line.areas().isEmpty() || line.areas().get(0).endsWith("92000004") || line.areas().get(0).endsWith("92000001")) {
      return value;
    }
    if (figure.id().equals("top_welsh")) return value + " (" + areas(line.areas()) + ")";
    return value + " (" + areas(line.areas()) + ")";
  }

  String denominator(Reproduce2013Result.Line line) {
    return n.text(line.denominator(), line.denominatorArgs().toArray());
  }

  String agreement(Reproduce2013Result.Line line) {
    return n.text(line.agrees() ? "repro2013.agrees" : "repro2013.differs");
  }

  /** Why ours differs from the published figure (empty when they agree). */
  String why(Reproduce2013Result.Line line) {
    return line.agrees() ? "" : n.text("repro2013.why." + line.published().why());
  }

  /** The factor of an appendix 3 figure, with the year of its values when it was fitted. */
  String factorName(Reproduce2013Result.Factor factor) {
    String name = n.text("repro2013.factor." + factor.figure());
    return factor.fitted() ? n.text("repro2013.factor.year", name, factor.factorYear()) : name;
  }

  String rateRatio(Reproduce2013Result.Factor factor) {
    if (!factor.fitted()) return "";
    return Figures.ratio(factor.rateRatio()) + " (" + Figures.ratio(factor.lower()) + "\u2013"
        + Figures.ratio(factor.upper()) + ")";
  }

  String deviance(Reproduce2013Result.Factor factor) {
    return factor.fitted() ? String.format(java.util.Locale.UK, "%.1f%%", factor.devianceExplained() * 100) : "";
  }

  /** The two authorities with similar values whose rates are furthest apart, with their values and rates. */
  String pair(Reproduce2013Result.Factor factor) {
    Reproduce2013Result.Pair pair = factor.pair();
    if (pair == null) return n.text("repro2013.pair.none");
    RateRow a = pair.higher();
    RateRow b = pair.lower();
    return n.text("repro2013.pair", n.name(a.areaName(), a.areaNameCy()), factorValue(factor, pair.higherValue()),
        Figures.rate(a.rate()), Figures.rate(a.lower()), Figures.rate(a.upper()), n.name(b.areaName(), b.areaNameCy()),
        factorValue(factor, pair.lowerValue()), Figures.rate(b.rate()), Figures.rate(b.lower()), Figures.rate(b.upper()));
  }

  /** A factor's value as its measure is written: persons per household to 2 places, counts whole, shares to one. */
  static String factorValue(Reproduce2013Result.Factor factor, double value) {
    return switch (factor.measure()) {
      case "household_size_mean" -> Figures.ratio(value);
      case "population_density_per_km2", "population_0_17" -> Figures.count(value);
      default -> Figures.rate(value) + "%";
    };
  }

  /** What the data say of the figure's claim. */
  String reading(Reproduce2013Result.Factor factor) {
    if (!factor.fitted()) return n.text("repro2013.reading." + factor.status());
    if (factor.agrees() == null) {
      return n.text("repro2013.reading.context", String.format(java.util.Locale.UK, "%.3f", factor.p()));
    }
    return n.text("repro2013.reading." + (factor.agrees() ? "agrees." : "disagrees.") + factor.claim());
  }

  /** The figure on one line, for the notes under the table of {@code --format}. */
  String factor(Reproduce2013Result.Factor factor) {
    String line = n.text("repro2013.note.figure", factor.figure()) + ": " + factorName(factor) + ". "
        + n.text("repro2013.claim." + factor.claim()) + ".";
    if (factor.fitted()) {
      line += " " + n.text("repro2013.col.rateRatio") + ": " + rateRatio(factor) + "; " + n.text("repro2013.col.deviance")
          + ": " + deviance(factor) + "; " + n.text("repro2013.col.pair") + ": " + pair(factor) + ".";
    }
    return line + " " + reading(factor) + ".";
  }
}
