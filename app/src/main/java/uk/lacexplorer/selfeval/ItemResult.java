package uk.lacexplorer.selfeval;

import java.util.List;

/**
 * Results for one characteristic: its summary, how far respondents agree, each stakeholder group large enough to
 * show, and the gap between the groups rating it lowest and highest.
 *
 * @param leikConsensus 1 − Leik's ordinal dispersion: 1 full agreement, 0 an even split between the extremes
 * @param tastleWiermanConsensus Tastle and Wierman's consensus, on the same 0–1 reading
 * @param gap null unless at least two groups can be shown
 * @param flagged one of the widest gaps between groups in this round
 * @param withheld the groups that answered but are not shown separately, and why (in the framework's group order)
 */
public record ItemResult(String characteristicId, String themeId, Summary summary, Double leikConsensus,
                         Double tastleWiermanConsensus, List<GroupSummary> groups, Divergence gap, boolean flagged,
                         List<Withheld> withheld) {

  /** Why a group's own figures are not shown (its answers still count in the totals). */
  public enum WithheldReason {
    /** Fewer than {@link RoundResults#MINIMUM_RESPONDENTS} rated answers from the group. */
    TOO_FEW,
    /** Shown, the group's figures and the total would give away a small group's figures by subtraction. */
    PROTECTS_SMALL_GROUP
  }

  /** A group not shown separately for this characteristic. */
  public record Withheld(String groupId, WithheldReason reason) {
  }

  /** One stakeholder group's ratings of the characteristic (only groups with at least 5 rated answers). */
  public record GroupSummary(String groupId, long rated, double median, double mean) {
  }

  /**
   * The groups with the lowest and highest mean rating, and how they differ.
   *
   * @param cliffsDelta P(high &gt; low) − P(high &lt; low) over all pairs of their answers
   * @param pValue Mann–Whitney two-sided p-value (normal approximation); descriptive, not a verdict
   */
  public record Divergence(String lowGroupId, String highGroupId, double meanGap, double medianGap, double cliffsDelta,
                           double pValue) {
  }

  public ItemResult {
    groups = List.copyOf(groups);
    withheld = List.copyOf(withheld);
  }

  /** The same result, flagged as one of the round's widest gaps. */
  ItemResult flag() {
    return new ItemResult(characteristicId, themeId, summary, leikConsensus, tastleWiermanConsensus, groups, gap, true,
        withheld);
  }
}
