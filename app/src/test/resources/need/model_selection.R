# Every subset of the need factors (the nation term 'wales' in every one), fitted by MASS::glm.nb, for
# ModelSelectionAgainstRTest. Usage: Rscript model_selection.R data.csv out.csv
# data.csv: area_code, count, population, the factors, wales (0/1).
# out.csv: factors (joined by " + "), aic, max_vif (largest of diag(solve(cor(X))) over the set's terms with wales),
# and for the set best by AIC its leave-one-out deviance -2 sum log dnbinom(y_i, mu_(-i), theta of the set).
suppressMessages(library(MASS))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], check.names = FALSE)
factors <- setdiff(names(d), c("area_code", "count", "population", "wales"))
off <- log(d$population)
ctl <- glm.control(epsilon = 1e-12, maxit = 200)
fit <- function(cols, rows = seq_len(nrow(d))) {
  X <- as.matrix(d[rows, c(cols, "wales"), drop = FALSE])
  glm.nb(d$count[rows] ~ X + offset(off[rows]), control = ctl)
}
out <- data.frame()
for (mask in 1:(2^length(factors) - 1)) {
  cols <- factors[bitwAnd(mask, 2^(seq_along(factors) - 1)) > 0]
  m <- fit(cols)
  X <- as.matrix(d[, c(cols, "wales")])
  vif <- diag(solve(cor(X)))
  out <- rbind(out, data.frame(factors = paste(cols, collapse = " + "), aic = AIC(m), max_vif = max(vif), loo = NA))
}
best <- which.min(out$aic)
cols <- strsplit(out$factors[best], " \\+ ")[[1]]
theta <- fit(cols)$theta
score <- 0
for (i in seq_len(nrow(d))) {
  m <- fit(cols, setdiff(seq_len(nrow(d)), i))
  mu <- exp(sum(coef(m) * c(1, unlist(d[i, c(cols, "wales")]))) + off[i])
  score <- score + dnbinom(d$count[i], size = theta, mu = mu, log = TRUE)
}
out$loo[best] <- -2 * score
write.csv(out, args[2], row.names = FALSE)
