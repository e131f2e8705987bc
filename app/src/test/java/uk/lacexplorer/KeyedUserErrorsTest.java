package uk.lacexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.account.TinyWales;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.Audience;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Backups;
import uk.lacexplorer.store.Database;

/**
 * The errors a user meets with accounts, backups, the database and imported files are keyed messages: Welsh on a
 * Welsh page, the command line's option names only on the command line; and none of those packages words an error
 * in English only any more.
 */
class KeyedUserErrorsTest {
  @TempDir
  Path folder;

  @Test
  void accountErrorsAreWelshOnWelshPagesAndNameOptionsOnlyOnTheCommandLine() {
    try (Application app = TinyWales.services(folder, Database.inMemoryUrl("keyed" + System.nanoTime()))) {
      UserError noAuthority = catchThrowableOfType(UserError.class, () -> app.accounts().create("new.coordinator",
          Role.COORDINATOR, null, "a long enough password".toCharArray(), "test"));
      assertThat(noAuthority.getMessage()).contains("--authority CODE");
      assertThat(noAuthority.render(Lang.EN, Audience.WEB)).contains("local authority code").doesNotContain("--");
      assertThat(noAuthority.render(Lang.CY, Audience.WEB)).contains("cydgysylltydd").contains("awdurdod lleol")
          .doesNotContain("--");
      UserError weak = catchThrowableOfType(UserError.class, () -> app.accounts().create("new.viewer", Role.VIEWER,
          null, "1qaz2wsx3edc".toCharArray(), "test"));
      assertThat(weak.render(Lang.CY, Audience.WEB)).startsWith("mae'r cyfrinair hwnnw ar y rhestr");
      UserError unknown = catchThrowableOfType(UserError.class, () -> app.accounts().unlock("nobody", "test"));
      assertThat(unknown.getMessage()).isEqualTo("no account 'nobody': see ./lacx user list");
      assertThat(unknown.render(Lang.CY, Audience.WEB)).isEqualTo("nid oes cyfrif 'nobody'");
      assertThat(catchThrowableOfType(UserError.class, () -> Role.parse("boss")).render(Lang.CY, Audience.CLI))
          .isEqualTo("rôl anhysbys 'boss': defnyddiwch un o admin, coordinator, viewer");
    }
  }

  @Test
  void backupAndRestoreErrorsAreKeyed() throws IOException {
    Path home = Files.createDirectories(folder.resolve("home"));
    UserError missing = catchThrowableOfType(UserError.class, () -> Backups.restore(folder.resolve("none.zip"), home, false));
    assertThat(missing.getMessage()).isEqualTo("no backup file " + folder.resolve("none.zip"));
    assertThat(missing.render(Lang.CY, Audience.CLI)).isEqualTo("nid oes ffeil copi wrth gefn " + folder.resolve("none.zip"));
    Database.openEmbedded(home).close();
    Path junk = Files.writeString(folder.resolve("junk.zip"), "not a zip");
    UserError exists = catchThrowableOfType(UserError.class, () -> Backups.restore(junk, home, false));
    assertThat(exists.getMessage()).contains("add --force to replace it");
    assertThat(exists.render(Lang.CY, Audience.CLI)).startsWith("mae cronfa ddata eisoes yn").contains("--force");
  }

  /** No error can be worded in English only any more: every one is built from a key (checked by MessagesInSyncTest). */
  @Test
  void anErrorCanOnlyBeMadeFromAKey() {
    assertThat(UserError.class.getConstructors()).isEmpty();
    assertThat(java.util.Arrays.stream(UserError.class.getDeclaredConstructors())
        .filter(c -> c.getParameterCount() > 0 && c.getParameterTypes()[0] == String.class
            && (c.getParameterCount() == 1 || c.getParameterTypes()[1] != List.class)))
        .isEmpty();
  }

