#!/usr/bin/env bash
# Start-up of a single command: min and median wall time of five runs each of
#   ./lacx --version                                  (the JVM and the command line, nothing else)
#   ./lacx funnel --nation england --year 2023        (open the database, read 152 authorities, funnel, print)
#   Rscript with FunnelPlotR on the same 152 authorities (when R and the FunnelPlotR package are installed)
# and the ratios. Run it on a quiet machine: it measures whole processes, so other load inflates every figure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs=${RUNS:-5}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./lacx funnel --nation england --year 2023 >/dev/null   # builds on first use and loads the dataset

# The JVM ignores a class-data-sharing archive without a word when the jar changed after it was made: say so.
if [ -f app/target/lacx.jsa ]; then
  if java -XX:SharedArchiveFile=app/target/lacx.jsa -Xlog:cds -jar app/target/lacx.jar --version 2>&1 \
      | grep -q "Unable to use shared archive"; then
    echo "class-data-sharing archive: NOT used (app/target/lacx.jsa does not match the jar; rebuild with mvn package)"
  else
    echo "class-data-sharing archive: used"
  fi
else
  echo "class-data-sharing archive: none (built with -Dcds.skip=true)"
fi

# Prints "min median" in seconds of $runs runs of the command given.
time_runs() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f %.3f\n", a[1] / 1000, a[int((NR + 1) / 2)] / 1000 }'
}

read -r version_min version_median < <(time_runs ./lacx --version)
read -r funnel_min funnel_median < <(time_runs ./lacx funnel --nation england --year 2023)
printf '%-58s %8s %8s\n' "command" "min s" "median s"
printf '%-58s %8s %8s\n' "./lacx --version" "$version_min" "$version_median"
printf '%-58s %8s %8s\n' "./lacx funnel --nation england --year 2023" "$funnel_min" "$funnel_median"
awk -v a="$funnel_median" -v b="$version_median" 'BEGIN { printf "funnel / --version (medians): %.2f\n", a / b }'

if command -v Rscript >/dev/null && Rscript -e 'library(FunnelPlotR)' >/dev/null 2>&1; then
  ./lacx funnel --nation england --year 2023 --format csv > "$work/funnel.csv"
  cat > "$work/funnel.R" <<'R'
suppressPackageStartupMessages(library(FunnelPlotR))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
# The same exact Poisson limits for a standardised ratio around the pooled rate (as ./lacx funnel --limits exact).
d$expected <- as.numeric(d$population_0_17) * sum(as.numeric(d$count)) / sum(as.numeric(d$population_0_17))
f <- funnel_plot(d, numerator = count, denominator = expected, group = area_code, data_type = "SR",
                 limit = 99, draw_unadjusted = TRUE, draw_adjusted = FALSE)
cat(nrow(outliers(f)), "outside the 99.8% limits\n")
R
  read -r r_min r_median < <(time_runs Rscript "$work/funnel.R" "$work/funnel.csv")
  printf '%-58s %8s %8s\n' "Rscript FunnelPlotR $(Rscript -e 'cat(format(packageVersion("FunnelPlotR")))') (152 authorities)" "$r_min" "$r_median"
  awk -v a="$funnel_median" -v b="$r_median" 'BEGIN { printf "funnel / FunnelPlotR (medians): %.2f\n", a / b }'
else
  echo "FunnelPlotR not installed: R's figure is left out (Debian: r-cran-ggplot2 r-cran-ggrepel r-cran-dplyr r-cran-scales, then R CMD INSTALL a FunnelPlotR 0.5.0 source)"
fi
