package uk.lacexplorer.imports.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument spreadsheet (.ods, as MHCLG publishes the revenue outturn) read whole into sheets of text rows
 * ({@link RawTable.Row}, line = spreadsheet row number). Only {@code content.xml} is read, with StAX: a number cell
 * gives its stored value ({@code office:value}, not the rounded text shown), any other cell its text (paragraphs
 * joined by a line end). Repeated cells and rows ({@code number-columns-repeated}, {@code number-rows-repeated}) are
 * expanded, except trailing empty cells and empty rows, which the files repeat to the end of the sheet. A file that is
 * not a readable .ods (for example cut off during download) is a problem.
 */
public final class OdsWorkbook {
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  /** More repeats than this of a non-empty cell or row is not a table of figures. */
  private static final int MOST_REPEATS = 100_000;

  private final Map<String, List<RawTable.Row>> sheets;
  private final String sha256;

  private OdsWorkbook(Map<String, List<RawTable.Row>> sheets, String sha256) {
    this.sheets = sheets;
    this.sha256 = sha256;
  }

  /** The workbook, or empty with a problem when the file cannot be read as one. */
  public static Optional<OdsWorkbook> open(Path file, Problems problems) {
    byte[] bytes = FileBytes.read(file);
    try {
      byte[] content = content(bytes);
      if (content == null) {
        problems.addFile("import.ods.noContent");
        return Optional.empty();
      }
      return Optional.of(new OdsWorkbook(parse(content), FileBytes.sha256(bytes)));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      problems.addFile("import.ods.unreadable", e.getMessage());
      return Optional.empty();
    }
  }

  /** The workbook read from bytes already in memory (for tests and callers that hold the file). */
  static Map<String, List<RawTable.Row>> sheets(byte[] bytes) throws IOException, XMLStreamException {
    byte[] content = content(bytes);
    if (content == null) throw new IOException("no content.xml");
    return parse(content);
  }

  public String sha256() {
    return sha256;
  }

  /** The sheet names in order. */
  public List<String> sheetNames() {
    return List.copyOf(sheets.keySet());
  }

  /** The rows of the first sheet whose name starts with {@code prefix}, or empty with a problem. */
  public Optional<List<RawTable.Row>> sheet(String prefix, Problems problems) {
    for (Map.Entry<String, List<RawTable.Row>> sheet : sheets.entrySet()) {
      if (sheet.getKey().startsWith(prefix)) return Optional.of(sheet.getValue());
    }
    problems.addFile("import.workbook.noSheet", prefix, sheets.keySet());
    return Optional.empty();
  }

  private static byte[] content(byte[] bytes) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("content.xml")) return zip.readAllBytes();
      }
    }
    return null;
  }

  private static Map<String, List<RawTable.Row>> parse(byte[] content) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Map<String, List<RawTable.Row>> sheets = new LinkedHashMap<>();
    try (InputStream in = new ByteArrayInputStream(content)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      List<RawTable.Row> rows = null;
      long rowNumber = 0;
      List<String> cells = null;
      int rowRepeats = 1;
      int cellRepeats = 1;
      StringBuilder text = null;
      String value = null;
      int paragraphs = 0;
      int depthInCell = 0;
      int annotation = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String ns = xml.getNamespaceURI();
          String name = xml.getLocalName();
          if (TABLE.equals(ns) && name.equals("table")) {
            rows = new ArrayList<>();
            rowNumber = 0;
            sheets.put(xml.getAttributeValue(TABLE, "name"), rows);
          } else if (TABLE.equals(ns) && name.equals("table-row") && rows != null) {
            cells = new ArrayList<>();
            rowRepeats = repeats(xml.getAttributeValue(TABLE, "number-rows-repeated"));
          } else if (TABLE.equals(ns) && (name.equals("table-cell") || name.equals("covered-table-cell")) && cells != null) {
            cellRepeats = repeats(xml.getAttributeValue(TABLE, "number-columns-repeated"));
            String type = xml.getAttributeValue(OFFICE, "value-type");
            value = type != null && (type.equals("float") || type.equals("percentage") || type.equals("currency"))
                ? xml.getAttributeValue(OFFICE, "value") : null;
            text = new StringBuilder();
            paragraphs = 0;
            depthInCell = 1;
          } else if (text != null) {
            depthInCell++;
            if (OFFICE.equals(ns) && name.equals("annotation")) annotation++;
            if (annotation > 0) continue;
            if (TEXT.equals(ns) && name.equals("p") && paragraphs++ > 0) text.append('\n');
            if (TEXT.equals(ns) && name.equals("s")) text.append(" ".repeat(repeats(xml.getAttributeValue(TEXT, "c"))));
            if (TEXT.equals(ns) && (name.equals("tab"))) text.append('\t');
            if (TEXT.equals(ns) && name.equals("line-break")) text.append('\n');
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && text != null
            && annotation == 0) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String ns = xml.getNamespaceURI();
          String name = xml.getLocalName();
          if (text != null && OFFICE.equals(ns) && name.equals("annotation")) annotation--;
          if (text != null && --depthInCell == 0) {
            String cell = value != null ? value : text.toString();
            if (cellRepeats > 1 && !cell.isEmpty() && cellRepeats > MOST_REPEATS) {
              throw new IllegalStateException("a cell repeated " + cellRepeats + " times");
            }
            if (!cell.isEmpty() || cellRepeats < MOST_REPEATS) {
              for (int i = 0; i < cellRepeats; i++) cells.add(cell);
            }
            text = null;
            value = null;
          } else if (TABLE.equals(ns) && name.equals("table-row") && cells != null) {
            int last = cells.size();
            while (last > 0 && cells.get(last - 1).isEmpty()) last--;
            List<String> fields = List.copyOf(cells.subList(0, last));
            if (fields.isEmpty()) {
              rowNumber += rowRepeats;
            } else {
              if (rowRepeats > MOST_REPEATS) throw new IllegalStateException("a row repeated " + rowRepeats + " times");
              for (int i = 0; i < rowRepeats; i++) rows.add(new RawTable.Row(++rowNumber, fields));
            }
            cells = null;
          } else if (TABLE.equals(ns) && name.equals("table")) {
            rows = null;
          }
        }
      }
      xml.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return sheets;
  }

  private static int repeats(String attribute) {
    if (attribute == null) return 1;
    int n = Integer.parseInt(attribute.strip());
    if (n < 1) throw new IllegalStateException("a repeat count of " + n);
    return n;
  }
}
