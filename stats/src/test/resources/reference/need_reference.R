# Reference values for the need-adjusted models, tests, neighbours and clusters (issue 6).
#
# Made with: R 4.2.2 Patched (2022-11-10 r83330), MASS 7.3-58.2, lmtest 0.9-40, cluster 2.1.4
# (Debian packages r-base, r-cran-mass, r-cran-lmtest, r-cran-cluster).
# Run from this folder:   Rscript need_reference.R
# It writes the CSV fixtures next to itself; the Java tests read only the CSVs.
#
# Input: Wales 2012-like table typed in below (values, not files): children looked after at 31 March 2012
# (StatsWales, rounded to 5), mid-2011 ONS population aged 0-17, percentage of LSOAs in the 30% most deprived
# of Wales in WIMD 2011, and 2015 lone-parent households %, children in low-income families %, unemployment %.
suppressPackageStartupMessages({ library(MASS); library(lmtest); library(cluster) })
options(digits = 17)

wales <- read.csv(text = "
area_code,area_name,count,population,wimd30,lone_parent,low_income,unemployment
W06000001,Isle of Anglesey,90,13515,20.4545,9.94,24.0,6.68
W06000002,Gwynedd,195,23678,6.6667,7.90,22.5,5.85
W06000003,Conwy,180,21944,22.5352,9.25,22.6,5.66
W06000004,Denbighshire,160,19524,18.9655,10.93,21.0,6.55
W06000005,Flintshire,170,32635,17.3913,9.69,18.6,4.89
W06000006,Wrexham,175,29055,29.4118,10.37,20.0,5.91
W06000023,Powys,175,26203,7.5000,10.00,23.0,3.72
W06000008,Ceredigion,80,12770,4.2553,7.74,23.4,4.88
W06000009,Pembrokeshire,150,25104,14.0845,8.09,25.6,5.98
W06000010,Carmarthenshire,270,37614,22.3214,9.47,23.8,6.23
W06000011,Swansea,555,46782,31.2925,10.67,21.4,7.52
W06000012,Neath Port Talbot,470,28209,43.9560,12.20,22.3,6.47
W06000013,Bridgend,345,28901,40.0000,11.90,20.5,6.47
W06000014,Vale of Glamorgan,220,27236,17.9487,8.17,17.3,6.40
W06000015,Cardiff,570,70850,34.4828,11.08,22.5,8.35
W06000016,Rhondda Cynon Taf,595,50095,50.6579,10.78,26.0,7.11
W06000024,Merthyr Tydfil,190,12554,61.1111,16.23,28.4,7.47
W06000018,Caerphilly,310,39533,40.0000,10.26,24.6,8.72
W06000019,Blaenau Gwent,135,14336,65.9574,11.69,33.0,10.13
W06000020,Torfaen,300,19819,35.0000,13.10,24.2,7.55
W06000021,Monmouthshire,105,18841,8.6207,7.51,16.1,4.86
W06000022,Newport,275,33235,42.5532,10.13,26.6,7.84
", strip.white = TRUE)
write.csv(wales, "wales2012.csv", row.names = FALSE, quote = FALSE)

rows <- list()
put <- function(model, quantity, term, value) {
  rows[[length(rows) + 1]] <<- data.frame(model = model, quantity = quantity, term = term,
                                          value = sprintf("%.17g", value))
}
tight <- glm.control(epsilon = 1e-14, maxit = 200)

# ---- Poisson GLMs with log(population) offset ----
poisson_models <- list(
  poisson_wimd = count ~ wimd30 + offset(log(population)),
  poisson_full = count ~ wimd30 + lone_parent + low_income + unemployment + offset(log(population)))
for (name in names(poisson_models)) {
  fit <- glm(poisson_models[[name]], family = poisson, data = wales, control = tight)
  s <- summary(fit)$coefficients
  for (term in rownames(s)) {
    put(name, "estimate", term, s[term, 1]); put(name, "se", term, s[term, 2])
    put(name, "z", term, s[term, 3]); put(name, "p", term, s[term, 4])
    ci <- confint.default(fit)[term, ]
    put(name, "ci95_lower", term, ci[1]); put(name, "ci95_upper", term, ci[2])
  }
  put(name, "deviance", "", deviance(fit)); put(name, "null_deviance", "", fit$null.deviance)
  put(name, "aic", "", AIC(fit)); put(name, "df_residual", "", fit$df.residual)
  put(name, "pearson_chi2", "", sum(residuals(fit, type = "pearson")^2))
  for (i in seq_len(nrow(wales))) put(name, "fitted", wales$area_code[i], fitted(fit)[i])
  # Leave-one-out expectations: refit without the authority, predict it.
  for (i in seq_len(nrow(wales))) {
    loo <- glm(poisson_models[[name]], family = poisson, data = wales[-i, ], control = tight)
    put(name, "loo_fitted", wales$area_code[i], predict(loo, newdata = wales[i, ], type = "response"))
  }
}

# ---- Negative binomial (NB2): MASS::glm.nb, then theta refined to full precision ----
# glm.nb's internal theta.ml stops at eps = .Machine$double.eps^0.25; alternate glm(negative.binomial(theta))
# and theta.ml(eps = 1e-13) from its answer until theta changes by less than 1e-13 relative.
nb_models <- list(negbin_wimd = poisson_models$poisson_wimd, negbin_full = poisson_models$poisson_full)
fit_nb <- function(formula, data) {
  nb <- glm.nb(formula, data = data, control = tight)
  theta <- nb$theta
  repeat {
    fit <- glm(formula, family = negative.binomial(theta), data = data, control = tight, start = coef(nb))
    new_theta <- as.numeric(suppressWarnings(theta.ml(data$count, fitted(fit), limit = 200, eps = 1e-13)))
    done <- abs(new_theta - theta) < 1e-13 * theta
    theta <- new_theta
    if (done) break
  }
  fit <- glm(formula, family = negative.binomial(theta), data = data, control = tight)
  stopifnot(abs(theta / nb$theta - 1) < 1e-4, max(abs(coef(fit) / coef(nb) - 1)) < 1e-5)
  list(fit = fit, theta = theta, nb = nb)
}
for (name in names(nb_models)) {
  refined <- fit_nb(nb_models[[name]], wales)
  fit <- refined$fit; theta <- refined$theta; nb <- refined$nb
  s <- summary(fit, dispersion = 1)$coefficients
  for (term in rownames(s)) {
    put(name, "estimate", term, s[term, 1]); put(name, "se", term, s[term, 2])
    put(name, "z", term, s[term, 3]); put(name, "p", term, s[term, 4])
    se <- s[term, 2]
    put(name, "ci95_lower", term, s[term, 1] - qnorm(0.975) * se)
    put(name, "ci95_upper", term, s[term, 1] + qnorm(0.975) * se)
  }
  mu <- fitted(fit)
  twologlik <- 2 * sum(dnbinom(wales$count, size = theta, mu = mu, log = TRUE))
  put(name, "theta", "", theta)
  put(name, "theta_se", "", as.numeric(attr(suppressWarnings(theta.ml(wales$count, mu, limit = 200, eps = 1e-13)), "SE")))
  put(name, "deviance", "", deviance(fit)); put(name, "null_deviance", "", fit$null.deviance)
  put(name, "aic", "", -twologlik + 2 * length(coef(fit)) + 2)
  put(name, "glm_nb_aic", "", nb$aic)
  put(name, "df_residual", "", fit$df.residual)
  for (i in seq_len(nrow(wales))) put(name, "fitted", wales$area_code[i], mu[i])
}
# Leave-one-out expectations for the NB2 model with deprivation alone.
for (i in seq_len(nrow(wales))) {
  loo <- fit_nb(nb_models$negbin_wimd, wales[-i, ])$fit
  put("negbin_wimd", "loo_fitted", wales$area_code[i], predict(loo, newdata = wales[i, ], type = "response"))
}

# ---- OLS: rate per 10,000 against deprivation; Breusch-Pagan ----
wales$rate <- wales$count / wales$population * 10000
ols <- lm(rate ~ wimd30, data = wales)
s <- summary(ols)
for (term in rownames(s$coefficients)) {
  put("ols", "estimate", term, s$coefficients[term, 1]); put("ols", "se", term, s$coefficients[term, 2])
  put("ols", "t", term, s$coefficients[term, 3]); put("ols", "p", term, s$coefficients[term, 4])
}
put("ols", "r_squared", "", s$r.squared); put("ols", "adj_r_squared", "", s$adj.r.squared)
put("ols", "sigma", "", s$sigma)
put("ols", "f_p", "", pf(s$fstatistic[1], s$fstatistic[2], s$fstatistic[3], lower.tail = FALSE))
for (i in seq_len(nrow(wales))) {
  put("ols", "residual", wales$area_code[i], residuals(ols)[i])
  put("ols", "rstandard", wales$area_code[i], rstandard(ols)[i])
  put("ols", "rstudent", wales$area_code[i], rstudent(ols)[i])
  put("ols", "hat", wales$area_code[i], hatvalues(ols)[i])
}
bp <- bptest(ols)
put("ols", "bp_statistic", "", bp$statistic); put("ols", "bp_df", "", bp$parameter); put("ols", "bp_p", "", bp$p.value)
bp0 <- bptest(ols, studentize = FALSE)
put("ols", "bp_plain_statistic", "", bp0$statistic); put("ols", "bp_plain_p", "", bp0$p.value)
ols2 <- lm(rate ~ wimd30 + lone_parent + low_income + unemployment, data = wales)
s2 <- summary(ols2)
for (term in rownames(s2$coefficients)) {
  put("ols_full", "estimate", term, s2$coefficients[term, 1]); put("ols_full", "se", term, s2$coefficients[term, 2])
}
put("ols_full", "r_squared", "", s2$r.squared)
bp2 <- bptest(ols2)
put("ols_full", "bp_statistic", "", bp2$statistic); put("ols_full", "bp_df", "", bp2$parameter); put("ols_full", "bp_p", "", bp2$p.value)
# VIF_j = 1 / (1 - R^2 of covariate j on the others), as car::vif for a model without factors.
covariates <- c("wimd30", "lone_parent", "low_income", "unemployment")
for (v in covariates) {
  r2 <- summary(lm(reformulate(setdiff(covariates, v), v), data = wales))$r.squared
  put("vif", "vif", v, 1 / (1 - r2))
}

write.csv(do.call(rbind, rows), "need_models.csv", row.names = FALSE, quote = FALSE)

# ---- Exact test of two Poisson rates (poisson.test for two samples) and Benjamini-Hochberg ----
pairs <- list()
n <- nrow(wales)
for (i in 1:(n - 1)) for (j in (i + 1):n) {
  t <- poisson.test(c(wales$count[i], wales$count[j]), c(wales$population[i], wales$population[j]))
  pairs[[length(pairs) + 1]] <- data.frame(area_a = wales$area_code[i], area_b = wales$area_code[j],
    count_a = wales$count[i], population_a = wales$population[i],
    count_b = wales$count[j], population_b = wales$population[j],
    rate_ratio = sprintf("%.17g", t$estimate), p = sprintf("%.17g", t$p.value),
    ci95_lower = sprintf("%.17g", t$conf.int[1]), ci95_upper = sprintf("%.17g", t$conf.int[2]))
}
pairs <- do.call(rbind, pairs)
# Small and edge counts too.
extra <- data.frame(a = c(0, 3, 7, 12, 0), ta = c(1000, 2000, 1500, 900, 500), b = c(5, 10, 7, 40, 0), tb = c(1200, 1800, 3000, 2500, 700))
for (r in seq_len(nrow(extra))) {
  t <- poisson.test(c(extra$a[r], extra$b[r]), c(extra$ta[r], extra$tb[r]))
  pairs <- rbind(pairs, data.frame(area_a = paste0("X", r), area_b = paste0("Y", r),
    count_a = extra$a[r], population_a = extra$ta[r], count_b = extra$b[r], population_b = extra$tb[r],
    rate_ratio = sprintf("%.17g", t$estimate), p = sprintf("%.17g", t$p.value),
    ci95_lower = sprintf("%.17g", t$conf.int[1]), ci95_upper = sprintf("%.17g", t$conf.int[2])))
}
pairs$bh <- sprintf("%.17g", p.adjust(as.numeric(pairs$p), method = "BH"))
write.csv(pairs, "poisson_pairs.csv", row.names = FALSE, quote = FALSE)

# ---- Standardised covariates: distances, Ward (ward.D2), silhouettes, k-means ----
z <- scale(as.matrix(wales[, covariates]))
rownames(z) <- wales$area_code
write.csv(data.frame(area_code = wales$area_code, apply(z, 2, function(c) sprintf("%.17g", c))),
          "standardised.csv", row.names = FALSE, quote = FALSE)
d <- as.matrix(dist(z))
maha <- sapply(seq_len(n), function(i) sqrt(mahalanobis(z, z[i, ], cov(z))))
dist_rows <- list()
for (i in seq_len(n)) for (j in seq_len(n)) if (i < j)
  dist_rows[[length(dist_rows) + 1]] <- data.frame(area_a = wales$area_code[i], area_b = wales$area_code[j],
    euclidean = sprintf("%.17g", d[i, j]), mahalanobis = sprintf("%.17g", maha[j, i]))
write.csv(do.call(rbind, dist_rows), "distances.csv", row.names = FALSE, quote = FALSE)

hc <- hclust(dist(z), method = "ward.D2")
write.csv(data.frame(step = seq_along(hc$height), merge_a = hc$merge[, 1], merge_b = hc$merge[, 2],
                     height = sprintf("%.17g", hc$height)), "ward_merges.csv", row.names = FALSE, quote = FALSE)
cl_rows <- list()
for (k in 2:6) {
  cut <- cutree(hc, k)
  sil <- silhouette(cut, dist(z))
  for (i in seq_len(n)) cl_rows[[length(cl_rows) + 1]] <- data.frame(method = "ward", k = k,
    area_code = wales$area_code[i], cluster = cut[i], silhouette = sprintf("%.17g", sil[i, "sil_width"]))
  set.seed(20240601)
  km <- kmeans(z, centers = k, nstart = 500, iter.max = 100)  # Hartigan-Wong, many starts: the best partition found
  sil <- silhouette(km$cluster, dist(z))
  for (i in seq_len(n)) cl_rows[[length(cl_rows) + 1]] <- data.frame(method = "kmeans", k = k,
    area_code = wales$area_code[i], cluster = km$cluster[i], silhouette = sprintf("%.17g", sil[i, "sil_width"]))
  cl_rows[[length(cl_rows) + 1]] <- data.frame(method = "kmeans_withinss", k = k, area_code = "",
    cluster = 0, silhouette = sprintf("%.17g", km$tot.withinss))
}
write.csv(do.call(rbind, cl_rows), "clusters.csv", row.names = FALSE, quote = FALSE)
