package uk.lacexplorer.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.lacexplorer.Main;
import uk.lacexplorer.Wiring;
import uk.lacexplorer.episodes.derive.Flow;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.survival.Grouping;
import uk.lacexplorer.episodes.validate.RuleCatalogue;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.output.OutputWriter;

/**
 * The episodes mappers: their columns, their rows for the three-child fixture (values worked out by hand from its
 * dates), and the command printing exactly what the mapper gives.
 */
class EpisodeTablesTest {
  @TempDir
  Path temp;

  List<AuthorityResult> results(Path folder, EpisodeService.Work work) {
    return new EpisodeService().process(new EpisodeService.Request(folder, null, null, null, EnumSet.of(work), 1,
        Dates.now()));
  }

  @Test
  void flowsHaveOneColumnPerFlowAndTheFixturesYear() {
    Path folder = Ssda903Fixture.clean().writeTo(temp.resolve("E06000001"));
    Output output = FlowsTable.output(results(folder, EpisodeService.Work.FLOWS));
    List<String> header = List.of(OutputWriter.csv(output).split("\r\n")[0].split(","));
    assertThat(header.subList(0, 2)).containsExactly("la_code", "year");
    assertThat(header.subList(2, header.size())).containsExactlyElementsOf(
        java.util.Arrays.stream(Flow.values()).map(Flow::column).toList());
    // Year ending 31 March 2021: both children start (01/05/2020, 10/04/2020) and leave (home 01/02/2021, adopted
    // 15/03/2021), so none is looked after on 31 March 2021.
    String row = OutputWriter.csv(output).lines().filter(line -> line.startsWith("E06000001,2021,")).findFirst().orElseThrow();
    List<String> cells = List.of(row.split(","));
    assertThat(cells.get(header.indexOf("started"))).isEqualTo("2");
    assertThat(cells.get(header.indexOf("ceased"))).isEqualTo("2");
    assertThat(cells.get(header.indexOf("ceased_returned_home"))).isEqualTo("1");
    assertThat(cells.get(header.indexOf("ceased_adopted"))).isEqualTo("1");
    assertThat(cells.get(header.indexOf("looked_after_31_march"))).isEqualTo("0");
  }

  @Test
  void theSummaryCommandPrintsTheMappersCsv() {
    Path folder = Ssda903Fixture.clean().writeTo(temp.resolve("E06000001"));
    String expected = OutputWriter.csv(FlowsTable.output(results(folder, EpisodeService.Work.FLOWS)));
    CommandLine commandLine = Main.commandLine(Wiring.commandLine(new String[] {"episodes", "summary"}));
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute("episodes", "summary", "--dir", folder.toString(), "--format", "csv")).isZero();
    assertThat(out.toString()).isEqualTo(expected);
  }

  @Test
  void timeInCareOfTheTwoChildrenWhoLeftWithinAYear() {
    Path folder = Ssda903Fixture.clean().writeTo(temp.resolve("E06000001"));
    Output output = TimeInCareTable.output(TimeInCareResult.of(results(folder, EpisodeService.Work.PERIODS),
        Grouping.ALL, List.of(6, 12)));
    List<String> lines = OutputWriter.csv(output).lines().toList();
    assertThat(lines.get(0)).isEqualTo("by,group,periods,months,days,at_risk,measure,estimate,std_err,ci95_lower,ci95_upper");
    // Child 1 was in care 9 months, child 2 11 months: at 6 months neither had left, at 12 both had (one home, one
    // adopted), so the share who left is 0 then 1 and each route's cumulative incidence is 1/2 at 12 months.
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("all,all,2,6,").contains(",left_care,0,"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("all,all,2,12,").contains(",left_care,1,"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("all,all,2,12,").contains(",returned_home,0.5,"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("all,all,2,12,").contains(",adopted,0.5,"));
  }

  @Test
  void rulesAndFindingsHaveTheirDocumentedColumns() {
    String rules = OutputWriter.csv(RulesTable.output(RuleCatalogue.rules()));
    assertThat(rules.split("\r\n")[0]).isEqualTo(String.join(",", RulesTable.COLUMNS));
    assertThat(rules.split("\r\n")).hasSize(RuleCatalogue.rules().size() + 1);
    Path folder = Ssda903Fixture.clean().writeTo(temp.resolve("E06000001"));
    var findings = FindingsTable.findings(results(folder, EpisodeService.Work.VALIDATE));
    assertThat(OutputWriter.csv(FindingsTable.output(findings)).split("\r\n")[0]).isEqualTo(String.join(",", FindingsTable.COLUMNS));
    assertThat(OutputWriter.csv(FindingsTable.byRule(findings)).split("\r\n")[0])
        .isEqualTo(String.join(",", FindingsTable.BY_RULE_COLUMNS));
  }
}
