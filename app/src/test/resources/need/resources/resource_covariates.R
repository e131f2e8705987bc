# Deviance explained by deprivation alone and with one resource covariate (branch resources, issue 16 item 3).
# Independent of LAC Explorer's code: counts and populations from `./lacx rates --nation england --year 2024
# --format csv` (rates2024.csv, the tested rate machinery), covariates computed here from the shipped dataset's CSVs:
# IDACI 2019 average score; spend_csc_per_child = spend_csc_gross 2024 / population_0_17_dfe 2024;
# social_workers_per_10000 = social_workers_fte 2024 / population_0_17_dfe 2024 * 10000;
# spend_cla_share_of_csc = spend_cla_gross / spend_csc_gross * 100 (2024).
# Run from the repository root: Rscript app/src/test/resources/need/resources/resource_covariates.R /tmp/rates2024.csv
args <- commandArgs(trailingOnly = TRUE)
rates <- read.csv(args[1], stringsAsFactors = FALSE)
rates <- rates[rates$area_code != "E92000001" & !is.na(rates$count) & !is.na(rates$population_0_17), ]
obs <- function(m, y) {
  d <- read.csv(file.path("dataset/observations", paste0(m, ".csv")), stringsAsFactors = FALSE,
                colClasses = c(breakdown = "character", flags = "character"))
  d <- d[d$period == y & d$breakdown == "" & !is.na(d$value), ]
  setNames(d$value, d$area_code)
}
idaci <- obs("idaci_average_score", 2019)
pop <- obs("population_0_17_dfe", 2024)
csc <- obs("spend_csc_gross", 2024)
cla <- obs("spend_cla_gross", 2024)
sw <- obs("social_workers_fte", 2024)
covs <- list(
  spend_csc_per_child = csc[rates$area_code] / pop[rates$area_code],
  social_workers_per_10000 = sw[rates$area_code] / pop[rates$area_code] * 10000,
  spend_cla_share_of_csc = cla[rates$area_code] / csc[rates$area_code] * 100)
out <- data.frame()
for (name in names(covs)) {
  d <- data.frame(y = rates$count, n = rates$population_0_17, dep = idaci[rates$area_code], r = covs[[name]])
  d <- d[complete.cases(d), ]
  null <- glm(y ~ 1 + offset(log(n)), family = poisson, data = d)
  dep <- glm(y ~ scale(dep) + offset(log(n)), family = poisson, data = d)
  full <- glm(y ~ scale(dep) + scale(r) + offset(log(n)), family = poisson, data = d)
  out <- rbind(out, data.frame(covariate = name, authorities = nrow(d),
    deviance_explained_deprivation = 1 - deviance(dep) / deviance(null),
    deviance_explained_full = 1 - deviance(full) / deviance(null)))
}
write.csv(out, "app/src/test/resources/need/resources/resource_covariates.csv", row.names = FALSE)
print(out)
