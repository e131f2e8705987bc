package uk.lacexplorer.episodes.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.Ssda903Fixture;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.parse.Tables.Episode;
import uk.lacexplorer.episodes.validate.Finding;

class ExtractReaderTest {
  @TempDir
  Path temp;

  private Extract read(Ssda903Fixture fixture) {
    return new ExtractReader(new Dates(2030)).read(fixture.writeTo(temp.resolve("E06000001")), null);
  }

  private List<Finding> findings(Ssda903Fixture fixture) {
    Path folder = fixture.writeTo(temp.resolve("E06000001"));
    return new EpisodeService().processOne(folder, new EpisodeService.Request(folder, null, null, null,
        EnumSet.of(EpisodeService.Work.VALIDATE), 1, new Dates(2030))).findings();
  }

  @Test
  void readsEveryTableOfTheLayoutWithCodesAndDates() {
    Extract extract = read(Ssda903Fixture.clean());
    assertThat(extract.laCode()).isEqualTo("E06000001");
    TableData episodes = extract.episodes();
    assertThat(episodes.size()).isEqualTo(4);
    assertThat(episodes.line(0)).isEqualTo(2);
    assertThat(extract.children().id(episodes.child(3))).isEqualTo("2");
    assertThat(episodes.date(Episode.DECOM, 0)).isEqualTo(Dates.of(2020, 5, 1));
    assertThat(episodes.cell(Episode.REC, 1)).isEqualTo("E4A");
    assertThat(episodes.code(Episode.LS, 2)).isEqualTo(CodeLists.standard().legalStatus.index("C1"));
    assertThat(episodes.checked(Episode.URN, 1)).isEqualTo(TableData.VALID);
    for (TableSpec spec : Tables.ALL) assertThat(extract.table(spec).isPresent()).as(spec.id()).isTrue();
    assertThat(extract.table(Tables.MISSING).size()).isEqualTo(2);
  }

  @Test
  void columnsMayComeInAnyOrderAndExtraColumnsAreIgnored() {
    Extract extract = read(Ssda903Fixture.clean().file("header.csv", """
        NOTE,DOB,CHILD,SEX,ETHNIC,UPN,MOTHER,MC_DOB
        x,01/06/2010,1,1,WBRI,,,
        """));
    assertThat(extract.header().date(Tables.Header.DOB, 0)).isEqualTo(Dates.of(2010, 6, 1));
    assertThat(extract.children().id(extract.header().child(0))).isEqualTo("1");
  }

