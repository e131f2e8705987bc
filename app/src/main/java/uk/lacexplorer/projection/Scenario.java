package uk.lacexplorer.projection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.lacexplorer.i18n.UserError;

/**
 * A what-if: the entry rate changed by a percentage, the exit probability changed by a percentage (more exits home or
 * to special guardianship). Combinable: a file holds {@code name = number} lines, {@code #} starts a comment.
 */
public record Scenario(double entryChangePct, double exitChangePct) {
  public static final Scenario NONE = new Scenario(0, 0);

  public Scenario {
    if (!(entryChangePct >= -100 && entryChangePct <= 500) || !(exitChangePct >= -100 && exitChangePct <= 500)) {
      throw UserError.of("error.projection.scenarioRange", entryChangePct, exitChangePct);
    }
  }

  public boolean isNone() {
    return entryChangePct == 0 && exitChangePct == 0;
  }

  public double rateFactor() {
    return 1 + entryChangePct / 100;
  }

  public double exitFactor() {
    return 1 + exitChangePct / 100;
  }

  /** From a file of {@code entry_rate_change_pct = x} and {@code exit_change_pct = y} lines. */
  public static Scenario read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserError.of("error.projection.scenarioUnreadable", file.toString());
    }
    return parse(file.toString(), lines);
  }

  public static Scenario parse(String name, List<String> lines) {
    double entry = 0;
    double exit = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq).strip();
      String text = eq < 0 ? "" : line.substring(eq + 1).strip();
      double number;
      try {
        number = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw UserError.of("error.projection.scenarioValue", name, i + 1, text);
      }
      switch (key) {
        case "entry_rate_change_pct" -> entry = number;
        case "exit_change_pct" -> exit = number;
        default -> throw UserError.of("error.projection.scenarioKey", name, i + 1, key);
      }
    }
    return new Scenario(entry, exit);
  }

  /** From form or query fields (blank = no change). */
  public static Scenario fields(String entry, String exit) {
    return new Scenario(number("entry_change", entry), number("exit_change", exit));
  }

  private static double number(String field, String text) {
    if (text == null || text.isBlank()) return 0;
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw UserError.of("error.projection.fieldValue", field, text);
    }
  }
}
