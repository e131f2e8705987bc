package uk.lacexplorer.events;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.store.Database;

/** Key events in the database (table {@code key_event}). Thread-safe. */
public final class KeyEventStore {
  private static final String COLUMNS = "event_id, area_code, event_date, event_type, event_label, judgement, event_source";
  private final Jdbi jdbi;

  public KeyEventStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** What saving a batch did. */
  public record Saved(int added, int alreadyStored) {
  }

  /** Saves the events in one transaction; an event already stored (same area, date, type and label) is left alone. */
  public Saved saveAll(List<KeyEvent> events) {
    return jdbi.inTransaction(handle -> {
      int added = 0;
      for (KeyEvent event : events) {
        if (exists(handle, event)) continue;
        insert(handle, event);
        added++;
      }
      return new Saved(added, events.size() - added);
    });
  }

  /** Saves one event and returns it with its id (the stored one's when it was there already). */
  public KeyEvent save(KeyEvent event) {
    return jdbi.inTransaction(handle -> {
      if (!exists(handle, event)) insert(handle, event);
      return handle.createQuery("SELECT " + COLUMNS + " " + """
               FROM key_event WHERE area_code = :area AND event_date = :date AND event_type = :type AND event_label = :label""")
          .bind("area", event.area().value()).bind("date", Date.valueOf(event.date())).bind("type", event.type().id())
          .bind("label", event.label()).map((rs, ctx) -> read(rs)).one();
    });
  }

  /** Events in date order, of one area when {@code area} is not null, between the years given when not null. */
  public List<KeyEvent> list(AreaCode area, Integer fromYear, Integer toYear) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM key_event WHERE 1 = 1");
    if (area != null) sql.append(" AND area_code = :area");
    if (fromYear != null) sql.append(" AND event_date >= :from");
    if (toYear != null) sql.append(" AND event_date <= :to");
    sql.append(" ORDER BY event_date, area_code, event_id");
    return jdbi.withHandle(handle -> {
      var query = handle.createQuery(sql.toString());
      if (area != null) query.bind("area", area.value());
      if (fromYear != null) query.bind("from", Date.valueOf(fromYear + "-01-01"));
      if (toYear != null) query.bind("to", Date.valueOf(toYear + "-12-31"));
      return new ArrayList<>(query.map((rs, ctx) -> read(rs)).list());
    });
  }

  /** An area's events whose calendar year lies within {@code years} of {@code year}. */
  public List<KeyEvent> near(AreaCode area, int year, int years) {
    return list(area, year - years, year + years);
  }

  private static boolean exists(Handle handle, KeyEvent event) {
    return handle.createQuery("""
            SELECT COUNT(*) FROM key_event
            WHERE area_code = :area AND event_date = :date AND event_type = :type AND event_label = :label""")
        .bind("area", event.area().value()).bind("date", Date.valueOf(event.date())).bind("type", event.type().id())
        .bind("label", event.label()).mapTo(Integer.class).one() > 0;
  }

  private static void insert(Handle handle, KeyEvent event) {
    handle.createUpdate("""
            INSERT INTO key_event (area_code, event_date, event_type, event_label, judgement, event_source)
            VALUES (:area, :date, :type, :label, :judgement, :source)""")
        .bind("area", event.area().value()).bind("date", Date.valueOf(event.date())).bind("type", event.type().id())
        .bind("label", event.label()).bind("judgement", event.judgement()).bind("source", event.source())
        .execute();
  }

  private static KeyEvent read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new KeyEvent(rs.getLong("event_id"), new AreaCode(rs.getString("area_code")),
        rs.getDate("event_date").toLocalDate(), EventType.parse(rs.getString("event_type")), rs.getString("event_label"),
        rs.getString("judgement"), rs.getString("event_source"));
  }
}
