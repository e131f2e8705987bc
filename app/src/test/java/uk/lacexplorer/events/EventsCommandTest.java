package uk.lacexplorer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.compare.TestStore;

class EventsCommandTest {
  @TempDir
  Path folder;
  Application services;

  @BeforeEach
  void open() {
    services = TestStore.open(folder.resolve("dataset"));
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void addsAndListsAnEvent() {
    TestStore.Run added = TestStore.run(services, "events", "add", "--area", "Torfaen", "--date", "2010-09-01",
        "--type", "inspection", "--judgement", "inadequate", "--label", "Inspection of safeguarding",
        "--source", "Inspectorate report");
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out()).contains("Torfaen 2010-09-01 inspection (inadequate): Inspection of safeguarding");
    TestStore.Run listed = TestStore.run(services, "events", "list", "--area", "W06000020", "--format", "csv");
    assertThat(listed.out()).contains("W06000020,Torfaen,2010-09-01,inspection,Inspection of safeguarding,inadequate,"
        + "Inspectorate report");
    TestStore.Run bare = TestStore.run(services, "events", "--area", "Torfaen", "--format", "csv");
    assertThat(bare.out()).isEqualTo(listed.out());
  }

  private static final String SHIPPED = "All Wales Heads of Children's Services, Research on differences";

  @Test
  void importsAWholeFileAndAgainAddsNothing() throws Exception {
    Path file = folder.resolve("events.csv");
    Files.writeString(file, """
        area,date,type,label,source,judgement
        Torfaen,2010-09-01,inspection,Inspection of safeguarding,Inspectorate report,inadequate
        W06000024,2012-01-15,serious_case_review,Review published,Safeguarding board,
        Cardiff,2014-04-01,practice_model,Signs of Safety adopted,Council minutes,
        """);
    TestStore.Run first = TestStore.run(services, "events", "import", file.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("3 event(s) added, 0 already stored");
    TestStore.Run second = TestStore.run(services, "events", "import", file.toString());
    assertThat(second.out()).contains("0 event(s) added, 3 already stored");
    TestStore.Run listed = TestStore.run(services, "events", "list", "--format", "csv");
    // Besides the events shipped with LAC Explorer (the 2013 research's, of the areas this test data has).
    assertThat(listed.out().lines().filter(line -> !line.contains(SHIPPED))).hasSize(4)
        .anyMatch(line -> line.contains("practice_review,Review published"));
  }

  @Test
  void rejectsTheWholeFileNamingLineColumnAndValue() throws Exception {
    Path file = folder.resolve("bad.csv");
    Files.writeString(file, """
        area,date,type,label,source
        Torfaen,2010-09-01,inspection,Fine row,Report
        Torfaen,2011-13-01,policy,Bad date,Report
        Atlantis,2011-01-01,policy,Unknown area,Report
        Torfaen,2011-01-01,inspect,Bad type,Report
        """);
    TestStore.Run run = TestStore.run(services, "events", "import", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(run.err()).contains("bad.csv:3: column 'date', value '2011-13-01': not a date")
        .contains("and 2 more problems; nothing was imported");
    assertThat(TestStore.run(services, "events", "list", "--format", "csv").out().lines()
        .filter(line -> !line.contains(SHIPPED))).hasSize(1);
  }

  @Test
  void rejectsAFileWithoutTheRequiredColumns() throws Exception {
    Path file = folder.resolve("columns.csv");
    Files.writeString(file, "area,when,type,label,source\nTorfaen,2010-01-01,policy,x,y\n");
    TestStore.Run run = TestStore.run(services, "events", "import", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("columns.csv: missing column(s) date");
  }

  @Test
  void rejectsAJudgementOnAnythingButAnInspection() {
    TestStore.Run run = TestStore.run(services, "events", "add", "--area", "Torfaen", "--date", "2010-09-01",
        "--type", "policy", "--judgement", "good", "--label", "x", "--source", "y");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--judgement belongs to an inspection only");
  }

  @Test
  void rejectsAnUnknownType() {
    TestStore.Run run = TestStore.run(services, "events", "add", "--area", "Torfaen", "--date", "2010-09-01",
        "--type", "party", "--label", "x", "--source", "y");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown --type 'party': use practice_review, inspection");
  }
}
