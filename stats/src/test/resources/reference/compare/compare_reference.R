# Reference values for uk.lacexplorer.stats.trend, .changepoint, .shrinkage and rate.RateDifference.
#
# How they were made: Rscript compare_reference.R, run in this folder with R 4.2.2 (Debian r-base) and MASS 7.3-58.2.
#  - recent trend (Fingertips method): lm(value ~ year, weights = 1/se^2) for the slope; Var(slope) with the weights
#    taken as known is summary(fit)$cov.unscaled[2, 2]; chi2 = slope^2 / Var; critical value qchisq(0.998, 1);
#    leave-one-out refits for the sign check;
#  - change points: glm(count ~ t + (t - tau)+ ..., family = poisson, offset = log(population), epsilon 1e-14) over
#    every allowed break year (segments of at least 3 years, break year counted in both), best deviance per number
#    of breaks, phi = max(1, Pearson chi2 / df) of the largest model, criterion deviance/phi + (2 + 2k) log N;
#    SE of delta = sqrt(vcov * phi); profile range: break years with (deviance - best)/phi <= qchisq(0.95, 1);
#  - shrinkage: the negative binomial O ~ 1 + offset(log n) fitted by alternating glm(family = negative.binomial(theta))
#    and MASS::theta.ml (eps 1e-12) to convergence (MASS::glm.nb gives the same, to its looser tolerance); posterior
#    Gamma(theta + O, theta/m + n), mean and qgamma 2.5%/97.5% quantiles;
#  - rate difference: MOVER (Zou & Donner 2008) from exact (qchisq) and Byar's intervals, written out.
# Inputs are invented series generated below with a fixed seed (not official figures).
library(MASS)
fmt <- function(df) { for (col in names(df)) if (is.numeric(df[[col]]) && !is.integer(df[[col]])) df[[col]] <- sprintf("%.17g", df[[col]]); df }
per <- 10000

# ---- recent trend ----
trend_in <- rbind(
  data.frame(series = "rising", year = 2014:2018, observed = c(100, 110, 125, 140, 160), population = 20000),
  data.frame(series = "seven_flat", year = 2012:2018, observed = c(300, 150, 152, 149, 155, 151, 150), population = 30000),
  data.frame(series = "one_jump", year = 2014:2018, observed = c(100, 100, 100, 100, 200), population = 20000),
  data.frame(series = "falling", year = 2014:2018, observed = c(400, 380, 350, 330, 300), population = c(50000, 50200, 50400, 50600, 50800)),
  data.frame(series = "small", year = 2014:2018, observed = c(5, 8, 6, 9, 12), population = 12000))
write.csv(trend_in, "trend_series.csv", row.names = FALSE, quote = FALSE)
wslope <- function(d) {
  fit <- lm(value ~ year, data = d, weights = 1 / d$se^2)
  c(slope = unname(coef(fit)[2]), var = summary(fit)$cov.unscaled[2, 2])
}
trend_out <- list()
for (s in unique(trend_in$series)) {
  d <- trend_in[trend_in$series == s, ]
  d <- tail(d[order(d$year), ], 5)
  d$value <- d$observed / d$population * per
  d$se <- sqrt(d$observed) / d$population * per
  f <- wslope(d)
  chi2 <- f[["slope"]]^2 / f[["var"]]
  stable <- all(sapply(1:5, function(i) sign(wslope(d[-i, ])[["slope"]]) == sign(f[["slope"]])))
  crit <- qchisq(0.998, 1)
  direction <- if (chi2 > crit && stable) (if (f[["slope"]] > 0) "increasing" else "decreasing") else "no_significant_change"
  trend_out[[s]] <- data.frame(series = s, slope = f[["slope"]], slope_se = sqrt(f[["var"]]), chi_squared = chi2,
                               critical = crit, sign_stable = stable, direction = direction)
}
write.csv(fmt(do.call(rbind, trend_out)), "trend_reference.csv", row.names = FALSE, quote = FALSE)

