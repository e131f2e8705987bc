package uk.lacexplorer.web.selfeval;

import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.web.Formats;

/** A framework's names in the page's language, and the numbers of results written for people. Not thread-safe. */
public record Labels(Framework framework, boolean welsh, Formats formats) {

  public String group(String groupId) {
    return framework.group(groupId).map(group -> group.label(welsh)).orElse(groupId);
  }

  public String characteristic(String id) {
    return framework.characteristic(id).map(item -> item.text(welsh)).orElse(id);
  }

  public String theme(String id) {
    return framework.themes().stream().filter(theme -> theme.id().equals(id)).findFirst()
        .map(theme -> theme.title(welsh)).orElse(id);
  }

  public String level(int level) {
    return framework.point(level).label(welsh);
  }

  /** A median as a scale label; between two labels when it falls half-way ("Emerging to Established"). */
  public String median(Double median, String betweenPattern) {
    if (median == null) return "";
    int low = (int) Math.floor(median);
    if (median == low) return level(low);
    return betweenPattern.replace("{0}", level(low)).replace("{1}", level(low + 1));
  }

  public String percent(Double share) {
    return share == null ? "" : formats.number(share * 100, 0) + "%";
  }

  public String decimal(Double value) {
    return formats.number(value, 2);
  }

  public String signed(Double value) {
    if (value == null) return "";
    return (value > 0 ? "+" : "") + formats.number(value, 1);
  }
}
