package uk.lacexplorer.web.projection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the reader asked of the projection page, as typed (so a refused value is shown back in its field).
 *
 * @param authorities the authorities offered, Welsh first
 */
public record ProjectionChoices(String area, String horizon, String entryChange, String exitChange,
                                String matchNeighbours, String stepDown, String stage, String stageChange,
                                List<Option> authorities) {
  public ProjectionChoices {
    authorities = List.copyOf(authorities);
    matchNeighbours = matchNeighbours == null || matchNeighbours.isBlank() ? "none" : matchNeighbours.strip();
    stepDown = stepDown == null || stepDown.isBlank() ? "0" : stepDown;
    stage = stage == null || stage.isBlank() ? "none" : stage.strip();
    stageChange = stageChange == null || stageChange.isBlank() ? "0" : stageChange;
  }

  /** The choices of the neighbours' median offered by the form. */
  public static final List<String> MATCHES = List.of("none", "entry", "exit", "both");

  /** The stages a change can be made at, after "none". */
  public static final List<String> STAGES = java.util.stream.Stream.concat(java.util.stream.Stream.of("none"),
      uk.lacexplorer.projection.Scenario.STAGES.stream()).toList();

  /** The scenario the fields ask for. */
  public uk.lacexplorer.projection.Scenario scenario() {
    return uk.lacexplorer.projection.Scenario.fields(entryChange, exitChange, matchNeighbours, stepDown, stage,
        stageChange);
  }

  /** An authority in the list: its code, its name in the page's language and its nation's name. */
  public record Option(String code, String name, String nation) {
  }

  public boolean chosen(Option option) {
    return option.code().equalsIgnoreCase(area == null ? "" : area.strip());
  }

  /** The same request as a query string of {@code /api/v1/project} (and the CSV download). */
  public String query() {
    return "area=" + encode(area) + "&horizon=" + encode(horizon) + "&entry-change=" + encode(entryChange)
        + "&exit-change=" + encode(exitChange) + "&match-neighbours=" + encode(matchNeighbours)
        + "&step-down=" + encode(stepDown) + "&stage=" + encode(stage) + "&stage-change=" + encode(stageChange);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
