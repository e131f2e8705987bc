package uk.lacexplorer.measure;

/** The unit a measure's values are in. */
public enum Unit {
  /** A number of children (or episodes); can be the numerator of a rate. */
  COUNT,
  /** A number of people, used as a denominator. */
  PERSONS,
  /** A percentage, 0–100. */
  PERCENT,
  /** A proportion, 0–1. */
  PROPORTION,
  /** A rate per 10,000 children aged 0–17. */
  RATE_PER_10000,
  /** A score or rank with no unit. */
  SCORE,
  /** An amount of money in pounds sterling (spend in a financial year, or spend per child). */
  POUNDS
}
