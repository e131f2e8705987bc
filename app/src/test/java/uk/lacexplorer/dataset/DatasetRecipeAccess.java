package uk.lacexplorer.dataset;

import java.util.List;

/** Lets tests in other packages read the (package-private) dataset recipe. */
public final class DatasetRecipeAccess {
  private DatasetRecipeAccess() {
  }

  public static List<DatasetStep> england() {
    return DatasetRecipe.england();
  }
}
