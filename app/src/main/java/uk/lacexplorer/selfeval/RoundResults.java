package uk.lacexplorer.selfeval;

import java.util.List;
import java.util.Map;

/**
 * A closed round's aggregated results: per characteristic, theme and overall, with agreement and the widest gaps
 * between stakeholder groups. Figures from fewer than {@link #MINIMUM_RESPONDENTS} respondents are suppressed.
 */
public record RoundResults(Round round, Framework framework, int respondents, Map<String, Integer> respondentsByGroup,
                           List<ItemResult> items, Map<String, Summary> themes, Summary overall) {
  public static final int MINIMUM_RESPONDENTS = 5;

  public RoundResults {
    respondentsByGroup = Map.copyOf(respondentsByGroup);
    items = List.copyOf(items);
    themes = Map.copyOf(themes);
  }

  public ItemResult item(String characteristicId) {
    return items.stream().filter(item -> item.characteristicId().equals(characteristicId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no characteristic " + characteristicId));
  }

  public List<ItemResult> flagged() {
    return items.stream().filter(ItemResult::flagged).toList();
  }
}
