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
}
