package uk.lacexplorer.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.report.ReportDocument;
import uk.lacexplorer.report.ReportRequest;

/**
 * Time of one authority report from a warm application (a benchmark, not a test): the application on the shipped
 * dataset ({@code LACX_HOME}, or {@code -Dlacx.home}) is warmed with a few reports, then each format and language is
 * timed RUNS times from request to bytes, first with the application's one-minute cache forgotten (every service
 * asked again) and reported as median and maximum. Usage: {@code ReportTiming [AREA] [RUNS]}.
 */
public final class ReportTiming {
  private ReportTiming() {
  }

  public static void main(String[] args) {
    String area = args.length > 0 ? args[0] : "W06000016";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    try (Application app = new Application(Config.fromEnvironment())) {
      long start = System.nanoTime();
      app.store();
      System.out.printf(Locale.ROOT, "application opened in %.2f s%n", (System.nanoTime() - start) / 1e9);
      for (int i = 0; i < 4; i++) {
        for (String format : List.of("pdf", "html")) once(app, area, i % 2 == 0 ? "en" : "cy", format);
      }
      for (String format : List.of("html", "pdf")) {
        for (String lang : List.of("en", "cy")) {
          List<Double> seconds = new ArrayList<>();
          int bytes = 0;
          for (int i = 0; i < runs; i++) {
            app.dataChanged();
            long begin = System.nanoTime();
            bytes = once(app, area, lang, format);
            seconds.add((System.nanoTime() - begin) / 1e9);
          }
          Collections.sort(seconds);
          app.dataChanged();
          long gather = System.nanoTime();
          var result = app.report().run(ReportRequest.parse(area, null, lang, format));
          long gathered = System.nanoTime();
          String html = uk.lacexplorer.report.ReportHtml.render(result, Messages.standard());
          long written = System.nanoTime();
          if (format.equals("pdf")) uk.lacexplorer.report.ReportPdf.render(html);
          long drawn = System.nanoTime();
          System.out.printf(Locale.ROOT, "  one run: services %.3f s, HTML %.3f s, PDF %.3f s%n", (gathered - gather) / 1e9,
              (written - gathered) / 1e9, (drawn - written) / 1e9);
          System.out.printf(Locale.ROOT, "%s %s %s: median %.3f s, max %.3f s over %d runs (%d KB)%n", area, format,
              lang, seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), runs, bytes / 1024);
        }
      }
    }
  }

  private static int once(Application app, String area, String lang, String format) {
    ReportRequest request = ReportRequest.parse(area, null, lang, format);
    return ReportDocument.of(app.report().run(request), Messages.standard()).bytes().length;
  }
}
