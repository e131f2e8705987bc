# Reference values for uk.lacexplorer.stats.funnel and GammaQuantiles.
#
# How they were made: Rscript funnel_reference.R, run in this folder with R 4.2.2 (Debian r-base; stats package only).
# FunnelPlotR and PHEindicatormethods are not installed here, so their documented methods are written out by hand:
#  - exact limits: FunnelPlotR calculate_limits() for data_type "SR", draw_adjusted = FALSE:
#      target * qchisq(0.975, 2E, lower.tail = FALSE) / 2 / E  and  target * qchisq(0.025, 2(E+1), lower.tail = FALSE) / 2 / E
#    with the ratio target 1 turned into the pooled rate p0 and E = p0 * n;
#  - PHE rate funnel: PHEindicatormethods calculate_funnel_limits(statistic = "rate"): the limit at population n is O/n
#    for the count O whose exact interval touches E = p0 * n (poisson_funnel(O, p, "high") and (O, p, "low")):
#    lower: qgamma(1 - a/2, O + 1) = E, upper: qgamma(a/2, O) = E; the package bisects on whole counts, here O is
#    solved continuously with uniroot at each n;
#  - normal limits: p0 +/- z sqrt(p0 / n);
#  - overdispersion: FunnelPlotR transformed_zscore() ("CQC": sqrt, "SHMI": log), winsorisation() at 10%/90% with
#    quantile() type 7, phi_func(), tau_func(); limits with exact qnorm() quantiles (FunnelPlotR uses 1.959964 and
#    3.090232) and the square-root limits squared back to the ratio scale (FunnelPlotR issue #33 does not).
# Output: funnel_units.csv (inputs), funnel_limits.csv, funnel_dispersion.csv, gamma_quantiles.csv.

options(digits = 17)
alphas <- c(l95 = 0.05, l998 = 0.002)

units_a <- data.frame(
  dataset = "overdispersed22",
  id = sprintf("U%02d", 1:22),
  observed = c(105, 210, 160, 455, 300, 120, 480, 65, 140, 385, 195, 520, 270, 300, 110, 235, 640, 350, 190, 95, 230, 175),
  denominator = c(14100, 30950, 17250, 68900, 24400, 15850, 63350, 13850, 12150, 31300, 19850, 32700, 21350, 29600,
                  11800, 20500, 42650, 27800, 12900, 12600, 17600, 26350))
units_b <- data.frame(
  dataset = "underdispersed8",
  id = sprintf("B%d", 1:8),
  observed = c(50, 101, 149, 199, 252, 298, 351, 400),
  denominator = c(5000, 10000, 15000, 20000, 25000, 30000, 35000, 40000))
set.seed(20250607)
n_c <- 150
den_c <- round(exp(runif(n_c, log(2000), log(300000))))
rate_c <- 0.0065 * rgamma(n_c, shape = 12, rate = 12)
obs_c <- rpois(n_c, den_c * rate_c)
obs_c[c(7, 99)] <- 0
units_c <- data.frame(dataset = "england150", id = sprintf("C%03d", 1:n_c), observed = obs_c, denominator = den_c)
units <- rbind(units_a, units_b, units_c)
write.csv(units, "funnel_units.csv", row.names = FALSE, quote = FALSE)

exact_limits <- function(p0, n, a) {
  E <- p0 * n
  c(lower = p0 * (qchisq(1 - a / 2, 2 * E, lower.tail = FALSE) / 2) / E,
    upper = p0 * (qchisq(a / 2, 2 * (E + 1), lower.tail = FALSE) / 2) / E)
}

phe_limits <- function(p0, n, a) {
  E <- p0 * n
  lower <- if (exp(-E) >= a / 2) 0 else {
    f <- function(shape) pgamma(E, shape, lower.tail = FALSE) - a / 2
    hi <- E + 10 * sqrt(E) + 10
    (uniroot(f, c(1, hi), tol = 1e-14, maxiter = 10000)$root - 1) / n
  }
  g <- function(shape) a / 2 - pgamma(E, shape)
  hi <- E + 10 * sqrt(E) + 10
  upper <- uniroot(g, c(1e-300, hi), tol = 1e-14, maxiter = 10000)$root / n
  c(lower = lower, upper = upper)
}

normal_limits <- function(p0, n, a) {
  z <- qnorm(1 - a / 2)
  c(lower = max(0, p0 - z * sqrt(p0 / n)), upper = p0 + z * sqrt(p0 / n))
}

dispersion <- function(obs, den, p0, scale, trim = 0.1) {
  E <- p0 * den
  if (scale == "sqrt") {
    s <- 1 / (2 * sqrt(E)); z <- (sqrt(obs / E) - 1) / s
  } else {
    s <- 1 / sqrt(E); z <- sqrt(E) * log(obs / E)
  }
  lz <- quantile(z, trim, names = FALSE); uz <- quantile(z, 1 - trim, names = FALSE)
  wz <- ifelse(z < lz, lz, ifelse(z > uz, uz, z))
  N <- length(z)
  phi <- sum(wz^2) / N
  w <- 1 / s^2
  tau2 <- if (N * phi < N - 1) 0 else max(0, (N * phi - (N - 1)) / (sum(w) - sum(w^2) / sum(w)))
  list(phi = phi, tau2 = tau2, lz = lz, uz = uz)
}

