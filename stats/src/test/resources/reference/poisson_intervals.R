# Reference values for uk.lacexplorer.stats.rate.PoissonInterval.
# Produced with R (Debian r-base-core) by: Rscript poisson_intervals.R > poisson_intervals.csv
# Exact (Garwood) limits come from R's own poisson.test() (stats package), computed independently of our code.
# Byar's limits follow Breslow & Day (1987) vol. II, eq. 2.21, written out here:
#   lower = O * (1 - 1/(9 O) - z/(3 sqrt(O)))^3,  upper = (O+1) * (1 - 1/(9 (O+1)) + z/(3 sqrt(O+1)))^3
counts <- c(0, 1, 2, 3, 5, 9, 10, 11, 25, 80, 595, 5720, 81770)
levels <- c(0.95, 0.998)
cat("observed,confidence,exact_lower,exact_upper,byars_lower,byars_upper\n")
for (conf in levels) {
  z <- qnorm(1 - (1 - conf) / 2)
  for (o in counts) {
    ci <- poisson.test(o, conf.level = conf)$conf.int
    bl <- if (o == 0) 0 else o * (1 - 1 / (9 * o) - z / (3 * sqrt(o)))^3
    bu <- (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * sqrt(o + 1)))^3
    cat(sprintf("%d,%s,%.17g,%.17g,%.17g,%.17g\n", o, conf, ci[1], ci[2], max(0, bl), bu))
  }
}
