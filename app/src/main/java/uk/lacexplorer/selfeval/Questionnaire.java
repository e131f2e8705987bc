package uk.lacexplorer.selfeval;

import java.util.Map;

/** What a respondent sees: the round, its framework, their group and the answers saved so far. */
public record Questionnaire(Round round, Framework framework, Invitation invitation, Map<String, Answer> answers) {
  public Questionnaire {
    answers = Map.copyOf(answers);
  }

  public Answer answer(String characteristicId) {
    return answers.getOrDefault(characteristicId, new Answer(characteristicId, null, ""));
  }

  public int answered() {
    return (int) answers.values().stream().filter(a -> a.scalePoint() != null).count();
  }

  /** Characteristics of one theme with a rating or "don't know" saved. */
  public int answered(Framework.Theme theme) {
    return (int) theme.characteristics().stream().filter(item -> answer(item.id()).scalePoint() != null).count();
  }

  /** The theme with this id, or the first theme when there is none such. */
  public Framework.Theme theme(String id) {
    return framework.themes().stream().filter(theme -> theme.id().equals(id)).findFirst()
        .orElse(framework.themes().get(0));
  }

  /** 1 for the first theme. */
  public int position(Framework.Theme theme) {
    return framework.themes().indexOf(theme) + 1;
  }

  /** The first theme with an unanswered characteristic among {@code ids}, or the first theme. */
  public Framework.Theme firstThemeWith(java.util.Collection<String> ids) {
    return framework.themes().stream()
        .filter(theme -> theme.characteristics().stream().anyMatch(item -> ids.contains(item.id())))
        .findFirst().orElse(framework.themes().get(0));
  }
}
