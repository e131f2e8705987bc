package uk.lacexplorer.episodes.validate;

/** A documented rule together with its test. */
record RuleDefinition(Rule rule, Check check) {
}
