# Reference values for uk.lacexplorer.stats.survival (KaplanMeier, AalenJohansen).
# Made with: Rscript make-reference.R   (R 4.2.2, survival 3.5-3; run in this folder)
# Writes:
#   competing-risks-data.csv  time,cause  (cause 0 = censored, 1..3 = competing exits), 240 subjects with ties
#   km-reference.csv          survfit(Surv(time, cause > 0) ~ 1): time,n_risk,n_event,surv,std_err,lower,upper
#                             (std_err is Greenwood's, of the cumulative hazard; conf.type "log", 95%)
#   aj-reference.csv          survfit(Surv(time, factor(cause)) ~ 1): time,cause,pstate,std_err,lower,upper
#                             (Aalen-Johansen; std_err is survfit's infinitesimal jackknife; conf.type "log", 95%)
#   small-aj-reference.csv    the same for a hand-checkable 12-subject example
library(survival)
set.seed(20240331)
n <- 240
entry_age <- sample(0:17, n, replace = TRUE)
latent1 <- rexp(n, 1 / 120)   # returned home: fast
latent2 <- rexp(n, 1 / 700)   # adopted
latent3 <- rexp(n, 1 / 900)   # other
censor  <- runif(n, 30, 1500)
t <- pmin(latent1, latent2, latent3, censor)
cause <- ifelse(t == censor, 0, ifelse(t == latent1, 1, ifelse(t == latent2, 2, 3)))
time <- ceiling(t / 7) * 7    # weeks, so that many times are tied
data <- data.frame(time = time, cause = cause)
write.csv(data, "competing-risks-data.csv", row.names = FALSE)

fmt <- function(x) ifelse(is.na(x) | is.infinite(x), "NA", trimws(formatC(x, digits = 15, format = "g")))

km <- survfit(Surv(time, cause > 0) ~ 1, data = data)
write.csv(data.frame(time = km$time, n_risk = km$n.risk, n_event = km$n.event, surv = fmt(km$surv),
                     std_err = fmt(km$std.err), lower = fmt(km$lower), upper = fmt(km$upper)),
          "km-reference.csv", row.names = FALSE, quote = FALSE)

aj_table <- function(fit) {
  out <- NULL
  for (k in 2:length(fit$states)) {
    out <- rbind(out, data.frame(time = fit$time, cause = fit$states[k], pstate = fmt(fit$pstate[, k]),
                                 std_err = fmt(fit$std.err[, k]), lower = fmt(fit$lower[, k]),
                                 upper = fmt(fit$upper[, k])))
  }
  out
}
aj <- survfit(Surv(time, factor(cause)) ~ 1, data = data)
write.csv(aj_table(aj), "aj-reference.csv", row.names = FALSE, quote = FALSE)

small <- data.frame(time = c(2, 3, 3, 5, 6, 6, 6, 8, 9, 10, 12, 12), cause = c(1, 2, 0, 1, 1, 2, 0, 3, 1, 0, 2, 1))
write.csv(small, "small-data.csv", row.names = FALSE)
write.csv(aj_table(survfit(Surv(time, factor(cause)) ~ 1, data = small)), "small-aj-reference.csv",
          row.names = FALSE, quote = FALSE)
