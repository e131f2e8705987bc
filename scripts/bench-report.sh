#!/usr/bin/env bash
# Time of one authority report from a warm application (a benchmark, not a test): builds the bench module, opens the
# application on LACX_HOME (default /tmp/lacx-bench-report; the shipped dataset is loaded on first use), warms it with
# a few reports, then times HTML and PDF in English and Welsh from request to bytes with the result cache forgotten
# before each run (median and maximum). Usage: scripts/bench-report.sh [AREA] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
area="${1:-W06000016}"
runs="${2:-10}"
cd "$root"
mvn -q -B -DskipTests -Dcds.skip=true -pl bench -am package
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
LACX_HOME="${LACX_HOME:-/tmp/lacx-bench-report}" java -Xmx2g \
  -cp "bench/target/classes:$(cat bench/target/classpath.txt)" uk.lacexplorer.bench.report.ReportTiming "$area" "$runs"
