package uk.lacexplorer.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.ChangeRequest;
import uk.lacexplorer.compare.ChangeResult;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.SeriesRequest;
import uk.lacexplorer.compare.TrendRequest;
import uk.lacexplorer.compare.TrendResult;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.report.ReportFormat;
import uk.lacexplorer.report.ReportRequest;
import uk.lacexplorer.report.ReportResult;
import uk.lacexplorer.selfeval.AuthorityFigures;
import uk.lacexplorer.selfeval.RateFigures;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.web.area.AreaRoutes;

/**
 * One number per fact (issue 15, item 2): on the shipped dataset, for every authority and every year with a
 * looked-after count, the rate per 10,000 (and the population it was divided by) is the same in {@code ./lacx rates},
 * {@code ./lacx trend}, the profile's trend, both ends of {@code ./lacx change} and the self-evaluation's figures;
 * and the report's trend and year agree with them for the case-study authorities. Any difference fails, naming the
 * authority, the year and the two figures.
 */
class OneNumberPerFactTest {
  private static Application app;
  /** authority code → year → the row of ./lacx rates. */
  private static final Map<String, Map<Integer, RateRow>> RATES = new TreeMap<>();

  @BeforeAll
  static void shippedApplication() throws IOException {
    app = new Application(new Config(Files.createTempDirectory("lacx-facts-test"),
        Database.inMemoryUrl("facts"), null, null, DatasetFiles.Location.classpath()));
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) {
      for (int year : app.rates().years(nation, MeasureId.LOOKED_AFTER.value())) {
        for (RateRow row : app.rates().run(RatesRequest.of(nation, year)).rows()) {
          if (!row.nation()) RATES.computeIfAbsent(row.areaCode().value(), key -> new TreeMap<>()).put(year, row);
        }
      }
    }
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static RateRow rates(String code, int year) {
    Map<Integer, RateRow> years = RATES.get(code);
    return years == null ? null : years.get(year);
  }

  private static void same(List<String> differences, String where, String code, int year, Double rate, Double population) {
    RateRow expected = rates(code, year);
    Double expectedRate = expected == null ? null : expected.rate();
    Double expectedPopulation = expected == null || !expected.hasRate() ? null : expected.denominator().population();
    if (!close(expectedRate, rate) || (rate != null && !close(expectedPopulation, population))) {
      differences.add(where + " " + code + " " + year + ": rates " + expectedRate + " on " + expectedPopulation
          + ", " + where + " " + rate + " on " + population);
    }
  }

  private static boolean close(Double a, Double b) {
    if (a == null || b == null) return a == null && b == null;
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }

  @Test
  void ratesCoverBothNations() {
    assertThat(RATES).containsKeys("W06000020", "E06000001", "E09000001");
    assertThat(RATES.values().stream().mapToInt(Map::size).sum()).isGreaterThan(2000);
  }

  @Test
  void trendAndTheProfileGiveTheRateOfRatesForEveryAuthorityYear() {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (String code : RATES.keySet()) {
      TrendResult trend = app.trend().run(new TrendRequest(code, SeriesRequest.defaults()));
      TrendResult profile = app.trend().run(AreaRoutes.profileTrend(code, MeasureId.LOOKED_AFTER));
      for (TrendResult.Year year : trend.years()) {
        same(differences, "trend", code, year.year(), year.ratePer10k(), year.population());
        compared++;
      }
      for (TrendResult.Year year : profile.years()) same(differences, "profile", code, year.year(), year.ratePer10k(),
          year.population());
      List<Integer> trendYears = trend.years().stream().map(TrendResult.Year::year).toList();
      RATES.get(code).forEach((year, row) -> {
        if (row.hasRate() && !trendYears.contains(year)) differences.add("trend " + code + " has no " + year);
      });
    }
    assertThat(compared).isGreaterThan(2000);
    assertThat(differences).as(differences.size() + " differences").isEmpty();
  }

  @Test
  void bothEndsOfChangeGiveTheRateOfRates() {
    List<String> differences = new ArrayList<>();
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) {
      List<Integer> years = app.rates().years(nation, MeasureId.LOOKED_AFTER.value());
      for (int from : years) {
        for (int to : years) {
          // Every pair of neighbouring years (so both ends of every year), the first against the last, and the pair of
          // the issue (City of London 2015 to 2019, which once used two population series).
          int next = years.indexOf(from) + 1;
          boolean neighbours = next < years.size() && years.get(next) == to;
          boolean ends = from == years.get(0) && to == years.get(years.size() - 1);
          if (!neighbours && !ends && !(from == 2015 && to == 2019)) continue;
          ChangeResult change;
          try {
            change = app.change().run(new ChangeRequest(CountRequest.of(List.of(nation), from), to));
          } catch (UserError none) {
            continue;
          }
          for (ChangeResult.Row row : change.rows()) {
            same(differences, "change-from", row.areaCode(), from, row.rateFrom(), row.populationFrom());
            same(differences, "change-to", row.areaCode(), to, row.rateTo(), row.populationTo());
          }
        }
      }
    }
    assertThat(differences).as(differences.size() + " differences").isEmpty();
  }

  @Test
  void theSelfEvaluationFiguresGiveTheRateOfRates() {
    RateFigures figures = new RateFigures(app::store, app::rates, null);
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (String code : RATES.keySet()) {
      AuthorityFigures authority = figures.forAuthority(code).orElseThrow();
      for (AuthorityFigures.YearFigure year : authority.years()) {
        RateRow expected = rates(code, year.yearEnding31March());
        // The figures carry no population: the count and rate must be those of ./lacx rates.
        same(differences, "self-evaluation", code, year.yearEnding31March(), year.ratePer10k(),
            expected == null || !expected.hasRate() ? null : expected.denominator().population());
        if (expected != null && !close(expected.count(), year.count())) {
          differences.add("self-evaluation " + code + " " + year.yearEnding31March() + ": count " + year.count());
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(900);
    assertThat(differences).as(differences.size() + " differences").isEmpty();
  }

  @Test
  void theReportGivesTheRateOfRates() {
    List<String> differences = new ArrayList<>();
    for (String code : List.of("W06000020", "W06000018", "W06000015", "E06000001", "E09000001", "E08000025")) {
      ReportResult report = app.report().run(new ReportRequest(code, null, Lang.EN, ReportFormat.HTML));
      for (TrendResult.Year year : report.trend().years()) {
        same(differences, "report-trend", code, year.year(), year.ratePer10k(), year.population());
      }
      same(differences, "report-year", code, report.year(), report.rate().rate(), report.rate().denominator().population());
    }
    assertThat(differences).as(differences.size() + " differences").isEmpty();
  }

  @Test
  void theNationRowOfRatesIsTheNationalRateOfTheTrend() {
    List<String> differences = new ArrayList<>();
    for (String code : List.of("W06000020", "E06000001")) {
      Area area = app.store().areas().resolve(code, null);
      TrendResult trend = app.trend().run(new TrendRequest(code, SeriesRequest.defaults()));
      for (TrendResult.Year year : trend.years()) {
        Double national = app.rates().run(RatesRequest.of(area.nation(), year.year())).rows().stream()
            .filter(RateRow::nation).findFirst().map(RateRow::rate).orElse(null);
        if (national != null && !close(national, year.nationalRatePer10k())) {
          differences.add(code + " " + year.year() + ": rates " + national + ", trend " + year.nationalRatePer10k());
        }
      }
    }
    assertThat(differences).isEmpty();
  }
}
