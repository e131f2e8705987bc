package uk.lacexplorer.bench.need;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.lacexplorer.stats.cluster.ClusterChoice;
import uk.lacexplorer.stats.decompose.EntryDurationDecomposition;
import uk.lacexplorer.stats.decompose.Flow;
import uk.lacexplorer.stats.glm.Family;
import uk.lacexplorer.stats.glm.Glm;
import uk.lacexplorer.stats.glm.GlmFit;
import uk.lacexplorer.stats.glm.LeaveOneOut;
import uk.lacexplorer.stats.glm.ObservedExpected;
import uk.lacexplorer.stats.pairs.BenjaminiHochberg;
import uk.lacexplorer.stats.pairs.PoissonRateComparison;
import uk.lacexplorer.stats.peers.Metric;
import uk.lacexplorer.stats.peers.Neighbours;
import uk.lacexplorer.stats.peers.PeerComparison;
import uk.lacexplorer.stats.peers.Standardised;
import uk.lacexplorer.stats.regression.BreuschPagan;
import uk.lacexplorer.stats.regression.Design;
import uk.lacexplorer.stats.regression.Ols;
import uk.lacexplorer.stats.regression.OlsFit;
import uk.lacexplorer.stats.regression.VarianceInflation;

/**
 * Each need analysis over 175 synthetic authorities with four covariates, as the commands run it (warm, one thread).
 * Short runs: 1 fork, 3 warm-up and 5 measured iterations of 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NeedBenchmarks {
  private SyntheticAuthorities data;
  private Design design;
  private Standardised z;

  @Setup
  public void setUp() {
    data = new SyntheticAuthorities(20240601L);
    design = data.design();
    z = Standardised.of(data.covariates);
  }

  /** scatter: OLS of rate on one covariate, studentised residuals, Breusch–Pagan. */
  @Benchmark
  public BreuschPagan.Result scatter() {
    Design one = design.firstColumns(2);
    OlsFit fit = Ols.fit(one, data.rates);
    return BreuschPagan.studentised(one, fit.residuals());
  }

  /** model --family poisson: GLM, VIFs, observed/expected ratios with exact intervals. */
  @Benchmark
  public double modelPoisson() {
    return model(Family.POISSON);
  }

  /** model --family negbin: NB2 with θ by maximum likelihood, VIFs, ratios. */
  @Benchmark
  public double modelNegativeBinomial() {
    return model(Family.NEGATIVE_BINOMIAL);
  }

  /** model --family poisson --leave-one-out: 175 refits. */
  @Benchmark
  public double[] modelPoissonLeaveOneOut() {
    return LeaveOneOut.expected(design, data.counts, data.offsets, Family.POISSON);
  }

  /** model --family negbin --leave-one-out: 175 NB2 refits. */
  @Benchmark
  public double[] modelNegativeBinomialLeaveOneOut() {
    return LeaveOneOut.expected(design, data.counts, data.offsets, Family.NEGATIVE_BINOMIAL);
  }

  /** explained (one year): null, deprivation-only and full Poisson models. */
  @Benchmark
  public double explainedOneYear() {
    GlmFit deprivation = Glm.fit(design.firstColumns(2), data.counts, data.offsets, Family.POISSON);
    GlmFit full = Glm.fit(design, data.counts, data.offsets, Family.POISSON);
    return deprivation.devianceExplained() + full.devianceExplained() + full.dispersion();
  }

  /** neighbours for every authority (k = 5, Euclidean) with the median comparison. */
  @Benchmark
  public double neighboursForAll() {
    double sum = 0;
    for (int i = 0; i < SyntheticAuthorities.AUTHORITIES; i++) sum += neighbours(i, Metric.euclidean()).median();
    return sum;
  }

  /** neighbours for every authority with the Mahalanobis distance. */
  @Benchmark
  public double neighboursMahalanobisForAll() {
    Metric metric = Metric.mahalanobis(z);
    double sum = 0;
    for (int i = 0; i < SyntheticAuthorities.AUTHORITIES; i++) sum += neighbours(i, metric).median();
    return sum;
  }

  /** pairs: every authority with its 5 nearest, exact two-rate tests, Benjamini–Hochberg. */
  @Benchmark
  public double[] pairs() {
    List<int[]> pairs = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < SyntheticAuthorities.AUTHORITIES; i++) {
      for (Neighbours.Neighbour n : Neighbours.nearest(z, i, 5, Metric.euclidean())) {
        int a = Math.min(i, n.index());
        int b = Math.max(i, n.index());
        if (seen.add((long) a * 1000 + b)) pairs.add(new int[] {a, b});
      }
    }
    double[] p = new double[pairs.size()];
    for (int t = 0; t < p.length; t++) {
      int a = pairs.get(t)[0];
      int b = pairs.get(t)[1];
      p[t] = PoissonRateComparison.test((long) data.counts[a], data.population[a], (long) data.counts[b],
          data.population[b], 0.95).p();
    }
    return BenjaminiHochberg.adjust(p);
  }

  /** clusters --k auto: k-means (50 k-means++ starts) for k = 2..8 with silhouettes. */
  @Benchmark
  public ClusterChoice.Choice clustersKMeansAuto() {
    return ClusterChoice.kMeans(z.values(), 8, 20240601L);
  }

  /** clusters --k auto: Ward tree and its cuts for k = 2..8 with silhouettes. */
  @Benchmark
  public ClusterChoice.Choice clustersWardAuto() {
    return ClusterChoice.ward(z.values(), 8);
  }

  /** decompose for every authority against its 5 nearest neighbours' pooled flows. */
  @Benchmark
  public double decomposeForAll() {
    double sum = 0;
    for (int i = 0; i < SyntheticAuthorities.AUTHORITIES; i++) {
      List<Flow> flows = new ArrayList<>();
      for (Neighbours.Neighbour n : Neighbours.nearest(z, i, 5, Metric.euclidean())) flows.add(flow(n.index()));
      sum += EntryDurationDecomposition.of(flow(i), Flow.pooled(flows), 10_000).logGap();
    }
    return sum;
  }

  private double model(Family family) {
    GlmFit fit = Glm.fit(design, data.counts, data.offsets, family);
    double sum = VarianceInflation.of(design).values().stream().mapToDouble(Double::doubleValue).sum();
    for (int i = 0; i < SyntheticAuthorities.AUTHORITIES; i++) {
      sum += ObservedExpected.of(data.counts[i], fit.fitted()[i], 0.95).interval().upper();
    }
    return sum;
  }

  private PeerComparison neighbours(int target, Metric metric) {
    List<Neighbours.Neighbour> nearest = Neighbours.nearest(z, target, 5, metric);
    double[] rates = nearest.stream().mapToDouble(n -> data.rates[n.index()]).toArray();
    return PeerComparison.of(data.rates[target], rates);
  }

  private Flow flow(int i) {
    return new Flow(Math.max(1, data.counts[i]), data.entries[i], data.population[i]);
  }
}
