package uk.lacexplorer.area;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: case, accents, spacing and "&amp;"/"and" do not matter; everything else does. */
final class AreaNames {
  private AreaNames() {
  }

  static String normalise(String name) {
    String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    text = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("&", " and ");
    return text.replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
