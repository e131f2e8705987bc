package uk.lacexplorer.episodes.synth;

import java.util.ArrayList;
import java.util.List;

/** One generated child: header fields, episodes in order, and the rows of the other tables. */
final class SynthChild {
  String id;
  String sex;
  int birth;
  String ethnic;
  String upn;
  String mother = "";
  int childBirth = Integer.MIN_VALUE;
  boolean uasc;
  final List<SynthEpisode> episodes = new ArrayList<>();
  /** Missing periods: start and end day pairs, with the type (M or A). */
  final List<int[]> missing = new ArrayList<>();
  final List<String> missingType = new ArrayList<>();
  /** Adoptions: decision day, matching day, with current foster carers, adopters' number, sex and legal status. */
  final List<Object[]> adoptions = new ArrayList<>();

  int lastDayInCare(int windowEnd) {
    SynthEpisode last = episodes.get(episodes.size() - 1);
    return last.isOpen() ? windowEnd : last.end;
  }
}
