package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of similar-need pairs: those that differ (or every pair tested when the request says all). */
public final class PairsTable {
  public static final List<Column> COLUMNS = List.of(Column.text("higher_code"), Column.text("higher_name"),
      Column.text("lower_code"), Column.text("lower_name"), Column.decimals("need_distance", 4, 2),
      Column.rate("higher_rate"), Column.rate("lower_rate"), Column.decimals("rate_ratio", 4, 2),
      Column.decimals("ratio_ci95_lower", 4, 2), Column.decimals("ratio_ci95_upper", 4, 2), Column.p("p"), Column.p("q"),
      Column.text("differs"));

  private PairsTable() {
  }

  public static Output output(PairsRequest request, List<SimilarPair> pairs) {
    List<List<Object>> rows = new ArrayList<>();
    for (SimilarPair pair : pairs) {
      if (!request.all() && !pair.differs()) continue;
      rows.add(Output.row(pair.first().code().value(), pair.first().name(), pair.second().code().value(),
          pair.second().name(), pair.distance(), pair.first().ratePer10000(), pair.second().ratePer10000(),
          pair.rateRatio(), pair.lower(), pair.upper(), pair.p(), pair.q(), pair.differs()));
    }
    long differing = pairs.stream().filter(SimilarPair::differs).count();
    List<String> notes = new ArrayList<>();
    notes.add("%d pairs of similar need tested (each authority with its %d nearest on z-scores of %s); %d differ at a false discovery rate of %s."
        .formatted(pairs.size(), request.k(), String.join(", ", request.need().covariateNames()), differing,
            NeedJson.text(request.fdr(), 2)));
    notes.add("Counts are rounded to whole children for the exact test. Rates per 10,000.");
    return Output.of(COLUMNS, rows, notes);
  }
}