  @Test
  void frameworkEpisodeAndUploadErrorsAreWelshOnWelshPages() {
    String json = uk.lacexplorer.selfeval.FrameworkJson.write(uk.lacexplorer.selfeval.FrameworkJson.standard());
    UserError noWelsh = catchThrowableOfType(UserError.class, () -> uk.lacexplorer.selfeval.FrameworkJson.parse(
        json.replace("\"text_cy\" : \"Mae gwaith achos", "\"text_xx\" : \"Mae gwaith achos"),
        uk.lacexplorer.i18n.Arg.key("framework.origin.uploaded")));
    assertThat(noWelsh.getMessage()).isEqualTo("uploaded framework (awhcs-2013 v1): characteristic C4 needs Welsh text (_cy)");
    assertThat(noWelsh.render(Lang.CY, Audience.WEB))
        .isEqualTo("fframwaith a lwythwyd i fyny (awhcs-2013 fersiwn 1): nodwedd C4: mae angen testun Cymraeg (_cy)");
    UserError months = catchThrowableOfType(UserError.class, () -> uk.lacexplorer.episodes.survival.Grouping.parse("week"));
    assertThat(months.getMessage()).isEqualTo("unknown --by 'week': use all, cohort, age or la");
    assertThat(months.render(Lang.CY, Audience.CLI)).isEqualTo("gwerth anhysbys ar gyfer --by, 'week': defnyddiwch all, cohort, age neu la");
    UserError synth = catchThrowableOfType(UserError.class, () -> uk.lacexplorer.episodes.synth.SynthParameters.defaults(
        0, 5, 1, 1));
    assertThat(synth.getMessage()).isEqualTo("--children must be at least 1");
    assertThat(synth.render(Lang.CY, Audience.CLI)).isEqualTo("rhaid i --children fod yn 1 o leiaf");
    UserError rejected = new uk.lacexplorer.imports.ImportRejectedException(List.of(
        uk.lacexplorer.imports.Problem.at("a.csv", 3, "count", "-5", "import.bounds.count", 20_000_000),
        uk.lacexplorer.imports.Problem.ofFile("a.csv", "import.file.noDataRows")));
    assertThat(rejected.getMessage()).isEqualTo("a.csv:3: column 'count', value '-5': a count of children must be a "
        + "whole number from 0 to 20000000 (and 1 more problems; nothing was imported)");
    assertThat(rejected.render(Lang.CY, Audience.WEB)).isEqualTo("a.csv:3: colofn 'count', gwerth '-5': rhaid i gyfrif "
        + "o blant fod yn rhif cyfan o 0 i 20000000 (1 problem arall hefyd; ni fewnforiwyd dim)");
  }

