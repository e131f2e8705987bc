package uk.lacexplorer.selfeval;

import java.util.List;

/**
 * Ratings of a characteristic, a theme or the whole round. When {@code suppressed}, every figure but the respondent
 * count is null, so that no one's answer can be singled out.
 *
 * @param respondents submitted responses behind these figures
 * @param rated answers on the scale (pooled over characteristics for a theme or the round)
 * @param dontKnow "don't know" answers
 * @param counts answers per level, lowest first
 * @param median median level (x.5 when two middle answers differ)
 * @param shareEstablishedOrBetter share of rated answers at "established" or above
 */
public record Summary(int respondents, boolean suppressed, Long rated, Long dontKnow, List<Long> counts, Double median,
                      Double mean, Double shareEstablishedOrBetter) {

  public static Summary suppressed(int respondents) {
    return new Summary(respondents, true, null, null, null, null, null, null);
  }
}
