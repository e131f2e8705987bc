package uk.lacexplorer.selfeval;

/** A respondent's answer to one characteristic: a scale point id (or null while undecided) and optional evidence. */
public record Answer(String characteristicId, String scalePoint, String evidence) {
  public static final int EVIDENCE_LIMIT = 4000;

  public Answer {
    evidence = evidence == null ? "" : evidence.strip();
  }
}
