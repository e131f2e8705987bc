package uk.lacexplorer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;

/**
 * A Welsh and an English authority's PDF report, in both languages, on the shipped data: the accessibility checks of
 * PDF/UA that PDFBox can make (a structure tree with headings and figures that carry alternative text, the document
 * language, the title shown in the window, bookmarks, every font embedded) and the numbers in its text against what
 * {@code ./lacx rates}, {@code funnel} and {@code model} print for the same authority and year.
 */
class ReportPdfTest {
  private static Application app;

  @BeforeAll
  static void open() {
    app = ShippedReports.application();
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"W06000016, en, Rhondda Cynon Taf", "W06000016, cy, Rhondda Cynon Taf", "W06000014, cy, Bro Morgannwg",
      "W06000014, en, Vale of Glamorgan", "E06000001, en, Hartlepool", "E06000001, cy, Hartlepool"})
  void theReportIsTaggedEmbedsItsFontsAndPrintsTheCommandLinesNumbers(String code, String lang, String name)
      throws IOException {
    ReportResult result = app.report().run(ReportRequest.parse(code, null, lang, "pdf"));
    byte[] pdf = ReportDocument.of(result, Messages.standard()).bytes();
    assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      assertThat(catalog.getLanguage()).isEqualTo(lang);
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      String title = ReportHtml.title(result, Messages.standard());
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title).contains(name);
      List<String> types = new ArrayList<>();
      List<String> alternatives = new ArrayList<>();
      walk(catalog.getStructureTreeRoot(), types, alternatives);
      assertThat(types).contains("H1", "H2", "Table", "Figure");
      long figures = types.stream().filter("Figure"::equals).count();
      assertThat(alternatives).hasSize((int) figures).allSatisfy(alt -> assertThat(alt).isNotBlank());
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : catalog.getDocumentOutline().children()) bookmarks.add(item.getTitle());
      Lang language = Lang.fromCode(lang).orElseThrow();
      assertThat(bookmarks).contains(Messages.standard().lookup(language, "report.summary.heading"),
          Messages.standard().lookup(language, "report.trend.heading"),
          Messages.standard().lookup(language, "report.reproduce.heading"));
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        embedded(page.getResources(), 0, fonts);
        for (var annotation : page.getAnnotations()) {
          if (annotation.getNormalAppearanceStream() != null) {
            embedded(annotation.getNormalAppearanceStream().getResources(), 1, fonts);
          }
        }
      }
      assertThat(fonts).isNotEmpty().anySatisfy(font -> assertThat(font).contains("DejaVuSans"));
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains(name).contains("ŵ").contains("ŷ");
      assertNumbersAsTheCommandLinePrintsThem(result, language, text);
    }
  }

  @org.junit.jupiter.api.Test
  void theCommandWritesTheWholeFileAndRefusesAnUnknownExtension(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws IOException {
    java.nio.file.Path file = folder.resolve("rct.html");
    String printed = ShippedReports.lacx(app, "report", "--area", "Rhondda Cynon Taf", "--lang", "cy", "--out", file.toString());
    assertThat(printed).contains("Rhondda Cynon Taf (W06000016)", "cy", "HTML", file.toString());
    String html = java.nio.file.Files.readString(file);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"cy\"", "<svg", "<title id=\"chart-trend-title\">",
        "./lacx rates --nation wales --year");
    var commandLine = uk.lacexplorer.Main.commandLine(uk.lacexplorer.Wiring.commandLine(uk.lacexplorer.Wiring.root(app)));
    java.io.StringWriter err = new java.io.StringWriter();
    commandLine.setErr(new java.io.PrintWriter(err));
    commandLine.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
    int code = commandLine.execute("report", "--area", "Cardiff", "--out", folder.resolve("x.docx").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("x.docx", ".html or .pdf");
    assertThat(folder.resolve("x.docx")).doesNotExist();
  }

  @org.junit.jupiter.api.Test
  void everyWelshAuthoritysReportInOneCommandWithAProgressLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws IOException {
    String printed = ShippedReports.lacx(app, "report", "--nation", "wales", "--format", "html", "--lang", "cy",
        "--out", folder.toString());
    assertThat(printed.lines().filter(line -> line.matches("\\[\\d+/22\\] .*HTML.*"))).hasSize(22);
    assertThat(printed).contains("[22/22] ", "22 reports in ");
    try (var files = java.nio.file.Files.list(folder)) {
      List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
      assertThat(names).hasSize(22).allSatisfy(name -> assertThat(name).matches("lacx-report-W06\\d{6}-\\d{4}-cy\\.html"));
    }
    assertThat(java.nio.file.Files.readString(folder.resolve("lacx-report-W06000014-" + app.report()
        .run(ReportRequest.parse("W06000014", null, "cy", "html")).year() + "-cy.html"))).contains("Bro Morgannwg");
  }

  private static void assertNumbersAsTheCommandLinePrintsThem(ReportResult result, Lang lang, String text) {
    String code = result.area().code().value();
    String nation = result.area().nation().id();
    String year = String.valueOf(result.year());
    // ./lacx rates: the table's rate and interval, one decimal (the last three numbers before the rank).
    String[] rate = row(ShippedReports.lacx(app, "rates", "--nation", nation, "--year", year), code);
    assertThat(text).contains(rate[rate.length - 4] + " ").contains(rate[rate.length - 3] + " ")
        .contains(rate[rate.length - 2]);
    String nationRate = nationRow(ShippedReports.lacx(app, "rates", "--nation", nation, "--year", year));
    assertThat(text).contains(nationRate);
    // ./lacx funnel: the authority's position, in the report's words.
    Map<String, String> funnel = csv(ShippedReports.lacx(app, "funnel", "--nation", nation, "--year", year,
        "--format", "csv"), code);
    assertThat(text).contains(Messages.standard().lookup(lang, "funnel.position." + funnel.get("position")));
    if (result.need() != null) {
      // ./lacx model: observed, ratio and its interval as the table shows them (two decimals).
      List<String> args = new ArrayList<>(List.of("model", "--nation", nation, "--year", year, "--covariates",
          result.need().factor()));
      if (result.need().skipMissing()) args.add("--skip-missing");
      String[] model = row(ShippedReports.lacx(app, args.toArray(String[]::new)), code);
      int n = model.length;
      assertThat(text).contains(model[n - 6] + " ").contains(model[n - 4]).contains(model[n - 3]).contains(model[n - 2]);
    }
    // ./lacx cascade: the sentence on where the authority departs most, and each figure's value to one decimal.
    assertThat(result.cascade()).isNotNull();
    String json = ShippedReports.lacx(app, "cascade", "--area", code, "--year", year, "--format", "json");
    String summary = json.replaceAll("(?s).*\"summary_" + lang.code() + "\" : \"(.*?)\",\\s*\n.*", "$1")
        .replace("\\\"", "\"");
    assertThat(text).contains(summary);
    String[] lines = ShippedReports.lacx(app, "cascade", "--area", code, "--year", year, "--format", "csv").split("\r\n");
    List<String> header = List.of(lines[0].split(","));
    int shown = 0;
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      if (cells.length < header.size() || !cells[header.indexOf("status")].isEmpty() || cells[header.indexOf("value")].isEmpty()
          || line == lines[0]) continue;
      String value = String.format(java.util.Locale.UK, "%.1f", Double.parseDouble(cells[header.indexOf("value")]));
      assertThat(text).as(cells[0] + " " + cells[1]).contains(value);
      shown++;
    }
    assertThat(shown).isPositive();
  }

  /** The whitespace-separated cells of the table row that starts with the code. */
  /** The table without its last column, denominator_note (words with spaces). */
  private static String withoutNote(String table) {
    String[] lines = table.split("\\R");
    int cut = lines[0].indexOf("denominator_note");
    if (cut < 0) return table;
    StringBuilder kept = new StringBuilder();
    for (String line : lines) kept.append(line, 0, Math.min(cut, line.length())).append('\n');
    return kept.toString();
  }

  private static String[] row(String table, String code) {
    for (String line : withoutNote(table).split("\\R")) if (line.startsWith(code + " ")) return line.trim().split("\\s+");
    throw new AssertionError("no row for " + code + " in\n" + table);
  }

  /** The nation row's rate (the last but two numbers: rate, lower, upper, no rank). */
  private static String nationRow(String table) {
    for (String line : withoutNote(table).split("\\R")) {
      if (line.startsWith("W92000004 ") || line.startsWith("E92000001 ")) {
        String[] cells = line.trim().split("\\s+");
        return cells[cells.length - 3];
      }
    }
    throw new AssertionError("no nation row in\n" + table);
  }

  private static Map<String, String> csv(String text, String code) {
    String[] lines = text.split("\r\n");
    String[] header = lines[0].split(",");
    for (String line : lines) {
      if (!line.startsWith(code + ",")) continue;
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) row.put(header[i], cells[i]);
      return row;
    }
    throw new AssertionError("no row for " + code);
  }

  private static void walk(PDStructureNode node, List<String> types, List<String> alternatives) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        types.add(element.getStructureType());
        if ("Figure".equals(element.getStructureType())) alternatives.add(element.getAlternateDescription());
        walk(element, types, alternatives);
      }
    }
  }

  /** Every font of the resources (and of the forms they draw, where the charts are) is embedded. */
  private static void embedded(PDResources resources, int depth, List<String> fonts) throws IOException {
    if (resources == null || depth > 8) return;
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      fonts.add(font.getName());
      assertThat(font.isEmbedded()).as(font.getName()).isTrue();
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) embedded(form.getResources(), depth + 1, fonts);
    }
  }
}
