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
}
