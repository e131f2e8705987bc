package uk.lacexplorer.imports.dfe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.lacexplorer.imports.Markers;

/**
 * One figure a DfE file gives, as a measure and breakdown, under the names DfE used in different years: one column
 * (or EES characteristic), the sum of several (adopted = adopted with consent + adopted under a placement order), or
 * what remains of a total after named parts ("other" reasons for ceasing). Names are case-insensitive regular
 * expressions; {@code +} joins the names of a sum.
 */
sealed interface Figure {

  String measure();

  String breakdown();

  /** The names this figure reads among those a file holds, the total first for a remainder; empty when not held. */
  Optional<List<String>> find(List<String> names);

  /** The figure from the cells of {@link #find}'s names, in that order. */
  Markers.Cell combine(List<Markers.Cell> cells);

  /** The sum of the first alternative whose every name the file holds. */
  record Sum(String measure, String breakdown, List<List<String>> alternatives) implements Figure {
    public Sum {
      alternatives = List.copyOf(alternatives);
    }

    static Sum of(String measure, String breakdown, String... alternatives) {
      return new Sum(measure, breakdown, Arrays.stream(alternatives).map(alternative -> List.of(alternative.split("\\+"))).toList());
    }

    @Override
    public Optional<List<String>> find(List<String> names) {
      for (List<String> alternative : alternatives) {
        List<String> found = new ArrayList<>();
        for (String regex : alternative) {
          Pattern pattern = Pattern.compile(regex.strip(), Pattern.CASE_INSENSITIVE);
          names.stream().filter(name -> pattern.matcher(name.strip()).matches()).findFirst().ifPresent(found::add);
        }
        if (found.size() == alternative.size()) return Optional.of(found);
      }
      return Optional.empty();
    }

    @Override
    public Markers.Cell combine(List<Markers.Cell> cells) {
      return CellSums.sum(cells);
    }
  }

  /** {@code total} minus {@code parts}: held only when the file holds the total (one name) and every part. */
  record Remainder(String measure, String breakdown, Sum total, List<Sum> parts) implements Figure {
    public Remainder {
      if (total.alternatives().stream().anyMatch(alternative -> alternative.size() != 1)) {
        throw new IllegalArgumentException("a remainder's total is one column");
      }
      parts = List.copyOf(parts);
    }

    @Override
    public Optional<List<String>> find(List<String> names) {
      Optional<List<String>> totalNames = total.find(names);
      if (totalNames.isEmpty()) return Optional.empty();
      List<String> all = new ArrayList<>(totalNames.get());
      for (Sum part : parts) {
        Optional<List<String>> partNames = part.find(names);
        if (partNames.isEmpty()) return Optional.empty();
        all.addAll(partNames.get());
      }
      return Optional.of(all);
    }

    @Override
    public Markers.Cell combine(List<Markers.Cell> cells) {
      return CellSums.remainder(cells.get(0), cells.subList(1, cells.size()));
    }
  }
}
