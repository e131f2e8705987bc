package uk.lacexplorer.episodes.parse;

/**
 * Formats of free-text fields that are only ever checked, never used: the reader checks them straight from the CSV
 * buffer and keeps a flag (and the raw text only when the format is wrong), so a national extract does not hold
 * millions of postcode strings. Written out by hand rather than as regular expressions, for speed.
 */
public enum TextFormat {
  /** A UK postcode: outward code A9, A99, AA9, AA99, A9A or AA9A, an optional space, inward code 9AA. */
  POSTCODE {
    @Override
    public boolean matches(char[] text, int from, int length) {
      if (length < 5 || length > 8) return false;
      int last = from + length;
      if (!(digit(text[last - 3]) && letter(text[last - 2]) && letter(text[last - 1]))) return false;
      int end = last - 3;
      if (text[end - 1] == ' ') end--;
      if (end - from < 2 || end - from > 4 || !letter(text[from])) return false;
      int i = from + 1;
      if (letter(text[i])) i++;
      if (i >= end || !digit(text[i])) return false;
      i++;
      if (i < end && (digit(text[i]) || letter(text[i]))) i++;
      return i == end;
    }
  },
  /** An Ofsted URN: 6 or 7 digits, SC and 6 digits, or XXXXXX / XXXXXXX. */
  URN {
    @Override
    public boolean matches(char[] text, int from, int length) {
      if (length == 8 && text[from] == 'S' && text[from + 1] == 'C') return digits(text, from + 2, from + 8);
      if (length != 6 && length != 7) return false;
      if (digits(text, from, from + length)) return true;
      for (int i = from; i < from + length; i++) if (text[i] != 'X') return false;
      return true;
    }
  },
  /** A unique pupil number: a capital letter, 11 digits and a digit or capital letter; or UN1 to UN10. */
  UPN {
    @Override
    public boolean matches(char[] text, int from, int length) {
      if ((length == 3 || length == 4) && text[from] == 'U' && text[from + 1] == 'N') {
        return length == 3 ? text[from + 2] >= '1' && text[from + 2] <= '9'
            : text[from + 2] == '1' && text[from + 3] == '0';
      }
      if (length != 13 || !(text[from] >= 'A' && text[from] <= 'Z')) return false;
      if (!digits(text, from + 1, from + 12)) return false;
      char last = text[from + 12];
      return digit(last) || (last >= 'A' && last <= 'Z');
    }
  };

  /** Whether {@code text[from..from+length)} (not blank, already trimmed) has this format. */
  public abstract boolean matches(char[] text, int from, int length);

  public boolean matches(String text) {
    return matches(text.toCharArray(), 0, text.length());
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean digits(char[] text, int from, int to) {
    for (int i = from; i < to; i++) if (!digit(text[i])) return false;
    return from < to;
  }
}
