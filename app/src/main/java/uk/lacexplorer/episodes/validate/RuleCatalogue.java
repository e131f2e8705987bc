package uk.lacexplorer.episodes.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every validation rule, in the order they run and are listed ({@code ./lacx episodes rules}). Immutable. */
public final class RuleCatalogue {
  private static final List<RuleDefinition> DEFINITIONS = build();

  private RuleCatalogue() {
  }

  private static List<RuleDefinition> build() {
    List<RuleDefinition> all = new ArrayList<>();
    all.addAll(IntegrityRules.rules());
    all.addAll(HeaderRules.rules());
    all.addAll(EpisodeFieldRules.rules());
    all.addAll(EpisodeSequenceRules.rules());
    all.addAll(EpisodeAgeRules.rules());
    all.addAll(EpisodePlacementRules.rules());
    all.addAll(AdoptionRules.rules());
    all.addAll(OutcomeRules.rules());
    all.addAll(OtherTableRules.rules());
    Set<String> ids = new HashSet<>();
    for (RuleDefinition definition : all) {
      if (!ids.add(definition.rule().id())) throw new IllegalStateException("duplicate rule id " + definition.rule().id());
    }
    return List.copyOf(all);
  }

  public static List<Rule> rules() {
    return DEFINITIONS.stream().map(RuleDefinition::rule).toList();
  }

  /** The rules that apply to a return for the collection year ending 31 March {@code year}. */
  public static List<Rule> rulesFor(int year) {
    return DEFINITIONS.stream().map(RuleDefinition::rule).filter(rule -> rule.appliesIn(year)).toList();
  }

  static List<RuleDefinition> definitions() {
    return DEFINITIONS;
  }
}
