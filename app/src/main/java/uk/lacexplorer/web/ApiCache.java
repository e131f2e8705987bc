package uk.lacexplorer.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * API answers kept for {@value #TTL_MILLIS} ms by address, as plain and gzip-compressed bytes, so that a repeated
 * request costs neither a query nor a compression. Forgotten at once when data is uploaded here; an import by
 * another process shows within the minute. Thread-safe.
 */
public final class ApiCache {
  static final long TTL_MILLIS = 60_000;
  private static final int MAX_ENTRIES = 2_000;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(ApiBody body, byte[] plain, byte[] gzip, long expires) {
  }

  /** Answers from the cache, or builds the body (errors are thrown, never kept). */
  public void send(Context ctx, Supplier<ApiBody> build) {
    String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    long now = System.currentTimeMillis();
    Entry entry = entries.get(key);
    if (entry == null || entry.expires() < now) {
      ApiBody body = build.get();
      byte[] plain = body.text().getBytes(StandardCharsets.UTF_8);
      entry = new Entry(body, plain, gzip(plain), now + TTL_MILLIS);
      if (entries.size() >= MAX_ENTRIES) entries.clear();
      entries.put(key, entry);
    }
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

  public void clear() {
    entries.clear();
  }
}
