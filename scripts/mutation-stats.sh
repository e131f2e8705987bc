#!/usr/bin/env bash
# Mutation testing of the statistics module with PIT (a measurement, not part of `mvn -B verify`): runs every mutant
# of uk.lacexplorer.stats against its tests and prints the share killed, overall and per package, from PIT's CSV.
# Usage: scripts/mutation-stats.sh [PACKAGE]   e.g. scripts/mutation-stats.sh uk.lacexplorer.stats.rate
# The HTML report is in stats/target/pit-reports/index.html. Takes several minutes on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
target=()
if [ $# -gt 0 ]; then target=("-DtargetClasses=$1.*" "-DtargetTests=$1.*"); fi
mvn -q -B -N install
mvn -B -pl stats -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage "${target[@]}" | grep -E "Generated|Killed|mutations" || true
python3 - "$root/stats/target/pit-reports/mutations.csv" <<'PY'
import csv, sys, collections
killed = collections.Counter(); total = collections.Counter()
for row in csv.reader(open(sys.argv[1])):
    package = row[1].rsplit(".", 1)[0].replace("uk.lacexplorer.stats.", "")
    total[package] += 1
    if row[5] in ("KILLED", "TIMED_OUT", "MEMORY_ERROR"):
        killed[package] += 1
for package in sorted(total):
    print(f"{package:24s} {killed[package]:5d} / {total[package]:5d} killed  {100 * killed[package] / total[package]:5.1f}%")
print(f"{'all':24s} {sum(killed.values()):5d} / {sum(total.values()):5d} killed  {100 * sum(killed.values()) / sum(total.values()):5.1f}%")
PY
