# Reference values for uk.lacexplorer.stats.proportion.WilsonInterval.
# Produced with R (Debian r-base-core) by: Rscript wilson_intervals.R > wilson_intervals.csv
# R's prop.test(x, n, correct = FALSE) gives the Wilson score interval (no continuity correction).
cases <- list(c(0, 10), c(1, 10), c(5, 10), c(10, 10), c(913, 2190), c(267, 913), c(230, 267), c(125, 230),
              c(224520, 621880), c(3, 7), c(50, 1000))
levels <- c(0.95, 0.998)
cat("successes,trials,confidence,lower,upper\n")
for (conf in levels) {
  for (case in cases) {
    ci <- suppressWarnings(prop.test(case[1], case[2], conf.level = conf, correct = FALSE))$conf.int
    cat(sprintf("%d,%d,%s,%.17g,%.17g\n", case[1], case[2], conf, ci[1], ci[2]))
  }
}
