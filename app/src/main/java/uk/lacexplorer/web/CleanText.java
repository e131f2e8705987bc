package uk.lacexplorer.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import uk.lacexplorer.i18n.Audience;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;

/**
 * Refuses text that cannot be stored faithfully: bytes that are not UTF-8, and NUL characters (raw, {@code %00} in a
 * form, {@code \u0000} in JSON). Used on request bodies that hold titles and evidence, and on uploaded text files.
 */
public final class CleanText {
  private static final Pattern ENCODED_NUL = Pattern.compile("%00|\\\\u0000", Pattern.CASE_INSENSITIVE);

  private CleanText() {
  }

  /**
   * The problem with {@code bytes} as text, as the key of its message in the bundles ({@code error.text.notUtf8} or
   * {@code error.text.nul}), or null when they are clean UTF-8 without NUL.
   */
  public static String problem(byte[] bytes, boolean encoded) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return "error.text.notUtf8";
    }
    if (text.indexOf('\0') >= 0 || (encoded && ENCODED_NUL.matcher(text).find())) {
      return "error.text.nul";
    }
    return null;
  }

  /** Before handler: a POST or PUT body (form or JSON, not multipart) must be clean, or the answer is 400. */
  public static void requireCleanBody(Context ctx) {
    String method = ctx.method().name();
    if (!method.equals("POST") && !method.equals("PUT")) return;
    String type = ctx.contentType();
    if (type != null && type.startsWith("multipart/")) return;
    byte[] body = ctx.bodyAsBytes();
    String problem = problem(body, true);
    if (problem == null && type != null && type.startsWith("application/x-www-form-urlencoded")) {
      problem = problem(percentDecoded(body), false);
    }
    if (problem != null) {
      Lang lang = Languages.of(ctx);
      throw new BadRequestResponse(Messages.standard().render(lang, Audience.WEB, "error.text.refused",
          java.util.List.of(uk.lacexplorer.i18n.Arg.key(problem))));
    }
  }

  /** The bytes a form body stands for ({@code %XX} and {@code +} decoded), to check them as UTF-8. */
  static byte[] percentDecoded(byte[] body) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (b == '%' && i + 2 < body.length) {
        int hi = Character.digit(body[i + 1], 16);
        int lo = Character.digit(body[i + 2], 16);
        if (hi >= 0 && lo >= 0) {
          out.write(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      out.write(b == '+' ? ' ' : b);
    }
    return out.toByteArray();
  }
}