# ---- change points ----
set.seed(20240531)
yrs <- 2003:2018; t <- yrs - 2003
pop <- round(19700 * (1 + 0.002 * (yrs - 2011)))
one_break <- round(rpois(16, pop * 0.0100 * exp(0.02 * t + 0.10 * pmax(0, yrs - 2010))) / 5) * 5
flat <- rpois(16, pop * 0.0090 * exp(0.01 * t))
two_pop <- round(45000 * (1 + 0.004 * t))
two_breaks <- rpois(16, two_pop * 0.0060 * exp(0.12 * t - 0.13 * pmax(0, yrs - 2008) - 0.10 * pmax(0, yrs - 2014)))
eng_years <- 2010:2018; eng_pop <- round(250000 * (1 + 0.005 * (eng_years - 2010)))
england <- rpois(9, eng_pop * 0.0070 * exp(-0.02 * (eng_years - 2010) + 0.09 * pmax(0, eng_years - 2013)))
cp_in <- rbind(
  data.frame(series = "one_break", year = yrs, count = one_break, population = pop),
  data.frame(series = "flat", year = yrs, count = flat, population = pop),
  data.frame(series = "two_breaks", year = yrs, count = two_breaks, population = two_pop),
  data.frame(series = "england9", year = eng_years, count = england, population = eng_pop))
write.csv(cp_in, "changepoint_series.csv", row.names = FALSE, quote = FALSE)

break_sets <- function(years, k, m) {
  out <- list()
  rec <- function(prev, chosen) {
    if (length(chosen) == k) { if (sum(years >= chosen[k]) >= m) out[[length(out) + 1]] <<- chosen; return(invisible()) }
    for (y in years[years > prev]) if (sum(years >= prev & years <= y) >= m) rec(y, c(chosen, y))
  }
  rec(years[1], c())
  out
}
fit_breaks <- function(d, breaks) {
  X <- data.frame(count = d$count, t = d$year - d$year[1])
  for (j in seq_along(breaks)) X[[paste0("b", j)]] <- pmax(0, d$year - breaks[j])
  glm(count ~ ., data = X, family = poisson, offset = log(d$population), control = glm.control(epsilon = 1e-14, maxit = 100))
}
cp_models <- list(); cp_breaks <- list(); cp_fitted <- list()
for (s in unique(cp_in$series)) {
  d <- cp_in[cp_in$series == s, ]; d <- d[order(d$year), ]; N <- nrow(d)
  all_fits <- list(list(list(breaks = integer(0), fit = fit_breaks(d, integer(0)))))
  for (k in 1:2) {
    sets <- break_sets(d$year, k, 3)
    if (length(sets) == 0) break
    all_fits[[k + 1]] <- lapply(sets, function(b) list(breaks = b, fit = fit_breaks(d, b)))
  }
  best <- lapply(all_fits, function(fs) fs[[which.min(sapply(fs, function(f) deviance(f$fit)))]])
  largest <- best[[length(best)]]$fit
  phi <- max(1, sum(residuals(largest, type = "pearson")^2) / df.residual(largest))
  crit <- sapply(seq_along(best), function(i) deviance(best[[i]]$fit) / phi + (2 + 2 * (i - 1)) * log(N))
  chosen <- which.min(crit)
  for (i in seq_along(best)) cp_models[[length(cp_models) + 1]] <- data.frame(series = s, breaks = i - 1,
    years = paste(best[[i]]$breaks, collapse = ";"), deviance = deviance(best[[i]]$fit), criterion = crit[i],
    dispersion = phi, chosen = (i == chosen))
  model <- best[[chosen]]; b <- coef(model$fit); V <- vcov(model$fit)
  slope <- b[["t"]]
  for (j in seq_along(model$breaks)) {
    delta <- b[[paste0("b", j)]]; se <- sqrt(V[2 + j, 2 + j] * phi)
    near <- Filter(function(f) (deviance(f$fit) - deviance(model$fit)) / phi <= qchisq(0.95, 1), all_fits[[chosen]])
    yrs_j <- sapply(near, function(f) f$breaks[j])
    cp_breaks[[length(cp_breaks) + 1]] <- data.frame(series = s, index = j, year = model$breaks[j], slope_change = delta,
      se = se, lower = delta - qnorm(0.975) * se, upper = delta + qnorm(0.975) * se, p = 2 * pnorm(-abs(delta / se)),
      earliest = min(yrs_j), latest = max(yrs_j), growth_before = expm1(slope), growth_after = expm1(slope + delta))
    slope <- slope + delta
  }
  cp_fitted[[s]] <- data.frame(series = s, year = d$year, fitted_rate = fitted(model$fit) / d$population,
                               initial_growth = expm1(b[["t"]]))
}
write.csv(fmt(do.call(rbind, cp_models)), "changepoint_models.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, cp_breaks)), "changepoint_breaks.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, cp_fitted)), "changepoint_fitted.csv", row.names = FALSE, quote = FALSE)

