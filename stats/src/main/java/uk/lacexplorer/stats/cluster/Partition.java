package uk.lacexplorer.stats.cluster;

/**
 * A partition of observations into k clusters labelled 1..k, with its within-cluster sum of squares.
 */
public record Partition(int k, int[] labels, double withinSumOfSquares) {
  public Partition {
    labels = labels.clone();
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }

  public int size(int cluster) {
    int size = 0;
    for (int label : labels) if (label == cluster) size++;
    return size;
  }
}
