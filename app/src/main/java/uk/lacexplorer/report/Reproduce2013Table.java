package uk.lacexplorer.report;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The reproduction as a table: each figure of section 3, the published value, ours, the denominator and why they differ. */
public final class Reproduce2013Table {
  public static final List<Column> COLUMNS = List.of(Column.text("figure"), Column.text("reference"), Column.text("what"),
      Column.text("published"), Column.text("recomputed"), Column.rate("recomputed_value"), Column.text("agrees"),
      Column.longText("denominator"), Column.longText("reason"), Column.longText("quote"));

  private Reproduce2013Table() {
  }

  public static Output output(Reproduce2013Result result, Messages messages) {
    Reproduce2013Text text = new Reproduce2013Text(result, messages);
    List<List<Object>> rows = new ArrayList<>();
    for (Reproduce2013Result.Line line : result.lines()) {
      rows.add(Output.row(line.published().id(), line.published().reference(), text.what(line), text.published(line),
          text.ours(line), line.value(), line.agrees() ? "yes" : "no", text.denominator(line), text.why(line),
          line.published().quote()));
    }
    Narrative n = text.narrative();
    List<String> notes = new ArrayList<>();
    notes.add(n.text("repro2013.note.summary", result.lines().size(), result.agreeing()));
    notes.add(n.text("repro2013.note.denominators"));
    for (Reproduce2013Result.Factor factor : result.factors()) notes.add(text.factor(factor));
    notes.addAll(result.commands());
    return Output.of(COLUMNS, rows, notes);
  }
}