# ---- shrinkage ----
units <- read.csv("../funnel/funnel_units.csv"); units$observed <- as.numeric(units$observed); units$denominator <- as.numeric(units$denominator)
shrink_out <- list(); prior_out <- list()
for (ds in c("overdispersed22", "england150")) {
  u <- units[units$dataset == ds, ]
  theta <- theta.ml(u$observed, u$denominator * sum(u$observed) / sum(u$denominator), limit = 100, eps = 1e-12)
  for (it in 1:200) {
    fit <- glm(observed ~ 1, offset = log(denominator), data = u, family = negative.binomial(theta),
               control = glm.control(epsilon = 1e-13, maxit = 100))
    new_theta <- theta.ml(u$observed, fitted(fit), limit = 100, eps = 1e-13)
    done <- abs(new_theta - theta) <= 1e-13 * theta
    theta <- new_theta
    if (done) break
  }
  fit <- glm(observed ~ 1, offset = log(denominator), data = u, family = negative.binomial(theta),
             control = glm.control(epsilon = 1e-13, maxit = 100))
  m <- exp(coef(fit)[[1]])
  nb <- suppressWarnings(glm.nb(observed ~ 1 + offset(log(denominator)), data = u))
  prior_out[[ds]] <- data.frame(dataset = ds, mean = m, shape = theta, shape_se = attr(theta, "SE"),
                                glm_nb_mean = exp(coef(nb)[[1]]), glm_nb_shape = nb$theta)
  beta <- theta / m
  a <- theta + u$observed; r <- beta + u$denominator
  shrink_out[[ds]] <- data.frame(dataset = ds, id = u$id, estimate = a / r, lower = qgamma(0.025, a) / r,
                                 upper = qgamma(0.975, a) / r, shrinkage = beta / r)
}
write.csv(fmt(do.call(rbind, prior_out)), "shrinkage_prior.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(do.call(rbind, shrink_out)), "shrinkage_reference.csv", row.names = FALSE, quote = FALSE)

# ---- rate difference (MOVER) ----
exact_ci <- function(o, n, conf) { a <- 1 - conf
  c(if (o == 0) 0 else qchisq(a / 2, 2 * o) / 2, qchisq(1 - a / 2, 2 * o + 2) / 2) / n * per }
byars_ci <- function(o, n, conf) { z <- qnorm(1 - (1 - conf) / 2)
  lo <- if (o == 0) 0 else o * (1 - 1 / (9 * o) - z / (3 * sqrt(o)))^3
  c(max(0, lo), (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * sqrt(o + 1)))^3) / n * per }
cases <- data.frame(o1 = c(5500, 90, 3, 470, 0), n1 = c(633897, 13515, 12000, 28209, 2500),
                    o2 = c(5720, 120, 8, 300, 4), n2 = c(632433, 13300, 11800, 19819, 2450))
diff_out <- list()
for (i in seq_len(nrow(cases))) for (method in c("exact", "byars")) {
  cs <- cases[i, ]
  ci <- if (method == "exact") exact_ci else byars_ci
  r1 <- cs$o1 / cs$n1 * per; r2 <- cs$o2 / cs$n2 * per
  c1 <- ci(cs$o1, cs$n1, 0.95); c2 <- ci(cs$o2, cs$n2, 0.95)
  d <- r2 - r1
  diff_out[[length(diff_out) + 1]] <- data.frame(o1 = cs$o1, n1 = cs$n1, o2 = cs$o2, n2 = cs$n2, method = method,
    difference = d, lower = d - sqrt((r2 - c2[1])^2 + (c1[2] - r1)^2), upper = d + sqrt((c2[2] - r2)^2 + (r1 - c1[1])^2))
}
write.csv(fmt(do.call(rbind, diff_out)), "rate_difference.csv", row.names = FALSE, quote = FALSE)
