package uk.lacexplorer.episodes.validate;

import java.util.List;
import uk.lacexplorer.episodes.derive.CollectionWindow;
import uk.lacexplorer.episodes.derive.EpisodeOrder;
import uk.lacexplorer.episodes.parse.Extract;

/** Runs every rule of the {@link RuleCatalogue} that applies in the return's collection year (the last year of
 * its window) over one authority's tables and returns all findings. Stateless. */
public final class Validator {
  private Validator() {
  }

  /**
   * @param window the collection years (null when the extract has no usable episodes: date rules tied to the
   *               collection period are then skipped)
   */
  public static List<Finding> validate(Extract extract, EpisodeOrder order, CollectionWindow window) {
    ValidationContext context = new ValidationContext(extract, order, window);
    Findings findings = new Findings(extract.laCode());
    int year = context.reportingYear();
    for (RuleDefinition definition : RuleCatalogue.definitions()) {
      if (!definition.rule().appliesIn(year)) continue;
      findings.start(definition.rule());
      definition.check().run(context, findings);
    }
    return findings.list();
  }
}
