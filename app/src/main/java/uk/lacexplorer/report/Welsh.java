package uk.lacexplorer.report;

/**
 * The few rules of Welsh grammar the report's sentences need where a word is put in by the program: the soft
 * mutation after predicative "yn" and after "i", the aspirate mutation after "na" (and "nag" before a vowel), the
 * nasal mutation of a place after "yn" ("yng Nghymru", "ym Mro Morgannwg"), and a number of years ("pum mlynedd").
 * Words the bundles hold are written in their mutated form already; these rules are for what varies.
 */
public final class Welsh {
  private Welsh() {
  }

  /** Soft mutation (treiglad meddal): c→g, p→b, t→d, g→–, b→f, d→dd, m→f, ll→l, rh→r. */
  public static String soft(String word) {
    if (word.isEmpty()) return word;
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("ll")) return keepCase(word, "l", 2);
    if (lower.startsWith("rh")) return keepCase(word, "r", 2);
    if (lower.startsWith("ch") || lower.startsWith("ph") || lower.startsWith("th")) return word;
    return switch (lower.charAt(0)) {
      case 'c' -> keepCase(word, "g", 1);
      case 'p' -> keepCase(word, "b", 1);
      case 't' -> keepCase(word, "d", 1);
      case 'g' -> word.length() > 1 ? keepCase(word, "", 1) : word;
      case 'b', 'm' -> keepCase(word, "f", 1);
      case 'd' -> lower.startsWith("dd") ? word : keepCase(word, "dd", 1);
      default -> word;
    };
  }

  /** An adjective or noun after predicative "yn": soft mutation, except that ll and rh do not change. */
  public static String afterYn(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return "yn " + (lower.startsWith("ll") || lower.startsWith("rh") ? word : soft(word));
  }

  /** Aspirate mutation (treiglad llaes) after "na" (than): c→ch, p→ph, t→th; "nag" before a vowel. */
  public static String afterNa(String phrase) {
    if (phrase.isEmpty()) return "na";
    String lower = phrase.toLowerCase(java.util.Locale.ROOT);
    if ("aeiouwyâêîôûŵŷ".indexOf(lower.charAt(0)) >= 0) return "nag " + phrase;
    if (lower.startsWith("ch") || lower.startsWith("ph") || lower.startsWith("th")) return "na " + phrase;
    return "na " + switch (lower.charAt(0)) {
      case 'c' -> keepCase(phrase, "ch", 1);
      case 'p' -> keepCase(phrase, "ph", 1);
      case 't' -> keepCase(phrase, "th", 1);
      default -> phrase;
    };
  }

  /** A number of things (masculine) after "na" (than): "nag un", "na dau", "na thri", "na phedwar", "nag wyth". */
  public static String naNumber(int count) {
    String[] words = {"dim", "un", "dau", "tri", "pedwar", "pump", "chwech", "saith", "wyth", "naw", "deg"};
    return count >= 0 && count < words.length ? afterNa(words[count]) : "na " + count;
  }

  /** The preposition "i" (to) and the soft mutation it causes. */
  public static String afterI(String phrase) {
    return "i " + soft(phrase);
  }

  /**
   * "In" a place: nasal mutation of a Welsh place name after "yn" (c→ngh, p→mh, t→nh, g→ng, b→m, d→n, with "yn"
   * becoming "yng" or "ym"); a name that is not Welsh ({@code welshName} false) keeps its form.
   */
  public static String in(String place, boolean welshName) {
    if (place.isEmpty()) return "yn";
    String lower = place.toLowerCase(java.util.Locale.ROOT);
    if (welshName && !(lower.startsWith("ch") || lower.startsWith("ph") || lower.startsWith("th")
        || lower.startsWith("dd") || lower.startsWith("ll") || lower.startsWith("rh"))) {
      switch (lower.charAt(0)) {
        case 'c': return "yng " + keepCase(place, "ngh", 1);
        case 'p': return "ym " + keepCase(place, "mh", 1);
        case 't': return "yn " + keepCase(place, "nh", 1);
        case 'g': return "yng " + keepCase(place, "ng", 1);
        case 'b': return "ym " + keepCase(place, "m", 1);
        case 'd': return "yn " + keepCase(place, "n", 1);
        case 'm': return "ym " + place;
        default: break;
      }
    }
    if (lower.charAt(0) == 'm') return "ym " + place;
    return "yn " + place;
  }

  /**
   * A number of years: the feminine numerals (dwy, tair, pedair) and the mutations of "blynedd" after them
   * ("dwy flynedd", "tair blynedd", "pum mlynedd", "deng mlynedd"); digits above twenty.
   */
  public static String years(int count) {
    return switch (count) {
      case 1 -> "blwyddyn";
      case 2 -> "dwy flynedd";
      case 3 -> "tair blynedd";
      case 4 -> "pedair blynedd";
      case 5 -> "pum mlynedd";
      case 6 -> "chwe blynedd";
      case 7 -> "saith mlynedd";
      case 8 -> "wyth mlynedd";
      case 9 -> "naw mlynedd";
      case 10 -> "deng mlynedd";
      default -> count + " o flynyddoedd";
    };
  }

  /** {@code replacement} for the first {@code dropped} letters of {@code word}, keeping a capital initial. */
  private static String keepCase(String word, String replacement, int dropped) {
    String rest = word.substring(dropped);
    boolean capital = Character.isUpperCase(word.charAt(0));
    if (replacement.isEmpty()) {
      return capital && !rest.isEmpty() ? Character.toUpperCase(rest.charAt(0)) + rest.substring(1) : rest;
    }
    String start = capital ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    return start + rest;
  }
}
