package uk.lacexplorer.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import uk.lacexplorer.application.ResultCache;
import java.util.zip.GZIPOutputStream;

/**
 * Sends API answers from the application's one cache, kept by address as plain and gzip-compressed bytes, so that a
 * repeated request costs neither a query nor a compression (the cache forgets them after a minute, or at once when
 * data is uploaded here). Errors are thrown, never kept. Thread-safe.
 */
public final class ApiCache {
  private final ResultCache cache;

  ApiCache(ResultCache cache) {
    this.cache = cache;
  }

  private record Entry(ApiBody body, byte[] plain, byte[] gzip) {
  }

  /** Answers from the cache, or builds the body. */
  public void send(Context ctx, Supplier<ApiBody> build) {
    String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString()) + "&lang=" + Languages.of(ctx).code();
    Entry entry = cache.get("api", key, () -> {
      ApiBody body = build.get();
      byte[] plain = body.text().getBytes(StandardCharsets.UTF_8);
      return new Entry(body, plain, gzip(plain));
    });
    write(ctx, entry);
  }

  private static void write(Context ctx, Entry entry) {
    ctx.contentType(entry.body().contentType());
    if (entry.body().fileName() != null) {
      ctx.header("Content-Disposition", "attachment; filename=\""
          + entry.body().fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }
    ctx.header("Vary", "Accept-Encoding");
    String accepted = ctx.header("Accept-Encoding");
    if (accepted != null && accepted.contains("gzip") && entry.gzip().length < entry.plain().length) {
      ctx.disableCompression();
      ctx.header("Content-Encoding", "gzip");
      ctx.result(entry.gzip());
    } else {
      ctx.result(entry.plain());
    }
  }

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(plain.length / 4 + 64);
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
