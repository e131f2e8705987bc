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

  /**
   * How often a group's own figures were withheld, and for which reason, over the characteristics that are shown; in
   * the framework's group order, groups never withheld left out.
   */
  public List<GroupWithholding> withheldGroups() {
    List<GroupWithholding> list = new java.util.ArrayList<>();
    for (Framework.StakeholderGroup group : framework.groups()) {
      int tooFew = 0;
      int protecting = 0;
      for (ItemResult item : items) {
        for (ItemResult.Withheld withheld : item.withheld()) {
          if (!withheld.groupId().equals(group.id())) continue;
          if (withheld.reason() == ItemResult.WithheldReason.TOO_FEW) tooFew++;
          else protecting++;
        }
      }
      if (tooFew + protecting > 0) {
        list.add(new GroupWithholding(group.id(), respondentsByGroup.getOrDefault(group.id(), 0), tooFew, protecting));
      }
    }
    return list;
  }

  /**
   * A group withheld for some characteristics: {@code tooFew} of them because it gave fewer than the minimum of rated
   * answers, {@code protecting} so that a smaller group's figures cannot be worked out by subtraction.
   */
  public record GroupWithholding(String groupId, int respondents, int tooFew, int protecting) {
  }

  public List<ItemResult> flagged() {
    return items.stream().filter(ItemResult::flagged).toList();
  }
}
