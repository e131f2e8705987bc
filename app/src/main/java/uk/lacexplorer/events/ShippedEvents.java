package uk.lacexplorer.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.imports.ImportRejectedException;

/**
 * Key events shipped with LAC Explorer, each with its published source: those the 2013 research for the All Wales
 * Heads of Children's Services names for its case-study authorities (serious case reviews by year, inspections) and
 * the Welsh policy changes it describes ({@code events/research-2013.csv}). Saved on every start; an event already
 * stored is left alone, so a user's own events and edits are kept.
 */
public final class ShippedEvents {
  public static final List<String> FILES = List.of("research-2013.csv");

  private ShippedEvents() {
  }

  /**
   * The shipped events, read (and checked) as {@code ./lacx events import} reads a file, of the areas the store
   * knows: a database holding only some authorities (a user's own, or a test's) gets the events of those.
   */
  public static List<KeyEvent> read(AreaRegistry areas) {
    KeyEventReader reader = new KeyEventReader(areas);
    List<KeyEvent> events = new ArrayList<>();
    for (String file : FILES) {
      List<String> lines = lines(file);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) continue;
        try {
          events.addAll(reader.read(file, new StringReader(lines.get(0) + "\n" + line + "\n")));
        } catch (ImportRejectedException unknownArea) {
          // The shipped file is checked whole by ShippedEventsTest; here an area the store lacks is left out.
        }
      }
    }
    return events;
  }

  private static List<String> lines(String file) {
    try (InputStream in = ShippedEvents.class.getResourceAsStream("/events/" + file)) {
      if (in == null) throw new IllegalStateException("shipped events missing: /events/" + file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole shipped file read at once, rejected on any problem (for tests). */
  public static List<KeyEvent> readStrictly(AreaRegistry areas, String file) {
    return new KeyEventReader(areas).read(file, new StringReader(String.join("\n", lines(file)) + "\n"));
  }

  /** Saves the shipped events that are not stored yet; returns how many were added. */
  public static int ensureStored(KeyEventStore store, AreaRegistry areas) {
    return store.saveAll(read(areas)).added();
  }
}
