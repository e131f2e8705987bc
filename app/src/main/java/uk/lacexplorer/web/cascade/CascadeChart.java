package uk.lacexplorer.web.cascade;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.cascade.CascadeFigure;
import uk.lacexplorer.cascade.CascadeResult;
import uk.lacexplorer.cascade.CascadeText;
import uk.lacexplorer.web.Page;

/**
 * The stage-by-stage chart, drawn as SVG on the server: for each stage, its rate per 10,000 as a multiple of the
 * nation's (log scale, the nation at 1), the 95% interval as a line, the neighbours' range as a grey band and their
 * median as a tick. Coordinates are computed here; the template only places them.
 */
public record CascadeChart(int width, int height, int plotLeft, int plotRight, List<Tick> ticks, int nationX,
                           List<Row> rows) {
  static final double LOW = 0.125;
  static final double HIGH = 8;
  static final int WIDTH = 720;
  static final int LEFT = 330;
  static final int RIGHT = 700;
  static final int ROW = 30;
  static final int TOP = 30;

  public record Tick(int x, String label) {
  }

  /**
   * One stage. {@code shown} is false for a stage the loaded data do not hold, whose row carries the words instead.
   */
  public record Row(String label, int y, boolean shown, int x, int lowX, int highX, boolean band, int bandFrom,
                    int bandTo, int medianX, String missing, String value) {
  }

  public static CascadeChart of(Page page, CascadeResult result) {
    List<Row> rows = new ArrayList<>();
    int y = TOP;
    for (CascadeFigure f : result.figures()) {
      if (!CascadeFigure.RATE.equals(f.figure())) continue;
      y += ROW;
      String label = CascadeText.stage(page.lang(), f.stage());
      if (f.value() == null || f.national() == null || !(f.national() > 0)) {
        rows.add(new Row(label, y, false, 0, 0, 0, false, 0, 0, 0, CascadeText.status(page.lang(), f.status()), ""));
        continue;
      }
      double nation = f.national();
      boolean band = f.neighboursMin() != null;
      rows.add(new Row(label, y, true, x(f.value() / nation), x(f.lower() / nation), x(f.upper() / nation), band,
          band ? x(f.neighboursMin() / nation) : 0, band ? x(f.neighboursMax() / nation) : 0,
          band ? x(f.neighboursMedian() / nation) : 0, "", CascadeView.number(page, f.value(), 1)));
    }
    List<Tick> ticks = new ArrayList<>();
    for (double at : new double[] {0.125, 0.25, 0.5, 1, 2, 4, 8}) {
      ticks.add(new Tick(x(at), at < 1 ? page.format().number(at, at < 0.2 ? 3 : at < 0.3 ? 2 : 1) : page.format().number(at, 0)));
    }
    return new CascadeChart(WIDTH, y + ROW + 20, LEFT, RIGHT, ticks, x(1), rows);
  }

  /** Position of a ratio to the nation on the log axis, clipped to the plot. */
  static int x(double ratio) {
    double clipped = Math.max(LOW, Math.min(HIGH, ratio));
    double share = (Math.log(clipped) - Math.log(LOW)) / (Math.log(HIGH) - Math.log(LOW));
    return (int) Math.round(LEFT + share * (RIGHT - LEFT));
  }
}
