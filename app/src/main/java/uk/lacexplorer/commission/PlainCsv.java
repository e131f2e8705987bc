package uk.lacexplorer.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.i18n.UserError;

/**
 * The small CSV files a user writes for commissioning (places, costs): blank lines and {@code #} comments skipped, a
 * byte-order mark dropped, the first line the expected header (spaces and case aside), every other line exactly as
 * many cells as the header has. Each mistake is one error naming the file and line; plain cells (no quoting).
 */
final class PlainCsv {
  /** A data line: its line number in the file (from 1) and its cells. */
  record Row(int line, String[] cells) {
  }

  private PlainCsv() {
  }

  /**
   * @param headerKey the error for a first line that is not {@code header} (arguments: file, line, the line)
   * @param cellsKey the error for a line with the wrong number of cells (arguments: file, line, its count)
   * @param emptyKey the error for a file with no header (argument: file)
   */
  static List<Row> rows(String name, List<String> text, String header, String headerKey, String cellsKey,
                        String emptyKey) {
    int columns = header.split(",", -1).length;
    List<Row> rows = new ArrayList<>();
    boolean seen = false;
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).strip();
      if (i == 0) line = line.replace("\uFEFF", "");
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (!seen) {
        if (!line.replace(" ", "").toLowerCase(Locale.ROOT).equals(header)) {
          throw UserError.of(headerKey, name, i + 1, Supply.clip(line));
        }
        seen = true;
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != columns) throw UserError.of(cellsKey, name, i + 1, cells.length);
      rows.add(new Row(i + 1, cells));
    }
    if (!seen) throw UserError.of(emptyKey, name);
    return rows;
  }
}
