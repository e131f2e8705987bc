package uk.lacexplorer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.JdbcObservationStore;
import uk.lacexplorer.testing.TestDatabases;

/** The key_event table (migration V10) on H2 and on a real PostgreSQL server. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"h2", "postgres"})
class KeyEventStoreTest {
  private static final AreaCode WALES = new AreaCode("W92000004");
  private static final AreaCode TORFAEN = new AreaCode("W06000020");

  @Parameter
  String kind;

  private Database database;
  private KeyEventStore events;

  @BeforeEach
  void open() {
    database = TestDatabases.open(kind);
    new JdbcObservationStore(database).saveAreas(List.of(
        new Area(WALES, "Wales", "Cymru", Nation.WALES, AreaType.NATION, null, null, List.of(), null),
        new Area(TORFAEN, "Torfaen", "Tor-faen", Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), WALES)),
        Map.of());
    events = new KeyEventStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static KeyEvent event(String date, EventType type, String label, String judgement) {
    return new KeyEvent(null, TORFAEN, LocalDate.parse(date), type, label, judgement, "test source");
  }

  @Test
  void savesAndListsEventsInDateOrderWithTheirJudgement() {
    events.saveAll(List.of(event("2012-03-01", EventType.POLICY, "New threshold policy", null),
        event("2010-06-30", EventType.INSPECTION, "Inspection of children's services", "requires improvement")));
    List<KeyEvent> listed = events.list(TORFAEN, null, null);
    assertThat(listed).extracting(KeyEvent::label).containsExactly("Inspection of children's services", "New threshold policy");
    assertThat(listed.get(0).judgement()).isEqualTo("requires improvement");
    assertThat(listed.get(0).id()).isNotNull();
    assertThat(listed.get(1).judgement()).isNull();
  }

  @Test
  void savingTheSameEventsAgainAddsNothing() {
    List<KeyEvent> batch = List.of(event("2010-06-30", EventType.PRACTICE_REVIEW, "Child practice review published", null));
    assertThat(events.saveAll(batch)).isEqualTo(new KeyEventStore.Saved(1, 0));
    assertThat(events.saveAll(batch)).isEqualTo(new KeyEventStore.Saved(0, 1));
    assertThat(events.list(null, null, null)).hasSize(1);
  }

  @Test
  void findsEventsWithinTwoCalendarYearsOfABreak() {
    events.saveAll(List.of(event("2007-12-31", EventType.OTHER, "too early", null),
        event("2008-01-01", EventType.OTHER, "just in", null), event("2012-12-31", EventType.OTHER, "last in", null),
        event("2013-01-01", EventType.OTHER, "too late", null)));
    assertThat(events.near(TORFAEN, 2010, 2)).extracting(KeyEvent::label).containsExactly("just in", "last in");
  }
}
