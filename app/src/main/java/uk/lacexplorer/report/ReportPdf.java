package uk.lacexplorer.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A report's HTML drawn as a tagged PDF by openhtmltopdf: PDF/UA (structure tree in reading order, alternative text
 * of each chart from its SVG, the document language from {@code <html lang>}, the title from {@code <title>},
 * bookmarks from the {@code <bookmarks>} of the head), PDF/A-3a with an sRGB output intent, and DejaVu Sans embedded
 * (it has every Welsh letter: ŵ ŷ â ê î ô û ẁ ẃ ẅ ỳ); the charts are the same SVG as the HTML's, drawn as vectors.
 */
public final class ReportPdf {
  public static final String FONT = "DejaVu Sans";
  public static final String MONO = "DejaVu Sans Mono";
  static final String REGULAR = "/report/fonts/DejaVuSans.ttf";
  static final String BOLD = "/report/fonts/DejaVuSans-Bold.ttf";
  static final String MONO_REGULAR = "/report/fonts/DejaVuSansMono.ttf";
  private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  private ReportPdf() {
  }

  /** The PDF of an XHTML report document. */
  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
    builder.useColorProfile(SRGB);
    builder.withProducer("LAC Explorer");
    EnumSet<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);
    builder.useFont(() -> font(REGULAR), FONT, 400, FontStyle.NORMAL, true, uses);
    builder.useFont(() -> font(BOLD), FONT, 700, FontStyle.NORMAL, true, uses);
    builder.useFont(() -> font(MONO_REGULAR), MONO, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT));
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withHtmlContent(xhtml, "file:/report/");
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A font shipped in the jar (read once). */
  static InputStream font(String resource) {
    byte[] bytes = FONTS.computeIfAbsent(resource, name -> {
      try (InputStream in = ReportPdf.class.getResourceAsStream(name)) {
        if (in == null) throw new IllegalStateException("missing font " + name);
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return new ByteArrayInputStream(bytes);
  }
}
