package uk.lacexplorer.selfeval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A self-evaluation framework: themes of characteristics, the rating scale and the stakeholder groups, all in
 * English and Welsh. It is data (a JSON document), identified by {@code id} and {@code version}; every round records
 * the version it used, and characteristics keep their ids across versions so rounds stay comparable.
 */
public record Framework(String id, int version, String titleEn, String titleCy, String creditEn, String creditCy,
                        String noTargetEn, String noTargetCy, List<ScalePoint> scale, List<StakeholderGroup> groups,
                        List<Theme> themes) {

  public Framework {
    scale = List.copyOf(scale);
    groups = List.copyOf(groups);
    themes = List.copyOf(themes);
  }

  /** A point of the rating scale; {@code level} is 1 (lowest) … k, or null for "don't know". */
  public record ScalePoint(String id, Integer level, String labelEn, String labelCy, String hintEn, String hintCy) {
    public boolean rated() {
      return level != null;
    }

    public String label(boolean welsh) {
      return welsh ? labelCy : labelEn;
    }
  }

  public record StakeholderGroup(String id, String labelEn, String labelCy) {
    public String label(boolean welsh) {
      return welsh ? labelCy : labelEn;
    }
  }

  public record Theme(String id, String titleEn, String titleCy, List<Characteristic> characteristics) {
    public Theme {
      characteristics = List.copyOf(characteristics);
    }

    public String title(boolean welsh) {
      return welsh ? titleCy : titleEn;
    }
  }

  public record Characteristic(String id, String textEn, String textCy) {
    public String text(boolean welsh) {
      return welsh ? textCy : textEn;
    }
  }

  public String key() {
    return id + " v" + version;
  }

  public List<Characteristic> characteristics() {
    List<Characteristic> all = new ArrayList<>();
    for (Theme theme : themes) all.addAll(theme.characteristics());
    return all;
  }

  public Optional<Characteristic> characteristic(String characteristicId) {
    return characteristics().stream().filter(c -> c.id().equals(characteristicId)).findFirst();
  }

  public Optional<ScalePoint> scalePoint(String pointId) {
    return scale.stream().filter(point -> point.id().equals(pointId)).findFirst();
  }

  public Optional<StakeholderGroup> group(String groupId) {
    return groups.stream().filter(group -> group.id().equals(groupId)).findFirst();
  }

  /** Number of rated levels (4 for not in place … embedded). */
  public int levels() {
    return (int) scale.stream().filter(ScalePoint::rated).count();
  }

  /** The rated point at {@code level}. */
  public ScalePoint point(int level) {
    return scale.stream().filter(p -> p.rated() && p.level() == level).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scale point at level " + level + " in " + key()));
  }

  public String title(boolean welsh) {
    return welsh ? titleCy : titleEn;
  }

  public String credit(boolean welsh) {
    return welsh ? creditCy : creditEn;
  }

  public String noTarget(boolean welsh) {
    return welsh ? noTargetCy : noTargetEn;
  }
}
