package uk.lacexplorer.episodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small SSDA903 folder written by tests: file name to CSV text, edited by exact text replacement so that each test
 * shows the one thing it changes. {@link #clean()} is a folder that breaks no validation rule.
 */
public final class Ssda903Fixture {
  private final Map<String, String> files = new LinkedHashMap<>();

  private Ssda903Fixture() {
  }

  public static Ssda903Fixture empty() {
    return new Ssda903Fixture();
  }

  /**
   * Three children. Child 1 (boy, born 01/06/2010) starts care on 01/05/2020 in foster care, moves on 01/08/2020 and
   * returns home (E4A) on 01/02/2021. Child 2 (girl, born 15/03/2019) starts on 10/04/2020, moves to an adoption
   * placement with her foster carers on 10/10/2020 and is adopted (E11) on 15/03/2021. Child 3 (born 01/01/2002) is a
   * care leaver in OC3 only, and a mother. Every optional table has a valid row.
   */
  public static Ssda903Fixture clean() {
    return empty()
        .file("header.csv", """
            CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
            1,1,01/06/2010,WBRI,A123456789012,,
            2,2,15/03/2019,MWBC,UN1,,
            3,2,01/01/2002,BAFR,B123456789012,1,01/01/2021
            """)
        .file("episodes.csv", """
            CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
            1,01/05/2020,S,C2,N1,U6,PR1,01/08/2020,X1,,AB1 2CD,AB3 4EF,SC123456
            1,01/08/2020,P,C2,N1,U4,PR4,01/02/2021,E4A,CARPL,AB1 2CD,AB3 4EF,1234567
            2,10/04/2020,S,C1,N1,U6,PR1,10/10/2020,X1,,CD1 2EF,CD3 4GH,SC654321
            2,10/10/2020,U,E1,N1,A5,PR1,15/03/2021,E11,,CD1 2EF,CD3 4GH,SC654321
            """)
        .file("reviews.csv", """
            CHILD,DOB,REVIEW,REVIEW_CODE
            1,01/06/2010,01/11/2020,PN1
            """)
        .file("missing.csv", """
            CHILD,DOB,MISSING,MIS_START,MIS_END
            1,01/06/2010,M,03/09/2020,05/09/2020
            1,01/06/2010,A,10/09/2020,11/09/2020
            """)
        .file("oc2.csv", """
            CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED
            1,01/06/2010,12,,0,1,1,1,1,0,,
            """)
        .file("oc3.csv", """
            CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
            3,01/01/2002,YES,F2,D1
            """)
        .file("ad1.csv", """
            CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR
            2,15/03/2019,01/09/2020,01/10/2020,1,2,MF,L0
            """)
        .file("placed_for_adoption.csv", """
            CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED
            2,15/03/2019,01/09/2020,,
            """)
        .file("previous_permanence.csv", """
            CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM
            1,01/06/2010,Z1,,
            2,15/03/2019,P2,,ZZ/05/2019
            """)
        .file("uasc.csv", """
            CHILD,SEX,DOB,DUC
            1,1,01/06/2010,01/06/2028
            """);
  }

  public Ssda903Fixture file(String name, String text) {
    files.put(name, text);
    return this;
  }

  /** Replaces the one occurrence of {@code old} in a file; fails when it is not there exactly once. */
  public Ssda903Fixture replace(String name, String old, String replacement) {
    String text = files.get(name);
    if (text == null) throw new IllegalArgumentException("no file " + name);
    int at = text.indexOf(old);
    if (at < 0 || text.indexOf(old, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + old + "' is not in " + name + " exactly once");
    }
    files.put(name, text.substring(0, at) + replacement + text.substring(at + old.length()));
    return this;
  }

  public Ssda903Fixture append(String name, String line) {
    files.put(name, files.get(name) + line + "\n");
    return this;
  }

  public Ssda903Fixture without(String name) {
    files.remove(name);
    return this;
  }

  /** Writes the files into {@code dir} (created) and returns it. */
  public Path writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
