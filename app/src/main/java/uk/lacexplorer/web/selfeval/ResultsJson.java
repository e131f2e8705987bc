package uk.lacexplorer.web.selfeval;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.lacexplorer.selfeval.ItemResult;
import uk.lacexplorer.selfeval.RoundResults;

/** A round's results for the API: the round, the framework version, and the aggregated figures only. */
final class ResultsJson {
  private ResultsJson() {
  }

  static Map<String, Object> of(RoundResults results) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("round", results.round());
    body.put("framework", results.framework().key());
    body.put("minimum_respondents", RoundResults.MINIMUM_RESPONDENTS);
    body.put("respondents", results.respondents());
    body.put("respondents_by_group", results.respondentsByGroup());
    body.put("overall", results.overall());
    body.put("themes", results.themes());
    body.put("withheld_groups", results.withheldGroups());
    body.put("items", results.items());
    body.put("flagged", results.flagged().stream().map(ItemResult::characteristicId).toList());
    return body;
  }
}
