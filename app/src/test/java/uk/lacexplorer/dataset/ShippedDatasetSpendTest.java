package uk.lacexplorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

/**
 * Issue 16: for every English authority, the shipped spend equals the raw cells. The .ods workbooks are read here with
 * a SAX parser of the test's own (not the importer's StAX reader), the columns found by their exact published
 * headings, and every authority row (classes SC, MD, LB, UA) checked: a number in £ thousand is the shipped value
 * in pounds to the penny, {@code [x]} is a shipped missing value flagged not available. The section 251 files are
 * read with the test's own CSV split.
 */
class ShippedDatasetSpendTest {
  private static final String DIR = "england_csc_dfe_dashboard/";
  private static final Set<String> CLASSES = Set.of("SC", "MD", "LB", "UA");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "RSX_LA_Data_2024-25_data_by_LA.ods|RSX|2025|spend_csc_gross|Children Social Care - Total Expenditure (C3 = C1 + C2)|spend_csc_net|Children Social Care - Net Current Expenditure (C7 = C3 - C6)",
      "RSX_2023-24_data_by_LA.ods|RSX|2024|spend_csc_gross|Children Social Care - Total Expenditure\\n(C3 = C1 + C2)|spend_csc_net|Children Social Care - Net Current Expenditure\\n(C7 = C3 - C6)",
      "RO3_LA_Data_2024-25_data_by_LA.ods|RO3|2025|spend_cla_gross|Children's social care - Children Looked After - Total Expenditure (C3 = C1 + C2)|spend_cla_net|Children's social care - Children Looked After - Net Current Expenditure (C7 = C3 - C6)",
      "RO3_2023-24_data_by_LA.ods|RO3|2024|spend_cla_gross|Children's social care - Children Looked After [note 3]/Total Expenditure\\n(C3 = C1 + C2)4|spend_cla_net|Children's social care - Children Looked After [note 3]/Net Current Expenditure\\n(C7 = C3 - C6)8",
      // the residential care and fostering services lines within children looked after (the commissioning estimates)
      "RO3_LA_Data_2024-25_data_by_LA.ods|RO3|2025|spend_cla_residential_gross|Children's social care - Children Looked After of which residential care - Total Expenditure (C3 = C1 + C2)|spend_cla_fostering_gross|Children's social care - Children Looked After of which fostering services - Total Expenditure (C3 = C1 + C2)",
      "RO3_2023-24_data_by_LA.ods|RO3|2024|spend_cla_residential_gross|Children's social care - Children Looked After of which residential care/Total Expenditure (C3 = C1 + C2)|spend_cla_fostering_gross|Children's social care - Children Looked After of which fostering services/Total Expenditure (C3 = C1 + C2)"})
  void everyAuthorityCellEqualsTheShippedDataset(String name, String sheet, int year, String grossMeasure, String grossHeading,
                                                  String netMeasure, String netHeading) throws Exception {
    Path file = DatasetBuildFromRawTest.rawFolder().resolve(DIR + name);
    assumeTrue(Files.isRegularFile(file), "raw file not found: " + file.toAbsolutePath());
    grossHeading = grossHeading.replace("\\n", "\n");
    netHeading = netHeading.replace("\\n", "\n");
    List<List<String>> rows = sheet(file, sheet);
    int header = -1;
    for (int i = 0; i < rows.size() && header < 0; i++) if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals("E-code")) header = i;
    assertThat(header).isPositive();
    int gross = column(rows, header, grossHeading);
    int net = column(rows, header, netHeading);
    int code = rows.get(header).indexOf("ONS Code");
    int kind = rows.get(header).indexOf("Class");
    Map<String, Observation> shipped = shipped(Set.of(grossMeasure, netMeasure));
    Map<String, String> aliases = aliases();
    List<String> mismatches = new ArrayList<>();
    int authorities = 0;
    int numbers = 0;
    int markers = 0;
    for (List<String> row : rows.subList(header + 1, rows.size())) {
      if (!row.isEmpty() && row.get(0).equals("E-code")) break;
      if (row.size() <= Math.max(gross, net) || !CLASSES.contains(row.get(kind))) continue;
      authorities++;
      String area = aliases.getOrDefault(row.get(code), row.get(code));
      for (int[] pair : new int[][] {{gross, 0}, {net, 1}}) {
        String measure = pair[1] == 0 ? grossMeasure : netMeasure;
        String raw = row.get(pair[0]);
        Observation o = shipped.get(measure + "|" + area + "|" + year);
        if (o == null) {
          mismatches.add(measure + " " + area + ": raw '" + raw + "', not shipped");
        } else if (raw.equals("[x]") || raw.matches("\\[note \\d+\\]")) {
          markers++;
          if (o.value() != null || !o.flags().contains(Flag.NOT_AVAILABLE)) mismatches.add(measure + " " + area + ": [x] shipped as " + o.value());
        } else {
          numbers++;
          double pounds = new BigDecimal(raw).multiply(BigDecimal.valueOf(1000)).setScale(2, RoundingMode.HALF_UP).doubleValue();
          if (o.value() == null || o.value() != pounds) mismatches.add(measure + " " + area + ": raw " + raw + ", shipped " + o.value());
        }
      }
    }
    assertThat(mismatches).isEmpty();
    // SC + MD + LB + UA: 153 authorities (SOURCES §18 counts 157 rows with the 4 class totals of the second table).
    assertThat(authorities).isEqualTo(153);
    assertThat(numbers).isGreaterThanOrEqualTo(280);
    // Birmingham's cells are [x] in both RSX files and in RO3 2024-25 and 2023-24.
    assertThat(markers).isGreaterThanOrEqualTo(2);
    assertThat(shipped.get(grossMeasure + "|E08000025|" + year).value()).isNull();
  }

  @Test
  void englandTotalsAreThoseSourcesMdQuotes() {
    Map<String, Observation> shipped = shipped(Set.of("spend_csc_gross", "spend_cla_gross"));
    // SOURCES §18: CSC total expenditure 16,878,876 (2024-25) and 15,761,771 (2023-24) £ thousand; CLA 8,917,040 (2024-25).
    assertThat(shipped.get("spend_csc_gross|E92000001|2025").value()).isEqualTo(16_878_876_029.17);
    assertThat(Math.round(shipped.get("spend_csc_gross|E92000001|2024").value() / 1000)).isEqualTo(15_761_771);
    assertThat(Math.round(shipped.get("spend_cla_gross|E92000001|2025").value() / 1000)).isEqualTo(8_917_040);
  }

  @ParameterizedTest
  @CsvSource({"outturn_0809.csv,2009,148", "outturn_0910.csv,2010,152", "outturn_1011.csv,2011,152",
      "outturn_1112.csv,2012,152", "outturn_1213.csv,2013,152", "outturn_1314.csv,2014,152"})
  void everyS251LookedAfterTotalEqualsTheShippedDataset(String name, int year, int authorities) throws IOException {
    Path file = DatasetBuildFromRawTest.rawFolder().resolve("england_cla_goodair/s251_outturn_2008_2014/" + name);
    assumeTrue(Files.isRegularFile(file), "raw file not found: " + file.toAbsolutePath());
    Map<String, String> numbers = laNumbers();
    Map<String, Observation> shipped = shipped(Set.of("spend_cla_gross", "spend_cla_net"));
    Map<String, String> aliases = aliases();
    List<String> lines = Files.readAllLines(file, Charset.forName("windows-1252"));
    List<String> header = ShippedDatasetDashboardTest.split(lines.get(0));
    int description = -1;
    int gross = -1;
    int net = -1;
    for (int j = 0; j < header.size(); j++) {
      String h = header.get(j).toLowerCase().replaceAll("[^a-z]", "");
      if (description < 0 && (h.equals("slinereference") || h.equals("cypservicedescription"))) description = j;
      if (gross < 0 && h.startsWith("totalexpenditure")) gross = j;
      if (net < 0 && h.startsWith("netcurrentexpenditure")) net = j;
    }
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = ShippedDatasetDashboardTest.split(line);
      if (fields.size() <= net || !fields.get(description).replaceAll("^[0-9]+ ", "").replaceAll("\\s+", " ").strip()
          .equalsIgnoreCase("Total Children Looked After")) continue;
      String code = numbers.get(fields.get(0));
      if (code == null) continue; // Bedfordshire and Cheshire (abolished 2009) are not among the areas
      code = aliases.getOrDefault(code, code); // old codes of authorities that kept their boundaries
      checked++;
      for (String[] pair : new String[][] {{"spend_cla_gross", fields.get(gross)}, {"spend_cla_net", fields.get(net)}}) {
        Observation o = shipped.get(pair[0] + "|" + code + "|" + year);
        if (o == null || o.value() == null || o.value() != Double.parseDouble(pair[1])) {
          mismatches.add(pair[0] + " " + fields.get(0) + " " + code + ": raw " + pair[1] + ", shipped " + (o == null ? "none" : o.value()));
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(checked).isEqualTo(authorities);
  }

  private static Map<String, Observation> shipped(Set<String> measures) {
    Map<String, Observation> shipped = new HashMap<>();
    for (Observation o : TestData.shipped().observations()) {
      if (measures.contains(o.measure()) && o.breakdown().isEmpty()) shipped.put(o.measure() + "|" + o.area().value() + "|" + o.period(), o);
    }
    return shipped;
  }

  private static Map<String, String> aliases() {
    Map<String, String> aliases = new HashMap<>();
    TestData.shipped().aliases().forEach((alias, code) -> aliases.put(alias, code.value()));
    return aliases;
  }

  private static Map<String, String> laNumbers() throws IOException {
    Map<String, String> numbers = new HashMap<>();
    try (InputStream in = ShippedDatasetSpendTest.class.getResourceAsStream("/areas/dfe_la_numbers.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.startsWith("la_number")) continue;
        List<String> fields = ShippedDatasetDashboardTest.split(line);
        if (fields.size() >= 2) numbers.put(fields.get(0), fields.get(1));
      }
    }
    return numbers;
  }

  /** The heading's column: one header row, or "service line/measure" over the two-row header of RO3 2023-24. */
  private static int column(List<List<String>> rows, int header, String heading) {
    if (!heading.contains("/")) {
      int index = rows.get(header).indexOf(heading);
      assertThat(index).as(heading).isPositive();
      return index;
    }
    String service = heading.substring(0, heading.indexOf('/'));
    String measure = heading.substring(heading.indexOf('/') + 1);
    int start = rows.get(header - 1).indexOf(service);
    assertThat(start).as(service).isPositive();
    // the measure's heading, which may carry a footnote digit after it ("(C3 = C1 + C2)4")
    for (int j = start; j < start + 7; j++) if (rows.get(header).get(j).matches(java.util.regex.Pattern.quote(measure) + "\\d?")) return j;
    throw new AssertionError("no " + measure + " under " + service + ": " + rows.get(header).subList(start, start + 7));
  }

  /** The rows of the sheet whose name starts with {@code prefix}, read with SAX: stored values of numbers, text otherwise. */
  static List<List<String>> sheet(Path file, String prefix) throws Exception {
    byte[] content = null;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) if (e.getName().equals("content.xml")) content = zip.readAllBytes();
    }
    List<List<String>> rows = new ArrayList<>();
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.newSAXParser().parse(new java.io.ByteArrayInputStream(content), new DefaultHandler() {
      boolean inSheet;
      List<String> row;
      int rowRepeat;
      int cellRepeat;
      String value;
      StringBuilder text;
      int paragraphs;

      @Override
      public void startElement(String uri, String local, String q, Attributes a) {
        switch (q) {
          case "table:table" -> inSheet = a.getValue("table:name").startsWith(prefix);
          case "table:table-row" -> {
            if (!inSheet) return;
            row = new ArrayList<>();
            rowRepeat = Integer.parseInt(a.getValue("table:number-rows-repeated") == null ? "1" : a.getValue("table:number-rows-repeated"));
          }
          case "table:table-cell", "table:covered-table-cell" -> {
            if (row == null) return;
            cellRepeat = Integer.parseInt(a.getValue("table:number-columns-repeated") == null ? "1" : a.getValue("table:number-columns-repeated"));
            value = "float".equals(a.getValue("office:value-type")) ? a.getValue("office:value") : null;
            text = new StringBuilder();
            paragraphs = 0;
          }
          case "text:p" -> {
            if (text != null && paragraphs++ > 0) text.append('\n');
          }
          default -> { }
        }
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        if (text != null) text.append(ch, start, length);
      }

      @Override
      public void endElement(String uri, String local, String q) {
        if ((q.equals("table:table-cell") || q.equals("table:covered-table-cell")) && text != null) {
          String cell = value != null ? value : text.toString();
          for (int i = 0; i < Math.min(cellRepeat, 1000); i++) row.add(cell);
          text = null;
        } else if (q.equals("table:table-row") && row != null) {
          for (int i = 0; i < Math.min(rowRepeat, 5); i++) rows.add(row);
          row = null;
        }
      }
    });
    return rows;
  }
}
