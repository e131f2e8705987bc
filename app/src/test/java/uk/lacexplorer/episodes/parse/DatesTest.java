package uk.lacexplorer.episodes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  private final Dates dates = new Dates(2025);

  private static int day(int year, int month, int dayOfMonth) {
    return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "15/06/2013, 2013, 6, 15",
      "1/6/2013, 2013, 6, 1",
      "01/06/2013, 2013, 6, 1",
      "29/02/2016, 2016, 2, 29",
      "2013-06-15, 2013, 6, 15",
      "' 15/06/2013 ', 2013, 6, 15"})
  void readsFourDigitYearsAndIsoDates(String text, int year, int month, int dayOfMonth) {
    assertThat(dates.parse(text)).isEqualTo(day(year, month, dayOfMonth));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "14/08/17, 2017",
      "01/01/25, 2025",
      "01/01/26, 1926",
      "31/12/99, 1999",
      "01/01/00, 2000"})
  void readsTwoDigitYearsAsTheLatestCenturyNotAfterThePivot(String text, int year) {
    assertThat(dates.parse(text)).isEqualTo(day(year, Integer.parseInt(text.substring(3, 5)),
        Integer.parseInt(text.substring(0, 2))));
    assertThat(Dates.hasTwoDigitYear(text)).isTrue();
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"31/02/2019", "38/04/2019", "29/02/2019", "12/13/2020", "00/01/2020", "abc", "01/01/2019x",
      "1/1/123", "01-01-2019", "2019-02-30", "///", "01//2019", "123/01/2019"})
  void rejectsMalformedDates(String text) {
    assertThat(dates.parse(text)).isEqualTo(Dates.INVALID);
  }

  @Test
  void blankIsNotADate() {
    assertThat(dates.parse("")).isEqualTo(Dates.BLANK);
    assertThat(dates.parse("   ")).isEqualTo(Dates.BLANK);
    assertThat(Dates.isDate(Dates.BLANK)).isFalse();
    assertThat(Dates.isDate(Dates.INVALID)).isFalse();
  }

  @Test
  void dayNumbersAgreeWithLocalDateOverTwoCenturies() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(73_000) - 36_500);
      String text = "%02d/%02d/%04d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
      assertThat(dates.parse(text)).as(text).isEqualTo((int) date.toEpochDay());
      assertThat(Dates.format((int) date.toEpochDay())).isEqualTo(text);
    }
  }

  @Test
  void addingYearsAgreesWithLocalDateIncludingLeapDays() {
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(60_000) - 20_000);
      int years = random.nextInt(25);
      assertThat(Dates.plusYears((int) date.toEpochDay(), years)).as(date + " + " + years)
          .isEqualTo((int) date.plusYears(years).toEpochDay());
    }
    assertThat(Dates.plusYears(day(2004, 2, 29), 18)).isEqualTo(day(2022, 2, 28));
  }

  @Test
  void yearEnding31MarchRunsFromFirstApril() {
    assertThat(Dates.yearEnding31March(day(2020, 3, 31))).isEqualTo(2020);
    assertThat(Dates.yearEnding31March(day(2020, 4, 1))).isEqualTo(2021);
    assertThat(uk.lacexplorer.episodes.derive.CareYears.yearOf(day(2020, 3, 31))).isEqualTo(2020);
    assertThat(uk.lacexplorer.episodes.derive.CareYears.yearOf(day(2020, 4, 1))).isEqualTo(2021);
  }
}
