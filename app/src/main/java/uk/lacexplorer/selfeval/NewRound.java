package uk.lacexplorer.selfeval;

import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator gives to open a round. {@code frameworkId}/{@code frameworkVersion} may be null for the
 * standard framework.
 */
public record NewRound(String title, LocalDate opensOn, LocalDate closesOn, List<String> groups, String frameworkId,
                       Integer frameworkVersion) {
  public NewRound {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  public static NewRound standard(String title, LocalDate opensOn, LocalDate closesOn, List<String> groups) {
    return new NewRound(title, opensOn, closesOn, groups, null, null);
  }
}
