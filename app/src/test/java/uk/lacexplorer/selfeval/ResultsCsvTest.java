package uk.lacexplorer.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The results CSV: columns, suppressed rows, and text that a spreadsheet would run as a formula. */
class ResultsCsvTest {

  @Test
  void adaptedFrameworkTextCannotRunAsAFormula() {
    Framework standard = FrameworkJson.standard();
    String json = FrameworkJson.write(standard).replace("Casework is clearly focused on outcomes for the child.",
        "=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")");
    Framework adapted = FrameworkJson.parse(json, "adapted");
    Round round = new Round(7, "W06000020", "Round", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"),
        Round.Status.CLOSED, adapted.id(), adapted.version(), false, List.of("police"), Instant.EPOCH, Instant.EPOCH);
    List<InvitationRepository.GroupAnswer> answers = new ArrayList<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    ResultsCalculatorTest.add(answers, respondents, "police", 5, "embedded", "C4");
    String csv = ResultsCsv.write(ResultsCalculator.calculate(round, adapted, respondents, answers), false);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("round_id,authority_code,framework,row_type,theme,characteristic,text,respondents,"
        + "suppressed,rated,dont_know,count_not_in_place,count_emerging,count_established,count_embedded,median,"
        + "percent_established_or_better,leik_consensus,tastle_wierman_consensus,gap_low_group,gap_high_group,mean_gap,"
        + "cliffs_delta,mann_whitney_p,widest_gap_flag,withheld_groups");
    assertThat(lines).hasSize(1 + 23 + 5 + 1);
    assertThat(lines).anySatisfy(line -> assertThat(line).contains(",C4,\"'=HYPERLINK(\"\"http://evil.example\"\"")
        .contains(",5,no,5,0,0,0,0,5,4,100,1,1,"));
    assertThat(lines[lines.length - 1]).startsWith("7,W06000020,awhcs-2013 v1,overall,,,");
  }

  @Test
  void suppressedRowsKeepOnlyTheRespondentCount() {
    Framework framework = FrameworkJson.standard();
    Round round = new Round(8, "W06000020", "Round", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"),
        Round.Status.CLOSED, framework.id(), framework.version(), false, List.of("police"), Instant.EPOCH, Instant.EPOCH);
    List<InvitationRepository.GroupAnswer> answers = new ArrayList<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    ResultsCalculatorTest.add(answers, respondents, "police", 3, "embedded");
    String csv = ResultsCsv.write(ResultsCalculator.calculate(round, framework, respondents, answers), true);
    assertThat(csv.split("\r\n")[1]).isEqualTo("8,W06000020,awhcs-2013 v1,characteristic,A,A1,"
        + "\"Mae strategaeth benodol ar waith i leihau nifer y plant sy'n derbyn gofal, a hynny'n ddiogel.\",3,yes,,,,,,,,,,,,,,,,no,");
    assertThat(csv).startsWith("rhif_rownd,cod_awdurdod,fframwaith,math_rhes,thema,nodwedd,testun,ymatebwyr,heb_ei_ddangos,"
        + "sgorau,ddim_yn_gwybod,nifer_ddim_ar_waith,nifer_yn_datblygu,nifer_wedi_sefydlu,nifer_wedi_ymwreiddio,"
        + "sgôr_ganol,canran_wedi_sefydlu_neu_well,cytundeb_leik,cytundeb_tastle_wierman,grŵp_isaf_y_bwlch,"
        + "grŵp_uchaf_y_bwlch,bwlch_cymedrig,delta_cliff,p_mann_whitney,bwlch_mwyaf,grwpiau_heb_eu_dangos\r\n");
  }

  @Test
  void sharesArePercentagesToOneDecimalAndAgreementToThree() {
    Framework framework = FrameworkJson.standard();
    Round round = new Round(9, "W06000020", "Round", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"),
        Round.Status.CLOSED, framework.id(), framework.version(), false, List.of("police"), Instant.EPOCH, Instant.EPOCH);
    List<InvitationRepository.GroupAnswer> answers = new ArrayList<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    ResultsCalculatorTest.add(answers, respondents, "police", 2, "embedded", "A1");
    ResultsCalculatorTest.add(answers, respondents, "police", 4, "not_in_place", "A1");
    String csv = ResultsCsv.write(ResultsCalculator.calculate(round, framework, respondents, answers), false);
    // A1: counts (4, 0, 0, 2); median of 1,1,1,1,4,4 = 1; established or better 2/6 = 33.333…% → 33.3.
    // Leik: cumulative shares 4/6, 4/6, 4/6 → distances 1/3 each → D = 2·(1/3 + 1/3 + 1/3)/3 = 2/3 → 1 − D = 0.333.
    assertThat(csv.split("\r\n")[1]).contains(",A1,").contains(",6,no,6,0,4,0,0,2,1,33.3,0.333,");
    // Everything else: all six "established" → 100 (not 100.0 or 1).
    assertThat(csv.split("\r\n")[2]).contains(",A2,").contains(",6,no,6,0,0,0,6,0,3,100,1,1,");
  }
}
