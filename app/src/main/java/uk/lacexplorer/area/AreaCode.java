package uk.lacexplorer.area;

import java.util.regex.Pattern;

/** An ONS Government Statistical Service (GSS) code such as {@code W06000020}. */
public record AreaCode(String value) implements Comparable<AreaCode> {
  private static final Pattern GSS = Pattern.compile("[EWSNK]\\d{8}");

  public AreaCode {
    if (value == null || !GSS.matcher(value).matches()) {
      throw new IllegalArgumentException("not a GSS area code: " + value);
    }
  }

  public static AreaCode parse(String text) {
    return new AreaCode(text == null ? null : text.trim().toUpperCase(java.util.Locale.ROOT));
  }

  public static boolean isCode(String text) {
    return text != null && GSS.matcher(text.trim().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  public Nation nation() {
    return value.charAt(0) == 'W' ? Nation.WALES : value.charAt(0) == 'E' ? Nation.ENGLAND : Nation.OTHER;
  }

  @Override
  public int compareTo(AreaCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