  @Test
  void keepsUnreadableDatesAndUnknownCodesAsFindingsWithTheRawValue() {
    Ssda903Fixture fixture = Ssda903Fixture.clean()
        .replace("episodes.csv", "1,01/05/2020,S,C2", "1,31/04/2020,S,C9");
    Extract extract = read(fixture);
    assertThat(extract.episodes().date(Episode.DECOM, 0)).isEqualTo(Dates.INVALID);
    assertThat(extract.episodes().code(Episode.LS, 0)).isEqualTo(CodeList.UNKNOWN);
    assertThat(extract.episodes().size()).as("no row dropped").isEqualTo(4);
    List<Finding> findings = findings(fixture);
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.rule().id()).isEqualTo("141");
      assertThat(finding.line()).isEqualTo(2);
      assertThat(finding.child()).isEqualTo("1");
      assertThat(finding.field()).isEqualTo("DECOM");
      assertThat(finding.value()).isEqualTo("31/04/2020");
    });
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.rule().id()).isEqualTo("144");
      assertThat(finding.value()).isEqualTo("C9");
    });
  }

  @Test
  void aMissingColumnIsAOneLineErrorNamingFileLineAndColumn() {
    Ssda903Fixture fixture = Ssda903Fixture.clean().file("episodes.csv", """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        1,01/05/2020,S,C2,N1,U6,PR1,,,,,
        """);
    assertThatThrownBy(() -> read(fixture)).isInstanceOf(UserError.class)
        .hasMessageContaining("episodes.csv line 1: column REC is missing")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aTruncatedFileIsAOneLineErrorNamingTheLine() {
    Ssda903Fixture fixture = Ssda903Fixture.clean().append("episodes.csv", "2,10/04/2021,S,C1,N1");
    assertThatThrownBy(() -> read(fixture)).isInstanceOf(UserError.class)
        .hasMessageContaining("episodes.csv line 6: 5 field(s) where the column names give 13")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anUnclosedQuoteIsAOneLineError() {
    Ssda903Fixture fixture = Ssda903Fixture.clean().append("episodes.csv", "2,\"10/04/2021,S,C1");
    assertThatThrownBy(() -> read(fixture)).isInstanceOf(UserError.class)
        .hasMessageContaining("episodes.csv").hasMessageNotContaining("\n");
  }

  @Test
  void aMissingEpisodesFileOrEmptyHeaderIsAnError() {
    assertThatThrownBy(() -> read(Ssda903Fixture.clean().without("episodes.csv")))
        .isInstanceOf(UserError.class).hasMessageContaining("episodes.csv is missing");
    assertThatThrownBy(() -> read(Ssda903Fixture.clean().file("header.csv", "")))
        .isInstanceOf(UserError.class).hasMessageContaining("header.csv line 1: the file is empty");
  }

  @Test
  void childInHeaderWithoutEpisodesAndTheReverseAreFindings() {
    Ssda903Fixture fixture = Ssda903Fixture.clean()
        .append("header.csv", "4,1,01/01/2015,WBRI,,,")
        .append("episodes.csv", "9,01/05/2020,S,C2,N1,U6,PR1,,,,,,");
    List<Finding> findings = findings(fixture);
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.rule().id()).isEqualTo("EPI");
      assertThat(finding.child()).isEqualTo("4");
      assertThat(finding.line()).isEqualTo(5);
    });
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.rule().id()).isEqualTo("LX03");
      assertThat(finding.child()).isEqualTo("9");
      assertThat(finding.table()).isEqualTo("episodes");
      assertThat(finding.line()).isEqualTo(6);
    });
  }

  @Test
  void aByteOrderMarkAndEmptyOptionalFilesAreAccepted() throws IOException {
    Path folder = Ssda903Fixture.clean().writeTo(temp.resolve("E06000002"));
    Files.writeString(folder.resolve("header.csv"), "\uFEFF" + Files.readString(folder.resolve("header.csv")));
    Files.writeString(folder.resolve("uasc.csv"), "");
    Extract extract = new ExtractReader(new Dates(2030)).read(folder, "E06000002");
    assertThat(extract.header().size()).isEqualTo(3);
    assertThat(extract.table(Tables.UASC).isPresent()).isFalse();
  }

  @Test
  void aFolderOfAuthorityFoldersIsANationalExtract() {
    Ssda903Fixture.clean().writeTo(temp.resolve("national/E06000001"));
    Ssda903Fixture.clean().writeTo(temp.resolve("national/E06000002"));
    assertThat(ExtractReader.authorityFolders(temp.resolve("national")))
        .extracting(path -> path.getFileName().toString()).containsExactly("E06000001", "E06000002");
    assertThatThrownBy(() -> ExtractReader.authorityFolders(temp.resolve("nothing"))).isInstanceOf(UserError.class);
  }

  /** The fake validator files in the shared raw data, when present: every row is read, nothing dropped. */
  @Test
  void readsTheFakeValidatorFilesWithoutLosingARow() throws IOException {
    Path fake = Path.of("../../shared/data/raw/ssda903_fake_d2i");
    if (!Files.isDirectory(fake)) fake = Path.of("/work/shared/data/raw/ssda903_fake_d2i");
    assumeTrue(Files.isDirectory(fake), "shared fake SSDA903 files not present");
    Extract extract = new ExtractReader(new Dates(2030)).read(fake, "fake");
    for (TableSpec spec : Tables.ALL) {
      Path file = fake.resolve(spec.fileName());
      if (!Files.exists(file)) continue;
      long lines = Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank()).count();
      assertThat(extract.table(spec).size()).as(spec.id()).isEqualTo(lines);
    }
  }
}
