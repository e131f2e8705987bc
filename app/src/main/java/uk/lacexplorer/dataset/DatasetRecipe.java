package uk.lacexplorer.dataset;

import java.util.List;

/**
 * Which raw files make the shipped dataset, in order: when two files give the same value, the later one wins
 * (so a newer release revises an older one).
 */
final class DatasetRecipe {
  private DatasetRecipe() {
  }

  static List<DatasetStep> steps() {
    return List.of();
  }
}
