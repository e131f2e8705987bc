# Reference values for uk.lacexplorer.stats.agreement (OrdinalAgreementReferenceTest).
# Made with R 4.2.2 (Debian r-base-core), no extra packages:
#   Rscript ordinal_agreement.R > ordinal_agreement.csv
# Each case is two groups' counts on a 4-point scale (levels 1..4), written "c1 c2 c3 c4".
# For group B alone: Leik's D (Leik 1966) and Tastle-Wierman consensus (2007) by their formulas, and median();
# for B against A: wilcox.test(b, a, exact = FALSE, correct = TRUE), its statistic W (= U of B) and p-value,
# and Cliff's delta counted over all pairs with outer().
expand <- function(counts) rep(seq_along(counts), counts)
leik <- function(counts) {
  f <- cumsum(counts / sum(counts))[-length(counts)]
  2 * sum(ifelse(f <= 0.5, f, 1 - f)) / (length(counts) - 1)
}
tastle <- function(counts) {
  p <- counts / sum(counts); x <- seq_along(counts); mu <- sum(p * x); d <- length(counts) - 1
  keep <- p > 0
  1 + sum(p[keep] * log2(1 - abs(x[keep] - mu) / d))
}
cases <- list(
  list(a = c(0, 0, 5, 0), b = c(0, 0, 0, 5)),
  list(a = c(2, 3, 4, 1), b = c(0, 1, 4, 5)),
  list(a = c(5, 0, 0, 5), b = c(1, 1, 1, 1)),
  list(a = c(3, 2, 0, 0), b = c(0, 2, 2, 3)),
  list(a = c(1, 4, 6, 2), b = c(2, 5, 3, 1)),
  list(a = c(0, 6, 1, 0), b = c(0, 3, 2, 2)),
  list(a = c(10, 3, 1, 0), b = c(0, 1, 3, 10)),
  list(a = c(4, 4, 4, 4), b = c(1, 7, 7, 1))
)
cat("a,b,leik_b,tastle_b,median_b,w,p,cliffs_delta\n")
for (case in cases) {
  a <- expand(case$a); b <- expand(case$b)
  test <- suppressWarnings(wilcox.test(b, a, exact = FALSE, correct = TRUE))
  delta <- mean(sign(outer(b, a, "-")))
  cat(paste(case$a, collapse = " "), ",", paste(case$b, collapse = " "), ",",
      sprintf("%.15g", leik(case$b)), ",", sprintf("%.15g", tastle(case$b)), ",", median(b), ",",
      sprintf("%.15g", test$statistic), ",", sprintf("%.15g", test$p.value), ",", sprintf("%.15g", delta), "\n",
      sep = "")
}
