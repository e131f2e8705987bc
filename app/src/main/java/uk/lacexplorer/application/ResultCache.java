package uk.lacexplorer.application;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Answers kept for {@link #TTL} by key (a request record with the name of what answered it), so that pages and the
 * API answer repeated requests from memory under load. Concurrent requests for the same key compute it once (the
 * others wait for that answer); the computation holds no lock, so it may itself use the cache. Errors are never kept.
 * An import through this application clears it at once; an import by another process (a shared PostgreSQL) shows
 * within the minute. Thread-safe.
 */
public final class ResultCache {
  static final Duration TTL = Duration.ofMinutes(1);
  static final long MAX_ENTRIES = 5_000;
  private final AsyncCache<List<Object>, Object> entries = Caffeine.newBuilder()
      .expireAfterWrite(TTL).maximumSize(MAX_ENTRIES).buildAsync();

  /** The value kept for {@code (what, key)}, or the one {@code compute} gives (kept when it returns normally). */
  @SuppressWarnings("unchecked")
  public <T> T get(String what, Object key, Supplier<T> compute) {
    List<Object> id = List.of(what, key);
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> earlier = entries.asMap().putIfAbsent(id, mine);
    if (earlier == null) {
      try {
        T value = compute.get();
        mine.complete(value);
        return value;
      } catch (RuntimeException | Error e) {
        entries.asMap().remove(id, mine);
        mine.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return (T) earlier.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      if (e.getCause() instanceof Error cause) throw cause;
      throw e;
    }
  }

  public void clear() {
    entries.synchronous().invalidateAll();
  }

  long size() {
    entries.synchronous().cleanUp();
    return entries.synchronous().estimatedSize();
  }
}
