package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Output;

/** The one mapper of a {@link ShrinkageResult}: each authority's raw and empirical-Bayes rate with intervals. */
public final class ShrinkageTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.whole("count"), Column.whole("population_0_17"), Column.rate("rate_per_10000"), Column.rate("ci95_lower"),
      Column.rate("ci95_upper"), Column.rate("eb_rate_per_10000"), Column.rate("eb_ci95_lower"),
      Column.rate("eb_ci95_upper"), Column.decimals("shrinkage", 6, 3));

  private ShrinkageTable() {
  }

  public static Output output(ShrinkageResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (ShrinkageResult.Row row : result.rows()) {
      rows.add(Output.row(row.areaCode(), row.areaName(), row.observed(), row.population(), row.rawRatePer10k(),
          row.rawLower95(), row.rawUpper95(), row.estimatePer10k(), row.lower95(), row.upper95(), row.shrinkage()));
    }
    List<String> notes = new ArrayList<>();
    notes.add(result.priorShape() == null
        ? "The authorities vary no more than chance explains: every estimate is the pooled rate %.2f.".formatted(result.priorMeanPer10k())
        : "True rates modelled as gamma with mean %.2f per 10,000 and shape %.2f (spread %.0f%% of the mean), fitted by maximum likelihood."
            .formatted(result.priorMeanPer10k(), result.priorShape(), 100 * result.coefficientOfVariation()));
    notes.add("rate_per_10000 with its exact 95% interval; eb_ columns the estimate and 95% interval; shrinkage = weight "
        + "on the mean (0 = raw rate kept).");
    notes.add("Denominators: " + String.join("; ", result.denominators()) + ".");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("measure", result.measure());
    json.put("year", result.year());
    json.put("nations", result.nations());
    json.put("prior_mean_per_10000", Numbers.round(result.priorMeanPer10k(), 4));
    json.put("prior_shape", Numbers.round(result.priorShape(), 6));
    json.put("coefficient_of_variation", Numbers.round(result.coefficientOfVariation(), 6));
    json.put("denominators", result.denominators());
    json.put("rows", Output.objects(COLUMNS, rows));
    return new Output(COLUMNS, rows, notes, json);
  }
}