  /** A problem with an input file is a key and its arguments: an English sentence in its place is refused at once. */
  @Test
  void aProblemCanOnlyBeMadeFromAKey() {
    assertThat(java.util.Arrays.stream(uk.lacexplorer.imports.Problem.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getType))
        .containsExactly(String.class, long.class, String.class, String.class, uk.lacexplorer.i18n.Arg.Words.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> uk.lacexplorer.imports.Problem.ofFile("a.csv", "no data rows"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new uk.lacexplorer.imports.read.Problems(Path.of("a.csv"))
        .add(1, "count", "-5", "a count cannot be negative")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * What the real importers say about real faulty files, on a Welsh page and at the command line: a bad number cell, an
   * unknown area, a cut-off file, a missing year (its advice names --option only on the command line), a workbook
   * that is not one, and a value out of bounds; the location (file, line, column, value) is the same in both languages.
   */
  @Test
  void importersSayWhatIsWrongInWelsh() throws IOException {
    try (Application app = TinyWales.services(folder, Database.inMemoryUrl("keyedimports" + System.nanoTime()))) {
      uk.lacexplorer.imports.Problem badCell = problem(app, "statswales-cla", fixture("statswales/CLA_31MAR_2016_badcell.csv"),
          "import.cell.notNumberOrMarker");
      assertThat(badCell.key()).isEqualTo("import.cell.notNumberOrMarker");
      assertThat(badCell.render(Lang.CY, Audience.WEB)).startsWith(badCell.file() + ":" + badCell.line() + ": colofn '")
          .contains("', gwerth '" + badCell.value() + "': nid yw'n rhif nac yn farciwr hysbys (* . c z x low :)");
      assertThat(badCell.toString()).endsWith("value '" + badCell.value() + "': not a number or a known marker (* . c z x low :)");

      uk.lacexplorer.imports.Problem unknown = problem(app, "statswales-cla", fixture("statswales/CLA_31MAR_2015_unknown.csv"),
          "import.area.unknown");
      assertThat(unknown.key()).isEqualTo("import.area.unknown");
      assertThat(unknown.render(Lang.CY, Audience.WEB)).contains(": ardal anhysbys '" + unknown.value()
          + "': defnyddiwch enw neu god a restrir ar dudalen y Data").doesNotContain("./lacx");
      assertThat(unknown.render(Lang.CY, Audience.CLI)).contains("a restrir gan ./lacx areas");
      assertThat(unknown.toString()).contains("unknown area '" + unknown.value() + "': use a name or code listed by ./lacx areas");

      uk.lacexplorer.imports.Problem cut = problem(app, "statswales-cla", fixture("statswales/CLA_31MAR_2013_cut.csv"), "import.file.cutOff");
      assertThat(cut.render(Lang.CY, Audience.WEB)).contains("mae'r ffeil yn gorffen ar ganol y llinell hon, felly mae'n "
          + "edrych fel pe bai wedi'i thorri: lawrlwythwch hi eto");
      assertThat(cut.toString()).contains("the file ends in the middle of this line, so it looks cut off");

      Path noYear = Files.copy(fixture("statswales/CLA_31MAR_2012.csv"), folder.resolve("cla-export.csv"));
      uk.lacexplorer.imports.Problem year = firstProblem(app, "statswales-cla", noYear);
      assertThat(year.render(Lang.CY, Audience.WEB)).isEqualTo(noYear + ": nid yw'r ffeil yn dweud pa flwyddyn yw hi: "
          + "rhowch hi yn yr opsiynau fel year=2012 (31 Mawrth y flwyddyn honno)");
      assertThat(year.render(Lang.CY, Audience.CLI)).contains("rhowch hi gyda --option year=2012");
      assertThat(year.toString()).isEqualTo(noYear + ": the file does not say which year it is: give it with "
          + "--option year=2012 (31 March of that year)");

      Path notWorkbook = Files.writeString(folder.resolve("mye23tablesew.xlsx"), "not a workbook");
      uk.lacexplorer.imports.Problem workbook = firstProblem(app, "ons-mye-workbook-wales", notWorkbook);
      assertThat(workbook.render(Lang.CY, Audience.WEB)).startsWith(notWorkbook + ": nid yw'n llyfr gwaith .xlsx");

      List<uk.lacexplorer.imports.Problem> bounds = uk.lacexplorer.imports.ValueBounds.problems("cla.csv", List.of(
          new uk.lacexplorer.observation.Observation(uk.lacexplorer.area.AreaCode.parse("W06000015"),
              "children_looked_after", 2012, "", -5.0, null, "test")), uk.lacexplorer.measure.MeasureCatalogue.standard());
      UserError refused = new uk.lacexplorer.imports.ImportRejectedException(bounds);
      assertThat(refused.getMessage()).isEqualTo("cla.csv: column 'W06000015 children_looked_after 2012', value '-5': "
          + "a count of children must be a whole number from 0 to 20000000 (nothing was imported)");
      assertThat(refused.render(Lang.CY, Audience.WEB)).isEqualTo("cla.csv: colofn 'W06000015 children_looked_after "
          + "2012', gwerth '-5': rhaid i gyfrif o blant fod yn rhif cyfan o 0 i 20000000 (ni fewnforiwyd dim)");
    }
  }

  /**
   * The importers of spend, DfE's statistical neighbours, boundaries and StatsWales tables word their problems from
   * keys too: the Welsh is the page's, and the command line alone is told about --option.
   */
  @Test
  void spendNeighbourBoundaryAndTableImportersSayWhatIsWrongInWelsh() throws IOException {
    try (Application app = TinyWales.services(folder, Database.inMemoryUrl("keyedspend" + System.nanoTime()))) {
      Path unnamed = Files.writeString(folder.resolve("spend.csv"), "LA,CYPServiceDescription,TotalExpenditure,NetCurrentExpenditure\n");
      assertThat(firstProblem(app, "dfe-s251-outturn", unnamed).render(Lang.CY, Audience.WEB)).isEqualTo(unnamed
          + ": ni ellir dweud y flwyddyn ariannol o enw'r ffeil: roedd disgwyl enw'r Adran Addysg, e.e. outturn_1314.csv ar gyfer 2013-14");
      Path outturn = Files.writeString(folder.resolve("outturn_1314.csv"),
          "LA,CYPServiceDescription,TotalExpenditure,NetCurrentExpenditure\n999,Total Children Looked After,100,-5\n");
      uk.lacexplorer.imports.Problem number = problem(app, "dfe-s251-outturn", outturn, "import.dfe.unknownLaNumber");
      assertThat(number.render(Lang.CY, Audience.WEB)).isEqualTo(outturn + ":2: colofn 'LA', gwerth '999': nid yw'n rhif "
          + "awdurdod lleol hysbys gan yr Adran Addysg (e.e. 805 Hartlepool)");
      assertThat(number.toString()).endsWith("not a DfE local authority number known (e.g. 805 Hartlepool)");

      Path junkOds = Files.writeString(folder.resolve("RO3_2023-24.ods"), "not a spreadsheet");
      assertThat(firstProblem(app, "mhclg-ro3", junkOds).render(Lang.CY, Audience.WEB))
          .startsWith(junkOds + ": nid yw'n daenlen .ods y gellir ei darllen");

      Path neighbours = Files.writeString(folder.resolve("neighbours.csv"), "LA number,LA name\n");
      uk.lacexplorer.imports.Problem columns = firstProblem(app, "dfe-neighbours-2021", neighbours);
      assertThat(columns.render(Lang.CY, Audience.WEB)).isEqualTo(neighbours + ":1: colofn 'SN1', gwerth '': colofn ar goll "
          + "o'r pennawd: roedd disgwyl SN1 … SN10 (neu SN_1 … SN_10), a'i hagosrwydd yn dilyn pob un");

      Path population = Files.writeString(folder.resolve("population.csv"), "utla21_code,total_population\nW06000015,1000\n");
      Path boundaries = Files.writeString(folder.resolve("boundaries.geojson"), "{\"type\":\"FeatureCollection\",\"features\":"
          + "[{\"type\":\"Feature\",\"properties\":{\"code\":\"W06000015\"},\"geometry\":{\"type\":\"Polygon\","
          + "\"coordinates\":[[[200,51],[-3,51],[-3,52],[200,51]]]}}]}");
      uk.lacexplorer.imports.ImportResult density = app.imports().check("population-density", boundaries,
          java.util.Map.of("population", population.toString()));
      uk.lacexplorer.imports.Problem outside = ((uk.lacexplorer.imports.ImportResult.Rejected) density).problems().get(0);
      assertThat(outside.render(Lang.CY, Audience.WEB)).isEqualTo(boundaries + ":1: colofn 'geometry.coordinates', gwerth "
          + "'W06000015': nodwedd W06000015: pwynt y tu allan i'r hydred a'r lledred posibl: [200,51]");
      assertThat(outside.toString()).endsWith("feature W06000015: a point outside longitude/latitude: [200,51]");

      Path table = Files.writeString(folder.resolve("table.csv"), "Area,Value\n");
      uk.lacexplorer.imports.Problem mapping = firstProblem(app, "statswales-table", table);
      assertThat(mapping.render(Lang.CY, Audience.WEB)).isEqualTo(table + ": rhowch ffeil fapio'r tabl yn yr opsiynau fel "
          + "mapping=FILE (gweler DATA.md, \"StatsWales tables\")");
      assertThat(mapping.render(Lang.CY, Audience.CLI)).contains("gyda --option mapping=FILE");
      assertThat(mapping.toString()).contains("give the table's mapping file with --option mapping=FILE");
    }
  }

  private static uk.lacexplorer.imports.Problem firstProblem(Application app, String kind, Path file) {
    uk.lacexplorer.imports.ImportResult result = app.imports().check(kind, file, java.util.Map.of());
    assertThat(result).as(file.toString()).isInstanceOf(uk.lacexplorer.imports.ImportResult.Rejected.class);
    return ((uk.lacexplorer.imports.ImportResult.Rejected) result).problems().get(0);
  }

  private static uk.lacexplorer.imports.Problem problem(Application app, String kind, Path file, String key) {
    uk.lacexplorer.imports.ImportResult result = app.imports().check(kind, file, java.util.Map.of());
    assertThat(result).as(file.toString()).isInstanceOf(uk.lacexplorer.imports.ImportResult.Rejected.class);
    return ((uk.lacexplorer.imports.ImportResult.Rejected) result).problems().stream()
        .filter(problem -> problem.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " in "
            + ((uk.lacexplorer.imports.ImportResult.Rejected) result).problems()));
  }

  private static Path fixture(String name) {
    return uk.lacexplorer.testing.TestData.fixture(name);
  }
}
