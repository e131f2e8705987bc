package uk.lacexplorer.episodes.validate;

import java.util.Arrays;
import uk.lacexplorer.episodes.derive.CareYears;
import uk.lacexplorer.episodes.derive.CollectionWindow;
import uk.lacexplorer.episodes.derive.EpisodeOrder;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.Extract;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.TableSpec;
import uk.lacexplorer.episodes.parse.Tables.Episode;
import uk.lacexplorer.episodes.parse.Tables.Header;

/**
 * What rules need about one authority, computed once: the episodes in child order, each child's header row and date
 * of birth, and the collection window (its last year is the reporting year codes are checked against).
 */
final class ValidationContext {
  private final Extract extract;
  private final EpisodeOrder order;
  private final CollectionWindow window;
  private final int[] headerRow;
  private final int[] dateOfBirth;
  private final TableData episodes;
  private final TableData header;

  ValidationContext(Extract extract, EpisodeOrder order, CollectionWindow window) {
    this.extract = extract;
    this.order = order;
    this.window = window;
    this.episodes = extract.episodes();
    this.header = extract.header();
    int children = extract.children().size();
    headerRow = new int[children];
    dateOfBirth = new int[children];
    Arrays.fill(headerRow, -1);
    Arrays.fill(dateOfBirth, Dates.BLANK);
    for (int row = 0; row < header.size(); row++) {
      int child = header.child(row);
      if (child >= 0 && headerRow[child] < 0) {
        headerRow[child] = row;
        dateOfBirth[child] = header.date(Header.DOB, row);
      }
    }
  }

  Extract extract() {
    return extract;
  }

  TableData table(TableSpec spec) {
    return extract.table(spec);
  }

  TableData episodes() {
    return episodes;
  }

  TableData header() {
    return header;
  }

  EpisodeOrder order() {
    return order;
  }

  /** The reporting year (year ending 31 March) codes are checked against when a row has no date of its own. */
  int reportingYear() {
    return window == null ? CareYears.yearOf(Dates.of(java.time.LocalDate.now().getYear(), 3, 31)) : window.lastYear();
  }

  /** First day of the collection window (1 April), or BLANK when the extract has no usable episodes. */
  int collectionStart() {
    return window == null ? Dates.BLANK : CareYears.march31(window.firstYear() - 1) + 1;
  }

  /** Last day of the collection window (31 March of the reporting year). */
  int collectionEnd() {
    return window == null ? Dates.BLANK : CareYears.march31(window.lastYear());
  }

  String childId(int child) {
    return extract.children().id(child);
  }

  /** The child's first header row, or -1. */
  int headerRow(int child) {
    return child < 0 || child >= headerRow.length ? -1 : headerRow[child];
  }

  /** The child's date of birth from the header, or BLANK / INVALID. */
  int dateOfBirth(int child) {
    return child < 0 || child >= dateOfBirth.length ? Dates.BLANK : dateOfBirth[child];
  }

  /** The child's age in whole years on a day, or -1 when either date is unknown. */
  int age(int child, int day) {
    int birth = dateOfBirth(child);
    if (!Dates.isDate(birth) || !Dates.isDate(day)) return -1;
    java.time.LocalDate from = Dates.toLocalDate(birth);
    java.time.LocalDate to = Dates.toLocalDate(day);
    return java.time.Period.between(from, to).getYears();
  }

  /** The year a row of episodes is checked against for codes: the year of its start date, else the reporting year. */
  int yearOfEpisode(int row) {
    int decom = episodes().date(Episode.DECOM, row);
    return Dates.isDate(decom) ? CareYears.yearOf(decom) : reportingYear();
  }
}
