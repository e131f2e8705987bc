package uk.lacexplorer.selfeval;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of a {@link Framework}: a row per characteristic, and the framework document as the JSON answer. */
public final class FrameworkTable {
  public static final List<Column> COLUMNS = Column.named(List.of("theme", "id", "text_en", "text_cy"));

  private FrameworkTable() {
  }

  public static Output output(Framework framework) {
    List<List<Object>> rows = new ArrayList<>();
    for (Framework.Theme theme : framework.themes()) {
      for (Framework.Characteristic item : theme.characteristics()) {
        rows.add(List.of(theme.id(), item.id(), item.textEn(), item.textCy()));
      }
    }
    return Output.of(COLUMNS, rows, List.of(framework.key() + ": " + framework.creditEn()))
        .withJson(FrameworkJson.tree(framework));
  }
}
