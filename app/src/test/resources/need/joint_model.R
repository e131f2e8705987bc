# The joint (Wales + England) need model fitted by R, for JointModelAgainstRTest.
# Usage: Rscript joint_model.R data.csv out.csv
# data.csv: area_code, count, population, one column per factor, then wales (0/1), in the model's term order.
# out.csv: family, term, estimate, se (and rows theta/theta_se/aic/loglik) for the Poisson glm and MASS::glm.nb,
# then the variance inflation factors of the design (diag of the inverse correlation matrix of the terms).
suppressMessages(library(MASS))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], check.names = FALSE)
terms <- setdiff(names(d), c("area_code", "count", "population"))
X <- as.matrix(d[, terms])
off <- log(d$population)
rows <- list()
add <- function(family, term, estimate, se) rows[[length(rows) + 1]] <<- data.frame(family = family, term = term,
  estimate = estimate, se = se)
p <- glm(d$count ~ X + offset(off), family = poisson)
s <- summary(p)$coefficients
for (i in seq_len(nrow(s))) add("poisson", c("(Intercept)", terms)[i], s[i, 1], s[i, 2])
add("poisson", "aic", AIC(p), NA)
nb <- glm.nb(d$count ~ X + offset(off), control = glm.control(epsilon = 1e-12, maxit = 200))
s <- summary(nb)$coefficients
for (i in seq_len(nrow(s))) add("negbin", c("(Intercept)", terms)[i], s[i, 1], s[i, 2])
add("negbin", "theta", nb$theta, nb$SE.theta)
add("negbin", "aic", AIC(nb), NA)
vif <- diag(solve(cor(X)))
for (i in seq_along(terms)) add("vif", terms[i], vif[i], NA)
write.csv(do.call(rbind, rows), args[2], row.names = FALSE)
