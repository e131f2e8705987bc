package uk.lacexplorer.imports.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.OdsWorkbookTest;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

/** The spend importers' contract: both header layouts, £ thousand to pounds, [x] a marker, all or nothing. */
class SpendImportersTest {
  @TempDir
  Path dir;

  private static Importer importer(String kind) {
    return SpendImporters.all().stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
  }

  private static String row(String... cells) {
    StringBuilder row = new StringBuilder("<table:table-row>");
    for (String cell : cells) {
      row.append(cell.matches("-?[0-9.]+") ? OdsWorkbookTest.number(cell, cell) : OdsWorkbookTest.cell(cell));
    }
    return row.append("</table:table-row>").toString();
  }

  private static final String[] PLACE = {"E-code", "ONS Code", "Local authority", "Notes", "Class", "Detailed Class", "Certified"};

  /** An RO3 2023-24 sheet: the service line on the row above the measures (two-row header). */
  private Path twoRowRo3(String hartlepoolGross) throws IOException {
    String title = row("Worksheet 2: Revenue Outturn (RO) 2023-24: Social care");
    String services = row("", "", "", "", "", "", "", "Children's social care: Sure start", "", "",
        "Children's social care - Children Looked After [note 3]", "", "", "");
    String header = row(concat(PLACE, "Employees\n(C1)", "Total Expenditure\n(C3 = C1 + C2)",
        "Net Current Expenditure\n(C7 = C3 - C6)", "Employees\n(C1)2", "Total Expenditure\n(C3 = C1 + C2)4",
        "Other Income\n(C5)6", "Net Current Expenditure\n(C7 = C3 - C6)8"));
    String rows = row("E0701", "E06000001", "Hartlepool", "", "UA", "UA", "Y", "1", "2", "3", "4", hartlepoolGross, "5", "40.5")
        + row("E4601", "E08000025", "Birmingham", "M", "MD", "MD", "[x]", "[x]", "[x]", "[x]", "[x]", "[x]", "[x]", "[x]")
        + row("E3831", "E07000223", "Adur", "", "SD", "SD", "N", "0", "0", "0", "0", "0", "0", "0")
        + row("Eng", "E92000001", "ENGLAND", "", "Eng", "Eng", "[Y]", "1", "1", "1", "1", "8132662.8070433335", "1", "7635068.5386703992");
    Path file = dir.resolve("RO3_2023-24_data_by_LA.ods");
    Files.write(file, OdsWorkbookTest.ods("<table:table table:name=\"Front_Page\">" + row("cover") + "</table:table>"
        + "<table:table table:name=\"RO3_LA_Data_2023-24\">" + title + "<table:table-row/>" + services + header + rows
        + "</table:table>"));
    return file;
  }

  private static String[] concat(String[] first, String... rest) {
    String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  @Test
  void aTwoRowHeaderIsReadAndThousandsBecomePounds() throws IOException {
    ImportResult result = importer("mhclg-ro3").read(twoRowRo3("6832.456"), TestData.context());
    assertThat(result).isInstanceOf(ImportResult.Loaded.class);
    ImportResult.Loaded loaded = (ImportResult.Loaded) result;
    assertThat(loaded.source().id()).isEqualTo("mhclg_ro3_2023_24");
    assertThat(loaded.observations()).hasSize(6);
    assertThat(find(loaded.observations(), "spend_cla_gross", "E06000001").value()).isEqualTo(6_832_456.0);
    assertThat(find(loaded.observations(), "spend_cla_gross", "E06000001").period()).isEqualTo(2024);
    assertThat(find(loaded.observations(), "spend_cla_net", "E06000001").value()).isEqualTo(40_500.0);
    // England: the stored value, to the penny, not the rounded text shown.
    assertThat(find(loaded.observations(), "spend_cla_gross", "E92000001").value()).isEqualTo(8_132_662_807.04);
    Observation birmingham = find(loaded.observations(), "spend_cla_net", "E08000025");
    assertThat(birmingham.value()).isNull();
    assertThat(birmingham.flags()).containsExactly(Flag.NOT_AVAILABLE);
  }

  @Test
  void aBadCellRejectsTheWholeFileNamingRowColumnAndValue() throws IOException {
    ImportResult result = importer("mhclg-ro3").read(twoRowRo3("lots"), TestData.context());
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    var problems = ((ImportResult.Rejected) result).problems();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(5);
    assertThat(problems.get(0).column()).isEqualTo("L (spend_cla_gross)");
    assertThat(problems.get(0).value()).isEqualTo("lots");
    ImportResult negative = importer("mhclg-ro3").read(twoRowRo3("-1"), TestData.context());
    assertThat(negative).isInstanceOf(ImportResult.Rejected.class);
  }

  @Test
  void aWorkbookWithoutTheColumnIsRefused() throws IOException {
    ImportResult result = importer("mhclg-rsx").read(twoRowRo3("1"), TestData.context());
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    assertThat(((ImportResult.Rejected) result).problems().get(0).message()).contains("no sheet named RSX");
  }

  @Test
  void s251TakesTheLookedAfterTotalOfEachAuthority() throws IOException {
    Path file = dir.resolve("outturn_1314.csv");
    Files.writeString(file, "LA,LA Name,LineNumber,CYPServiceDescription,ReportGroup,OwnProvision,PrivateProvision,OtherPublic,"
        + "Voluntary,TotalExpenditure,Income,NetCurrentExpenditure,GovGrantsInsideAEF\n"
        + "805,Hartlepool,15,15 Other children looked after services,CLA,1,1,1,1,4,0,4,0\n"
        + "805,Hartlepool,16,16 Total Children Looked After,CHILDREN LOOKED AFTER,1,2,3,4,7489387,100.5,7489286.5,0\n"
        + "201,City of London,16,16 Total  Children Looked After ,CHILDREN LOOKED AFTER,0,0,0,0,215725.27,0,215725.27,0\n");
    ImportResult.Loaded loaded = (ImportResult.Loaded) importer("dfe-s251-outturn").read(file, TestData.context());
    assertThat(loaded.source().id()).isEqualTo("dfe_s251_outturn_2013_14");
    assertThat(loaded.observations()).hasSize(4);
    assertThat(find(loaded.observations(), "spend_cla_gross", "E06000001").value()).isEqualTo(7_489_387.0);
    assertThat(find(loaded.observations(), "spend_cla_net", "E06000001").value()).isEqualTo(7_489_286.5);
    assertThat(find(loaded.observations(), "spend_cla_gross", "E09000001").period()).isEqualTo(2014);
    Files.writeString(dir.resolve("outturn.csv"), Files.readString(file));
    ImportResult unnamed = importer("dfe-s251-outturn").read(dir.resolve("outturn.csv"), TestData.context());
    assertThat(unnamed).isInstanceOf(ImportResult.Rejected.class);
    Files.writeString(file, Files.readString(file).replace("7489387", "74x"));
    assertThat(importer("dfe-s251-outturn").read(file, TestData.context())).isInstanceOf(ImportResult.Rejected.class);
  }

  private static Observation find(List<Observation> observations, String measure, String area) {
    return observations.stream().filter(o -> o.measure().equals(measure) && o.area().value().equals(area))
        .findFirst().orElseThrow();
  }
}
