package uk.lacexplorer.web.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** What analysis commands printed, kept for a minute per command and parameters. Thread-safe. */
public final class CommandResults {
  static final long TTL_MILLIS = 60_000;
  private final CommandBridge bridge;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(String output, long expires) {
  }

  public CommandResults(CommandBridge bridge) {
    this.bridge = bridge;
  }

  public CommandBridge bridge() {
    return bridge;
  }

  public String get(String command, Map<String, List<String>> params, String format) {
    String key = command + "?" + new TreeMap<>(params) + "&format=" + format;
    long now = System.currentTimeMillis();
    Entry entry = entries.get(key);
    if (entry == null || entry.expires() < now) {
      entry = new Entry(bridge.run(command, params, format), now + TTL_MILLIS);
      if (entries.size() > 500) entries.clear();
      entries.put(key, entry);
    }
    return entry.output();
  }

  public void clear() {
    entries.clear();
  }
}
