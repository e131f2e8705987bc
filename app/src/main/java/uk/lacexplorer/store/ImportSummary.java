package uk.lacexplorer.store;

/** What saving a batch of observations did: how many were new, changed (and so flagged revised) or already there. */
public record ImportSummary(String sourceId, int added, int changed, int unchanged) {
  public int total() {
    return added + changed + unchanged;
  }

  public boolean changedAnything() {
    return added + changed > 0;
  }
}
