package uk.lacexplorer.web.compare;

import java.util.List;

/** The scatter of rates against a need factor, formatted: the line's slope, R², the spread test and the points. */
public record ScatterView(String slope, String slopeInterval, String slopeP, String rSquared, String breuschPaganP,
                          int xYear, int n, List<List<String>> rows) {
}
