package uk.lacexplorer.imports.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An .xlsx workbook read whole into sheets of text rows ({@link RawTable.Row}, line = spreadsheet row number, fields
 * as displayed text). A file that is not a readable workbook (for example cut off during download) is a problem.
 */
public final class Workbook {
  private final List<Sheet> sheets;
  private final ReadableWorkbook workbook;
  private final String sha256;

  private Workbook(ReadableWorkbook workbook, String sha256) {
    this.workbook = workbook;
    this.sheets = workbook.getSheets().toList();
    this.sha256 = sha256;
  }

  /** The workbook, or empty with a problem when the file cannot be read as one. */
  public static Optional<Workbook> open(Path file, Problems problems) {
    byte[] bytes = FileBytes.read(file);
    try {
      return Optional.of(new Workbook(new ReadableWorkbook(new ByteArrayInputStream(bytes)), FileBytes.sha256(bytes)));
    } catch (IOException | RuntimeException e) {
      problems.addFile("import.workbook.unreadable", e.getMessage());
      return Optional.empty();
    }
  }

  public String sha256() {
    return sha256;
  }

  /** The rows of the first sheet whose name starts with {@code prefix}, or empty with a problem. */
  public Optional<List<RawTable.Row>> sheet(String prefix, Problems problems) {
    Optional<Sheet> sheet = sheets.stream().filter(candidate -> candidate.getName().startsWith(prefix)).findFirst();
    if (sheet.isEmpty()) {
      problems.addFile("import.workbook.noSheet", prefix, sheets.stream().map(Sheet::getName).toList());
      return Optional.empty();
    }
    try {
      List<RawTable.Row> rows = new ArrayList<>();
      for (Row row : sheet.get().read()) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) fields.add(row.getCellText(i) == null ? "" : row.getCellText(i));
        rows.add(new RawTable.Row(row.getRowNum(), fields));
      }
      return Optional.of(rows);
    } catch (IOException | RuntimeException e) {
      problems.addFile("import.workbook.sheetUnreadable", sheet.get().getName(), e.getMessage());
      return Optional.empty();
    }
  }

  /** Spreadsheet column letters for a 0-based index: 0 → A, 27 → AB. */
  public static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) letters.insert(0, (char) ('A' + (i - 1) % 26));
    return letters.toString();
  }
}
