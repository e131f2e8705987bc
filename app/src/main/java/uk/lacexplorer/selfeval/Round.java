package uk.lacexplorer.selfeval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An evaluation round of one authority, run with one framework version. */
public record Round(long id, String authorityCode, String title, LocalDate opensOn, LocalDate closesOn,
                    Status status, String frameworkId, int frameworkVersion, boolean sharedNationally,
                    List<String> groups, Instant createdAt, Instant closedAt) {
  public enum Status { OPEN, CLOSED }

  public Round {
    groups = List.copyOf(groups);
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public String frameworkKey() {
    return frameworkId + " v" + frameworkVersion;
  }
}
