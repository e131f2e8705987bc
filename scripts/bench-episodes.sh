#!/usr/bin/env bash
# Benchmark of the episode engine at national scale (a benchmark, not a test):
#   1. builds the application and the bench module (no tests);
#   2. writes a synthetic national SSDA903 extract unless DIR already holds one:
#      2,000,000 children over 20 years in 155 authority folders, about 5 million episodes (seed 903);
#   3. runs the bench module's EpisodesBench (not part of ./lacx) under /usr/bin/time -v: read + validate (all rules) + yearly flows end to end,
#      then the flows step alone and the pandas baseline (Debian python3-pandas) on the same files.
# Usage: scripts/bench-episodes.sh [DIR] [extra options for EpisodesBench, e.g. --baseline none]
# Environment: BENCH_JAVA_OPTS (default -Xmx3g). Needs about 0.5 GB of disk for DIR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-${TMPDIR:-/tmp}/lacx-bench-903}"
shift || true
jar="$root/app/target/lacx.jar"
(cd "$root" && mvn -q -B -DskipTests -Dcds.skip=true -pl bench -am package)
java_opts="${BENCH_JAVA_OPTS:--Xmx3g}"
if [ ! -d "$dir" ]; then
  java $java_opts -jar "$jar" synth903 --children 2000000 --years 20 --authorities 155 --moves 0.07 --seed 903 \
    --out "$dir"
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
cd "$root"
/usr/bin/time -v java $java_opts -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  uk.lacexplorer.bench.episodes.EpisodesBench --dir "$dir" "$@" 2> "$dir.time.txt"
grep -E "Elapsed|Maximum resident|User time|System time" "$dir.time.txt" | sed 's/^\s*/whole process: /'