adjusted_limits <- function(p0, n, a, scale, kind, d) {
  E <- p0 * n
  s <- if (scale == "sqrt") 1 / (2 * sqrt(E)) else 1 / sqrt(E)
  sigma <- if (kind == "multiplicative") s * sqrt(d$phi) else sqrt(s^2 + d$tau2)
  z <- qnorm(1 - a / 2)
  if (scale == "sqrt") {
    lo <- 1 - z * sigma
    c(lower = p0 * ifelse(lo <= 0, 0, lo^2), upper = p0 * (1 + z * sigma)^2)
  } else {
    c(lower = p0 * exp(-z * sigma), upper = p0 * exp(z * sigma))
  }
}

position <- function(rate, l) {
  if (rate > l[["upper998"]]) "above_998" else if (rate > l[["upper95"]]) "above_95" else
    if (rate < l[["lower998"]]) "below_998" else if (rate < l[["lower95"]]) "below_95" else "within"
}

limit_rows <- list(); dispersion_rows <- list()
for (ds in unique(units$dataset)) {
  u <- units[units$dataset == ds, ]
  p0 <- sum(u$observed) / sum(u$denominator)
  scales <- if (all(u$observed > 0)) c("sqrt", "log") else "sqrt"
  disp <- list()
  for (sc in scales) {
    disp[[sc]] <- dispersion(u$observed, u$denominator, p0, sc)
    dispersion_rows[[length(dispersion_rows) + 1]] <- data.frame(dataset = ds, scale = sc, pooled_rate = p0,
      phi = disp[[sc]]$phi, tau2 = disp[[sc]]$tau2, lower_winsor = disp[[sc]]$lz, upper_winsor = disp[[sc]]$uz)
  }
  configs <- list(c("exact", "none", "sqrt"), c("phe", "none", "sqrt"), c("normal", "none", "sqrt"))
  for (sc in scales) for (k in c("multiplicative", "additive")) configs[[length(configs) + 1]] <- c("exact", k, sc)
  for (cfg in configs) {
    for (i in seq_len(nrow(u))) {
      n <- u$denominator[i]
      l <- c()
      for (lev in names(alphas)) {
        a <- alphas[[lev]]
        v <- if (cfg[2] != "none" && disp[[cfg[3]]]$phi > 1) adjusted_limits(p0, n, a, cfg[3], cfg[2], disp[[cfg[3]]])
             else switch(cfg[1], exact = exact_limits(p0, n, a), phe = phe_limits(p0, n, a), normal = normal_limits(p0, n, a))
        suffix <- if (lev == "l95") "95" else "998"
        l[[paste0("lower", suffix)]] <- v[["lower"]]; l[[paste0("upper", suffix)]] <- v[["upper"]]
      }
      limit_rows[[length(limit_rows) + 1]] <- data.frame(dataset = ds, id = u$id[i], limits = cfg[1],
        overdispersion = cfg[2], scale = cfg[3], lower95 = l[["lower95"]], upper95 = l[["upper95"]],
        lower998 = l[["lower998"]], upper998 = l[["upper998"]], position = position(u$observed[i] / n, l))
    }
  }
}
# Limits at small expected counts (PHE lower limit zero below E = -log(alpha/2)) and large ones.
for (n in c(100, 350, 500, 1000, 3000, 1e6)) {
  for (m in c("exact", "phe", "normal")) {
    l <- c()
    for (lev in names(alphas)) {
      v <- switch(m, exact = exact_limits(0.009, n, alphas[[lev]]), phe = phe_limits(0.009, n, alphas[[lev]]),
                  normal = normal_limits(0.009, n, alphas[[lev]]))
      suffix <- if (lev == "l95") "95" else "998"
      l[[paste0("lower", suffix)]] <- v[["lower"]]; l[[paste0("upper", suffix)]] <- v[["upper"]]
    }
    limit_rows[[length(limit_rows) + 1]] <- data.frame(dataset = "at_p0_0.009", id = format(n, scientific = FALSE),
      limits = m, overdispersion = "none", scale = "sqrt", lower95 = l[["lower95"]], upper95 = l[["upper95"]],
      lower998 = l[["lower998"]], upper998 = l[["upper998"]], position = "")
  }
}
fmt <- function(df) { for (col in names(df)) if (is.numeric(df[[col]])) df[[col]] <- sprintf("%.17g", df[[col]]); df }
write.csv(fmt(do.call(rbind, limit_rows)), "funnel_limits.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, dispersion_rows)), "funnel_dispersion.csv", row.names = FALSE, quote = FALSE)

g <- expand.grid(p = c(1e-6, 0.001, 0.025, 0.5, 0.975, 0.999), shape = c(0.01, 0.5, 1, 3.7, 20, 250.5, 5000, 1e5))
g$lower <- qgamma(g$p, g$shape)
g$upper <- qgamma(g$p, g$shape, lower.tail = FALSE)
write.csv(fmt(g), "gamma_quantiles.csv", row.names = FALSE, quote = FALSE)
