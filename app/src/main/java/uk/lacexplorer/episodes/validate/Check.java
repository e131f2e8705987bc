package uk.lacexplorer.episodes.validate;

/** The test of one rule over an authority's tables; reports every failure, never stops at the first. */
@FunctionalInterface
interface Check {
  void run(ValidationContext context, Findings findings);
}
