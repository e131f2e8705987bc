package uk.lacexplorer.episodes.parse;

import java.time.LocalDate;

/**
 * SSDA903 dates as day numbers ({@link LocalDate#toEpochDay()}), read without allocating: {@code dd/mm/yyyy}, the
 * one-digit day and month variants ({@code d/m/yyyy}), the two-digit-year variant {@code dd/mm/yy} found in real
 * files, and ISO {@code yyyy-mm-dd}. A two-digit year {@code yy} means {@code 20yy} unless that is later than the
 * pivot year, then {@code 19yy}. Blank and unreadable cells get the sentinels {@link #BLANK} and {@link #INVALID}.
 * Thread-safe.
 */
public final class Dates {
  public static final int BLANK = Integer.MIN_VALUE;
  public static final int INVALID = Integer.MIN_VALUE + 1;
  private static final long DAYS_0000_TO_1970 = (146097 * 5L) - (30L * 365L + 7L);

  private final int pivotYear;

  /** @param pivotYear the latest year a two-digit year may stand for, e.g. the current year */
  public Dates(int pivotYear) {
    this.pivotYear = pivotYear;
  }

  public static Dates now() {
    return new Dates(LocalDate.now().getYear());
  }

  public int pivotYear() {
    return pivotYear;
  }

  public static boolean isDate(int day) {
    return day != BLANK && day != INVALID;
  }

  public int parse(String text) {
    return text == null ? BLANK : parse(text.toCharArray(), 0, text.length());
  }

  /** The day number of the date in {@code buffer[offset..offset+length)}, or BLANK / INVALID. */
  public int parse(char[] buffer, int offset, int length) {
    int end = offset + length;
    while (offset < end && buffer[offset] == ' ') offset++;
    while (end > offset && buffer[end - 1] == ' ') end--;
    if (offset == end) return BLANK;
    if (end - offset == 10 && buffer[offset + 4] == '-' && buffer[offset + 7] == '-') {
      return of(number(buffer, offset, 4), number(buffer, offset + 5, 2), number(buffer, offset + 8, 2));
    }
    int first = indexOf(buffer, offset, end, '/');
    if (first < 0) return INVALID;
    int second = indexOf(buffer, first + 1, end, '/');
    if (second < 0) return INVALID;
    int dayLength = first - offset;
    int monthLength = second - first - 1;
    int yearLength = end - second - 1;
    if (dayLength < 1 || dayLength > 2 || monthLength < 1 || monthLength > 2) return INVALID;
    int day = number(buffer, offset, dayLength);
    int month = number(buffer, first + 1, monthLength);
    int year = number(buffer, second + 1, yearLength);
    if (yearLength == 2 && year >= 0) {
      year += 2000;
      if (year > pivotYear) year -= 100;
    } else if (yearLength != 4) {
      return INVALID;
    }
    return of(year, month, day);
  }

  /** True when the cell is exactly {@code dd/mm/yyyy}, as the DfE specification writes dates (no spaces around). */
  public static boolean isSpecFormat(char[] buffer, int offset, int length) {
    if (length != 10 || buffer[offset + 2] != '/' || buffer[offset + 5] != '/') return false;
    for (int i = 0; i < 10; i++) {
      if (i != 2 && i != 5 && !isDigit(buffer[offset + i])) return false;
    }
    return true;
  }

  /** True when the cell holds a two-digit year, e.g. {@code 05/06/17} (validation reports these). */
  public static boolean hasTwoDigitYear(char[] buffer, int offset, int length) {
    int end = offset + length;
    while (end > offset && buffer[end - 1] == ' ') end--;
    return end - offset >= 3 && buffer[end - 3] == '/' && isDigit(buffer[end - 1]) && isDigit(buffer[end - 2]);
  }

  public static boolean hasTwoDigitYear(String text) {
    return text != null && hasTwoDigitYear(text.toCharArray(), 0, text.length());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int indexOf(char[] buffer, int from, int end, char wanted) {
    for (int i = from; i < end; i++) if (buffer[i] == wanted) return i;
    return -1;
  }

  private static int number(char[] buffer, int offset, int length) {
    if (length <= 0) return -1;
    int value = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (c < '0' || c > '9') return -1;
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The day number of a calendar date, or INVALID when there is no such date. */
  public static int of(int year, int month, int day) {
    if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return INVALID;
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int monthLength = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);
    if (day > monthLength) return INVALID;
    // Days from 1970-01-01, computed as LocalDate.toEpochDay does but without allocating.
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367L * month - 362) / 12 + day - 1;
    if (month > 2) total -= leap ? 1 : 2;
    return (int) (total - DAYS_0000_TO_1970);
  }

  public static LocalDate toLocalDate(int day) {
    return LocalDate.ofEpochDay(day);
  }

  /** {@code dd/mm/yyyy}, or "" for BLANK / INVALID. Computed without java.time (civil-from-days), for speed. */
  public static String format(int day) {
    if (!isDate(day)) return "";
    long z = day + 719468L;
    long era = Math.floorDiv(z, 146097);
    long dayOfEra = z - era * 146097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthPrime = (5 * dayOfYear + 2) / 153;
    int dayOfMonth = (int) (dayOfYear - (153 * monthPrime + 2) / 5 + 1);
    int month = (int) (monthPrime < 10 ? monthPrime + 3 : monthPrime - 9);
    int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    char[] text = new char[10];
    text[0] = (char) ('0' + dayOfMonth / 10);
    text[1] = (char) ('0' + dayOfMonth % 10);
    text[2] = '/';
    text[3] = (char) ('0' + month / 10);
    text[4] = (char) ('0' + month % 10);
    text[5] = '/';
    text[6] = (char) ('0' + year / 1000 % 10);
    text[7] = (char) ('0' + year / 100 % 10);
    text[8] = (char) ('0' + year / 10 % 10);
    text[9] = (char) ('0' + year % 10);
    return new String(text);
  }

  /** 31 March of the given year as a day number. */
  public static int march31(int year) {
    return of(year, 3, 31);
  }

  /** The year ending 31 March that contains the day. */
  public static int yearEnding31March(int day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    return date.getMonthValue() <= 3 ? date.getYear() : date.getYear() + 1;
  }

  /**
   * The date {@code years} after {@code day} (a birthday: 29 February becomes 28 February in common years), by
   * arithmetic on the day number (no allocation; equal to {@code LocalDate.plusYears}).
   */
  public static int plusYears(int day, int years) {
    long z = day + 719468L;
    long era = Math.floorDiv(z, 146097);
    long dayOfEra = z - era * 146097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthPrime = (5 * dayOfYear + 2) / 153;
    int dayOfMonth = (int) (dayOfYear - (153 * monthPrime + 2) / 5 + 1);
    int month = (int) (monthPrime < 10 ? monthPrime + 3 : monthPrime - 9);
    int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) + years;
    if (month == 2 && dayOfMonth == 29 && !((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) dayOfMonth = 28;
    return of(year, month, dayOfMonth);
  }
}
