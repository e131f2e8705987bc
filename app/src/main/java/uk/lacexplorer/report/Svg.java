package uk.lacexplorer.report;

import java.util.Locale;

/**
 * A small SVG writer for the report's charts: a plot area with linear scales, axes with ticks and the shapes the
 * charts use. Every chart carries a {@code <title>} and {@code <desc>} (its alternative text) and is drawn from data,
 * so the HTML and the PDF (which draws the same SVG as vectors) show the same picture.
 */
final class Svg {
  static final int WIDTH = 640;
  static final int HEIGHT = 300;
  static final int LEFT = 56;
  static final int RIGHT = 30;
  static final int TOP = 16;
  static final int BOTTOM = 44;
  static final String INK = "#0b0c0c";
  static final String MAIN = "#1d70b8";
  static final String NATION = "#505a5f";
  static final String BAND = "#b7cfe6";
  static final String MARK = "#d4351c";
  static final String LIGHT = "#b1b4b6";

  private final StringBuilder out = new StringBuilder();
  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;
  private final int height;

  Svg(String id, String title, String description, double xMin, double xMax, double yMin, double yMax) {
    this(id, title, description, xMin, xMax, yMin, yMax, HEIGHT);
  }

  Svg(String id, String title, String description, double xMin, double xMax, double yMin, double yMax, int height) {
    this.xMin = xMin;
    this.xMax = xMax == xMin ? xMin + 1 : xMax;
    this.yMin = yMin;
    this.yMax = yMax == yMin ? yMin + 1 : yMax;
    this.height = height;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" alt=\"")
        .append(escape(title + ". " + description)).append("\" font-family=\"DejaVu Sans\" font-size=\"11\">")
        .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
  }

  double x(double value) {
    return LEFT + (value - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
  }

  double y(double value) {
    return height - BOTTOM - (value - yMin) / (yMax - yMin) * (height - TOP - BOTTOM);
  }

  Svg axes(String xLabel, String yLabel, double[] xTicks, String[] xTickLabels, double[] yTicks) {
    double bottom = y(yMin);
    for (int i = 0; i < yTicks.length; i++) {
      double at = y(yTicks[i]);
      line(LEFT, at, WIDTH - RIGHT, at, "#f3f2f1", 1, null);
      text(LEFT - 4, at + 4, "end", number(yTicks[i]), INK);
    }
    line(LEFT, bottom, WIDTH - RIGHT, bottom, INK, 1, null);
    line(LEFT, TOP, LEFT, bottom, INK, 1, null);
    for (int i = 0; i < xTicks.length; i++) {
      double at = x(xTicks[i]);
      line(at, bottom, at, bottom + 4, INK, 1, null);
      text(at, bottom + 16, "middle", xTickLabels[i], INK);
    }
    text((LEFT + WIDTH - RIGHT) / 2.0, height - 6, "middle", xLabel, INK);
    out.append("<text x=\"12\" y=\"").append(fmt((TOP + bottom) / 2)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ")
        .append(fmt((TOP + bottom) / 2)).append(")\" fill=\"").append(INK).append("\">").append(escape(yLabel)).append("</text>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
    out.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2))
        .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
        .append(fmt(width)).append('"');
    if (dash != null) out.append(" stroke-dasharray=\"").append(dash).append('"');
    out.append("/>");
    return this;
  }

  /** A polyline through data points (NaN values break nothing: they are skipped). */
  Svg path(double[] xs, double[] ys, String colour, double width, String dash) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      if (Double.isNaN(ys[i])) continue;
      points.append(points.length() == 0 ? "M" : " L").append(fmt(x(xs[i]))).append(' ').append(fmt(y(ys[i])));
    }
    if (points.length() == 0) return this;
    out.append("<path d=\"").append(points).append("\" fill=\"none\" stroke=\"").append(colour)
        .append("\" stroke-width=\"").append(fmt(width)).append('"');
    if (dash != null) out.append(" stroke-dasharray=\"").append(dash).append('"');
    out.append("/>");
    return this;
  }

  /** A band between two data series (a confidence interval or control limits). */
  Svg band(double[] xs, double[] lower, double[] upper, String colour) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      points.append(points.length() == 0 ? "M" : " L").append(fmt(x(xs[i]))).append(' ').append(fmt(y(upper[i])));
    }
    for (int i = xs.length - 1; i >= 0; i--) {
      points.append(" L").append(fmt(x(xs[i]))).append(' ').append(fmt(y(lower[i])));
    }
    if (xs.length > 0) out.append("<path d=\"").append(points).append(" Z\" fill=\"").append(colour).append("\" stroke=\"none\"/>");
    return this;
  }

  Svg dot(double xValue, double yValue, double radius, String colour) {
    out.append("<circle cx=\"").append(fmt(x(xValue))).append("\" cy=\"").append(fmt(y(yValue))).append("\" r=\"")
        .append(fmt(radius)).append("\" fill=\"").append(colour).append("\"/>");
    return this;
  }

  Svg rect(double x, double y, double w, double h, String colour) {
    out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(w))
        .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colour).append("\"/>");
    return this;
  }

  Svg text(double x, double y, String anchor, String text, String colour) {
    out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"").append(anchor)
        .append("\" fill=\"").append(colour).append("\">").append(escape(text)).append("</text>");
    return this;
  }

  String done() {
    return out + "</svg>";
  }

  /** Round tick values from 0 (or {@code from}) to at least {@code max}: about five steps of 1, 2 or 5 × 10^n. */
  static double[] ticks(double from, double max) {
    double span = Math.max(max - from, 1e-9);
    double raw = span / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude
        : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
    int n = (int) Math.ceil(span / step - 1e-9);
    double[] ticks = new double[n + 1];
    for (int i = 0; i <= n; i++) ticks[i] = from + i * step;
    return ticks;
  }

  static String number(double value) {
    if (Math.abs(value) >= 1000) return String.format(Locale.UK, "%,.0f", value);
    if (value == Math.rint(value)) return String.format(Locale.UK, "%.0f", value);
    return String.format(Locale.UK, "%.1f", value);
  }

  static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
