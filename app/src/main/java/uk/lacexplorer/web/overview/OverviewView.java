package uk.lacexplorer.web.overview;

import java.util.List;
import java.util.Locale;
import uk.lacexplorer.i18n.Choices;

/** The two views of the overview: rates as counted, or observed against expected for need ({@code ?view=adjusted}). */
public enum OverviewView {
  RAW, ADJUSTED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The view named by the {@code view} parameter; absent means raw rates. An unknown name is a user error. */
  public static OverviewView parse(String text) {
    return Choices.parse("view", text, List.of(values()), OverviewView::id, RAW);
  }
}
