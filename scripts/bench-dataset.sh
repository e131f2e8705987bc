#!/usr/bin/env bash
# Times the dataset build from the raw folder and the first-start load of the shipped dataset into a fresh embedded
# database (median and minimum of RUNS runs after one warm-up). Usage: scripts/bench-dataset.sh [RAW_FOLDER] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
raw="${1:-$root/../shared/data/raw}"
runs="${2:-5}"
cd "$root"
mvn -q -B -DskipTests -Dcds.skip=true -pl bench -am package
java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" uk.lacexplorer.bench.dataset.DatasetBench "$raw" "$runs"
