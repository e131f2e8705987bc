package uk.lacexplorer.episodes.validate;

/**
 * Format checks for free-text fields, written out by hand rather than as regular expressions because they run on
 * every episode of a national extract.
 */
final class TextFormats {
  private TextFormats() {
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A UK postcode: outward code A9, A99, AA9, AA99, A9A or AA9A, an optional space, inward code 9AA. */
  static boolean postcode(String text) {
    int n = text.length();
    if (n < 5 || n > 8) return false;
    if (!(digit(text.charAt(n - 3)) && letter(text.charAt(n - 2)) && letter(text.charAt(n - 1)))) return false;
    int end = n - 3;
    if (text.charAt(end - 1) == ' ') end--;
    int length = end;
    if (length < 2 || length > 4 || !letter(text.charAt(0))) return false;
    int i = 1;
    if (letter(text.charAt(i))) i++;
    if (i >= end || !digit(text.charAt(i))) return false;
    i++;
    if (i < end && (digit(text.charAt(i)) || letter(text.charAt(i)))) i++;
    return i == end;
  }

  /** An Ofsted URN: 6 or 7 digits, SC and 6 digits, or XXXXXX / XXXXXXX. */
  static boolean urn(String text) {
    int n = text.length();
    if (n == 8 && text.startsWith("SC")) return allDigits(text, 2);
    if (n != 6 && n != 7) return false;
    if (allDigits(text, 0)) return true;
    for (int i = 0; i < n; i++) if (text.charAt(i) != 'X') return false;
    return true;
  }

  /** A unique pupil number: a letter, 11 digits and a digit or letter; or UN1 to UN10. */
  static boolean upn(String text) {
    int n = text.length();
    if (n == 3 || n == 4) {
      return text.startsWith("UN") && (n == 3 ? text.charAt(2) >= '1' && text.charAt(2) <= '9' : text.endsWith("10"));
    }
    if (n != 13 || !(text.charAt(0) >= 'A' && text.charAt(0) <= 'Z')) return false;
    for (int i = 1; i < 12; i++) if (!digit(text.charAt(i))) return false;
    char last = text.charAt(12);
    return digit(last) || (last >= 'A' && last <= 'Z');
  }

  private static boolean allDigits(String text, int from) {
    for (int i = from; i < text.length(); i++) if (!digit(text.charAt(i))) return false;
    return from < text.length();
  }
}
