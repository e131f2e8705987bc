#!/usr/bin/env bash
# Benchmark of the episode projection against the Social Finance / Data to Insight demand model (a benchmark, not a
# test). For each size it writes a synthetic SSDA903 extract (one authority, 6 years, seed 903) unless it exists,
# runs `./lacx project --episodes DIR --months 24` RUNS times (the launcher's whole process, JVM start included) and, when a checkout
# of cs-demand-model-regional is given, that model's core once on the same files (bench/sf/run_sf_model.py: load,
# statistics over the same 24-month window, 24-month projection; its time excludes Python's start and the copy of the
# files into its layout, which is made beforehand). It prints each side's time and peak memory and their ratio.
# Usage: SF_MODEL=/path/to/cs-demand-model-regional scripts/bench-demand.sh [CHILDREN...]
#   default sizes: 14000 140000 1400000 children (about 50,000, 500,000 and 5 million episodes)
# Environment: RUNS (default 3), SF_MAX_CHILDREN (default 140000: larger sizes run ours only; the model needs about
#   1.7 KB of memory per episode), BENCH_DIR (default /tmp/lacx-bench-demand), PYTHON (default /usr/bin/python3 with
#   Debian's python3-pandas and python3-django).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/app/target/lacx.jar"
runs="${RUNS:-3}"
dir="${BENCH_DIR:-/tmp/lacx-bench-demand}"
python="${PYTHON:-/usr/bin/python3}"
sf_max="${SF_MAX_CHILDREN:-140000}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(14000 140000 1400000)
# the launcher as a user runs it (class-data-sharing archive, JVM options); it builds the jar when sources changed
lacx="$root/lacx"
"$lacx" --version > /dev/null
mkdir -p "$dir"
export LACX_HOME="$dir/home"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-10s %-10s %-14s %-12s %-12s %-12s %-10s\n' children episodes lacx_median_s lacx_rss_mb sf_model_s sf_rss_mb ratio
for children in "${sizes[@]}"; do
  extract="$dir/synth-$children"
  if [ ! -f "$extract/episodes.csv" ]; then
    java -Xmx4g -jar "$jar" synth903 --children "$children" --years 6 --seed 903 --out "$extract" > /dev/null
  fi
  episodes=$(($(wc -l < "$extract/episodes.csv") - 1))
  times=()
  rss=0
  for _ in $(seq "$runs"); do
    LACX_JAVA_OPTS=-Xmx4g /usr/bin/time -f '%e %M' -o "$dir/time.txt" "$lacx" project --episodes "$extract" --months 24 \
      --format json > "$dir/lacx.json"
    read -r seconds kb < "$dir/time.txt"
    times+=("$seconds")
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  sf_s="-"; sf_mb="-"; ratio="-"
  if [ -n "${SF_MODEL:-}" ] && [ "$children" -le "$sf_max" ]; then
    layout="$dir/sf-$children"
    reference=$(python3 -c "import json; print(json.load(open('$dir/lacx.json'))['reference'])")
    # the same window as ours: the 24 months to the extract's last month end
    start=$(python3 -c "import datetime as d; r=d.date.fromisoformat('$reference'); e=d.date(r.year-2,r.month,1); print((e.replace(day=28)+d.timedelta(days=4)).replace(day=1).isoformat())")
    [ -d "$layout" ] || "$python" "$root/bench/sf/run_sf_model.py" "$SF_MODEL" "$extract" --prepare-only --work-dir "$layout" > /dev/null
    "$python" "$root/bench/sf/run_sf_model.py" "$SF_MODEL" "$layout" --sf-layout --ref-start "$start" \
      --ref-end "$reference" --months 24 > "$dir/sf.json" 2> "$dir/sf.err"
    read -r sf_s sf_mb < <(python3 -c "import json; d=json.load(open('$dir/sf.json')); print(round(d['total_s'], 3), round(d['peak_rss_mb']))")
    ratio=$(python3 -c "print(round($sf_s / $median, 1))")
  fi
  printf '%-10s %-10s %-14s %-12s %-12s %-12s %-10s\n' "$children" "$episodes" "$median" "$((rss / 1024))" "$sf_s" \
    "$sf_mb" "$ratio"
done
