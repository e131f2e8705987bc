package uk.lacexplorer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import uk.lacexplorer.Main;
import uk.lacexplorer.Wiring;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.SeriesRequest;
import uk.lacexplorer.compare.TrendRequest;
import uk.lacexplorer.compare.TrendResult;
import uk.lacexplorer.compare.TrendsRequest;
import uk.lacexplorer.compare.TrendsResult;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.events.EventType;
import uk.lacexplorer.events.KeyEvent;
import uk.lacexplorer.events.ShippedEvents;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.store.Database;

/**
 * The comparisons the 2013 research drew by hand (issue 15, item 9), on the shipped dataset: one ranking across Wales
 * and England (its Figure 46), several authorities' trends on one table, and the key events it names for its
 * case-study authorities shipped as events with the report as their source.
 */
class ComparisonsByHandTest {
  /** Figure 46: "Local authorities with the highest rates" across Wales and England, 2012 (six of ten Welsh). */
  private static final List<String> FIGURE_46 = List.of("Neath Port Talbot", "Merthyr Tydfil", "Torfaen", "Blackpool",
      "Manchester", "Bridgend", "Rhondda Cynon Taf", "Swansea", "Kingston upon Hull, City of", "Middlesbrough");
  private static Application app;

  @BeforeAll
  static void shippedApplication() throws IOException {
    app = new Application(new Config(Files.createTempDirectory("lacx-by-hand-test"),
        Database.inMemoryUrl("byhand"), null, null, DatasetFiles.Location.classpath()));
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static String lacx(String... args) {
    CommandLine commandLine = Main.commandLine(Wiring.commandLine(Wiring.root(app)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    if (code != 0) throw new AssertionError("./lacx " + String.join(" ", args) + " exited " + code + ": " + err);
    return out.toString();
  }

  @Test
  void bothNationsRankedTogetherGiveTheResearchsTopTenOf2012() {
    List<RateRow> rows = app.rates().run(RatesRequest.parse("both", "2012", null, null, null)).rows();
    List<RateRow> ranked = rows.stream().filter(row -> !row.nation() && row.hasRate())
        .sorted(java.util.Comparator.comparing(RateRow::rank)).toList();
    assertThat(ranked.subList(0, 10)).extracting(RateRow::areaName).containsExactlyInAnyOrderElementsOf(FIGURE_46);
    assertThat(ranked.subList(0, 10)).filteredOn(row -> row.areaCode().value().startsWith("W")).hasSize(6);
    // One ranking: 1 to N over 22 Welsh and 150 or more English authorities, highest rate first.
    assertThat(ranked.size()).isGreaterThan(170);
    for (int i = 1; i < ranked.size(); i++) {
      assertThat(ranked.get(i).rate()).isLessThanOrEqualTo(ranked.get(i - 1).rate());
      assertThat(ranked.get(i).rank()).isGreaterThan(ranked.get(i - 1).rank() - 1);
    }
    // The nations last, Wales then England: the research's averages 90 and 59.
    List<RateRow> nations = rows.subList(rows.size() - 2, rows.size());
    assertThat(nations).extracting(row -> row.areaCode().value()).containsExactly("W92000004", "E92000001");
    assertThat(Math.round(nations.get(0).rate())).isEqualTo(90);
    assertThat(Math.round(nations.get(1).rate())).isEqualTo(59);
  }

  @Test
  void aRateInTheJointRankingIsTheRateOfItsOwnNation() {
    Map<String, Double> both = app.rates().run(RatesRequest.parse("both", "2012", null, null, null)).rows().stream()
        .filter(RateRow::hasRate).collect(Collectors.toMap(row -> row.areaCode().value(), RateRow::rate));
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) {
      for (RateRow row : app.rates().run(RatesRequest.of(nation, 2012)).rows()) {
        if (row.hasRate()) assertThat(both.get(row.areaCode().value())).as(row.areaName()).isEqualTo(row.rate());
      }
    }
  }

  @Test
  void ratesBothOnTheCommandLineSaysTheRankingIsJoint() {
    String csv = lacx("rates", "--nation", "both", "--year", "2012", "--format", "csv");
    assertThat(csv.lines().filter(line -> line.startsWith("W06000012,Neath Port Talbot,2012,")).findFirst().orElseThrow())
        .contains(",1,ONS mid-2011 estimate (Census 2011)");
    assertThat(lacx("rates", "--nation", "both", "--year", "2012")).contains("Wales and England ranked together");
  }

  @Test
  void severalAuthoritiesGiveOneTableWhoseRowsNameTheirArea() {
    String csv = lacx("trend", "--area", "Torfaen,Hartlepool,W06000022", "--format", "csv");
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("area_code,area_name,year,count,").endsWith(",denominator_note");
    // Each authority's rows are exactly its own trend's rows, with its code and name in front.
    for (String area : List.of("W06000020", "E06000001", "W06000022")) {
      List<String> own = lacx("trend", "--area", area, "--format", "csv").lines().skip(1).toList();
      List<String> inTable = lines.stream().filter(line -> line.startsWith(area + ",")).toList();
      assertThat(inTable).hasSize(own.size());
      for (int i = 0; i < own.size(); i++) assertThat(inTable.get(i)).endsWith("," + own.get(i));
    }
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("E06000001,Hartlepool,2024,"));
    String table = lacx("trend", "--area", "Torfaen,Hartlepool");
    assertThat(table).contains("Torfaen: Recent trend").contains("Hartlepool: Recent trend");
  }

  @Test
  void aNameWithCommasIsOneAuthorityAndARepeatedOneCountsOnce() {
    TrendsResult rct = app.trend().runAll(TrendsRequest.parse("Rhondda, Cynon, Taff", SeriesRequest.defaults()));
    assertThat(rct.areas()).extracting(TrendResult::areaCode).containsExactly("W06000016");
    TrendsResult twice = app.trend().runAll(TrendsRequest.parse("Torfaen, W06000020, Newport", SeriesRequest.defaults()));
    assertThat(twice.areas()).extracting(TrendResult::areaCode).containsExactly("W06000020", "W06000022");
    String eleven = "Torfaen,Newport,Cardiff,Bridgend,Swansea,Powys,Conwy,Gwynedd,Wrexham,Flintshire,Ceredigion";
    assertThatThrownBy(() -> TrendsRequest.parse(eleven, SeriesRequest.defaults())).isInstanceOf(UserError.class)
        .hasMessageContaining("11");
    assertThatThrownBy(() -> app.trend().runAll(TrendsRequest.parse("Torfaen,Atlantis", SeriesRequest.defaults())))
        .isInstanceOf(UserError.class).hasMessageContaining("Atlantis");
  }

  @Test
  void theResearchsKeyEventsAreShippedWithTheReportAsTheirSource() {
    List<KeyEvent> shipped = ShippedEvents.readStrictly(app.store().areas(), "research-2013.csv");
    assertThat(shipped).hasSize(13);
    assertThat(shipped).allSatisfy(event -> assertThat(event.source())
        .startsWith("All Wales Heads of Children's Services, Research on differences in the looked after children population")
        .containsPattern("section \\d"));
    List<String> caseStudies = new ArrayList<>(List.of("W06000013", "W06000004", "W06000022", "W06000016", "W06000020",
        "W92000004"));
    assertThat(shipped).allSatisfy(event -> assertThat(caseStudies).contains(event.area().value()));
    // Stored on first start, and on the case-study authority's trend (Torfaen, July 2011: a CSSIW inspection).
    TrendResult torfaen = app.trend().run(new TrendRequest("Torfaen", SeriesRequest.defaults()));
    assertThat(torfaen.events()).anySatisfy(event -> {
      assertThat(event.date()).isEqualTo("2011-07-01");
      assertThat(event.type()).isEqualTo(EventType.INSPECTION.id());
      assertThat(event.label()).contains("CSSIW");
    });
    TrendResult bridgend = app.trend().run(new TrendRequest("Bridgend", SeriesRequest.defaults()));
    assertThat(bridgend.events()).filteredOn(event -> event.type().equals(EventType.PRACTICE_REVIEW.id())).hasSize(3);
    // Storing them again adds nothing.
    assertThat(ShippedEvents.ensureStored(app.events(), app.store().areas())).isZero();
  }
}
