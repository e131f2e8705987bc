package uk.lacexplorer.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ods reader: repeated cells and rows, stored number values, paragraphs, notes left out, damaged files refused. */
public class OdsWorkbookTest {
  @TempDir
  Path dir;

  /** A minimal .ods: a zip holding {@code content.xml} with the given tables. */
  public static byte[] ods(String tables) throws IOException {
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
        + tables + "</office:spreadsheet></office:body></office:document-content>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  public static String cell(String text) {
    return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
  }

  public static String number(String value, String shown) {
    return "<table:table-cell office:value-type=\"float\" office:value=\"" + value + "\"><text:p>" + shown
        + "</text:p></table:table-cell>";
  }

  @Test
  void repeatedCellsAndRowsAreExpandedAndNumbersKeepTheirStoredValue() throws Exception {
    byte[] file = ods("<table:table table:name=\"Front\"><table:table-row>" + cell("cover") + "</table:table-row></table:table>"
        + "<table:table table:name=\"Data\">"
        + "<table:table-row>" + cell("E-code") + "<table:table-cell table:number-columns-repeated=\"2\"/>" + cell("Total")
        + "</table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"2\">" + "<table:table-cell table:number-columns-repeated=\"2\""
        + " office:value-type=\"float\" office:value=\"16878876.029169999\"><text:p>16,878,876</text:p></table:table-cell>"
        + cell("[x]") + "<table:table-cell table:number-columns-repeated=\"16000\"/></table:table-row>"
        + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Two</text:p><text:p>lines<text:s text:c=\"2\"/>here</text:p>"
        + "<office:annotation><text:p>a note</text:p></office:annotation></table:table-cell></table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        + "</table:table>");
    Map<String, List<RawTable.Row>> sheets = OdsWorkbook.sheets(file);
    assertThat(sheets.keySet()).containsExactly("Front", "Data");
    List<RawTable.Row> rows = sheets.get("Data");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).fields()).containsExactly("E-code", "", "", "Total");
    // Three empty rows are skipped but counted: the next row is the spreadsheet's row 5.
    assertThat(rows.get(1).line()).isEqualTo(5);
    assertThat(rows.get(1).fields()).containsExactly("16878876.029169999", "16878876.029169999", "[x]");
    assertThat(rows.get(2).line()).isEqualTo(6);
    assertThat(rows.get(2).fields()).isEqualTo(rows.get(1).fields());
    assertThat(rows.get(3).line()).isEqualTo(7);
    assertThat(rows.get(3).fields()).containsExactly("Two\nlines  here");
  }

  @Test
  void aDamagedFileIsOneProblem() throws IOException {
    byte[] whole = ods("<table:table table:name=\"Data\"><table:table-row>" + cell("E-code") + "</table:table-row></table:table>");
    Path cut = dir.resolve("cut.ods");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    Problems problems = new Problems(cut);
    assertThat(OdsWorkbook.open(cut, problems)).isEmpty();
    assertThat(problems.list()).hasSize(1);
    assertThat(problems.list().get(0).message()).contains("not a readable .ods");
    Path good = dir.resolve("good.ods");
    Files.write(good, whole);
    Problems none = new Problems(good);
    OdsWorkbook workbook = OdsWorkbook.open(good, none).orElseThrow();
    assertThat(workbook.sheet("Dat", none)).isPresent();
    assertThat(workbook.sheet("RO3", none)).isEmpty();
    assertThat(none.list().get(0).message()).contains("no sheet named RO3");
  }
}
