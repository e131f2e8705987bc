package uk.lacexplorer.episodes.synth;

import java.util.SplittableRandom;

/** How a generated period ends, with the reason-ceased codes it is written with. */
enum Route {
  HOME(Choice.of("E4A", 0.8, "E4B", 0.2)),
  ADOPTED(Choice.of("E11", 0.5, "E12", 0.5)),
  SPECIAL_GUARDIANSHIP(Choice.of("E45", 0.3, "E46", 0.1, "E47", 0.45, "E48", 0.15)),
  CHILD_ARRANGEMENTS(Choice.of("E41", 1)),
  OTHER(Choice.of("E8", 0.35, "E13", 0.25, "E3", 0.15, "E9", 0.05, "E14", 0.05, "E16", 0.05, "E2", 0.02, "E15", 0.03)),
  INDEPENDENT(Choice.of("E5", 0.7, "E6", 0.3)),
  /** Stays until the 18th birthday. */
  EIGHTEEN(Choice.of("E17", 0.25, "E5", 0.35, "E6", 0.1, "E8", 0.3));

  private final Choice reasons;

  Route(Choice reasons) {
    this.reasons = reasons;
  }

  String reason(SplittableRandom random, double ageYears) {
    String reason = reasons.draw(random);
    boolean youthJustice = reason.equals("E9") || reason.equals("E14");
    if ((youthJustice && ageYears < 10) || (reason.equals("E15") && ageYears < 14)) return "E8";
    return reason;
  }
}
