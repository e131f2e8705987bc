#!/usr/bin/env bash
# Web benchmark (not a test): starts `./lacx serve` on the shipped data, measures the time to the first page,
# then runs wrk (Debian package `wrk`) with 50 connections for a few seconds against each main API endpoint on
# 127.0.0.1 and reports p95 latency, and weighs each page as a browser loads it (HTML + CSS + JS + the JSON and map
# it fetches, all gzip-compressed as served). Stops the server it started. Results also go to bench-results/web.txt.
#   scripts/bench-web.sh [--port 18181] [--seconds 5] [--connections 50] [--load SECONDS]
# --load SECONDS: instead, the load test of issue 14: 100 connections (25 each) at once against /, an authority
# profile, /api/v1/trend (rotating over the Welsh authorities) and /api/v1/funnel for SECONDS (300 = five minutes),
# with a 10 s timeout; prints errors and timeouts per endpoint and exits 1 if there are any.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port=18181
seconds=5
connections=50
load=0
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --load) load="$2"; shift 2 ;;
    *) echo "bench-web: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench-web: needs wrk (apt-get install wrk)" >&2; exit 2; }
base="http://127.0.0.1:$port"
out="$root/bench-results/web.txt"
mkdir -p "$root/bench-results"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

"$root/lacx" --version >/dev/null   # builds on first use, so the build is not timed below
start=$(date +%s.%N)
"$root/lacx" serve --host 127.0.0.1 --port "$port" > "$work/serve.log" 2>&1 &
server=$!
until curl -s -o /dev/null "$base/"; do
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.05
done
ready=$(date +%s.%N)
{
echo "LAC Explorer web benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "start-up: ./lacx serve to first page served: %.2f s\n" "$(echo "$ready - $start" | bc)"
} | tee "$out"

if [ "$load" != 0 ]; then
  areas=$(curl -s "$base/api/v1/areas" | grep -o '"W06[0-9]*"' | tr -d '"' | sort -u | sed 's/.*/"&"/' | paste -sd, -)
  cat > "$work/trend.lua" <<LUA
local areas = {$areas}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/trend?area=" .. areas[(i % #areas) + 1])
end
LUA
  year=$(curl -s "$base/api/v1/data?measure=children_looked_after&nation=wales" | grep -o '"period" *: *[0-9]*' | grep -o '[0-9]*$' | sort -n | tail -1)
  echo "load: 4 x 25 = 100 connections for ${load}s, timeout 10 s" | tee -a "$out"
  pids=()
  wrk -t1 -c25 -d"${load}s" --timeout 10s "$base/" > "$work/l1" & pids+=($!)
  wrk -t1 -c25 -d"${load}s" --timeout 10s "$base/area/W06000020" > "$work/l2" & pids+=($!)
  wrk -t1 -c25 -d"${load}s" --timeout 10s -s "$work/trend.lua" "$base/" > "$work/l3" & pids+=($!)
  wrk -t1 -c25 -d"${load}s" --timeout 10s "$base/api/v1/funnel?nation=wales&year=$year" > "$work/l4" & pids+=($!)
  # wait for the four load generators only (the server is a background job of this script too)
  wait "${pids[@]}"
  bad=0
  for n in 1 2 3 4; do
    name=$(sed -n 1p "$work/l$n" | sed 's/Running .* test @ //')
    [ "$n" = 3 ] && name="/api/v1/trend?area=(each Welsh authority in turn)"
    requests=$(grep -o '^ *[0-9]* requests in' "$work/l$n" | grep -o '[0-9]*' | head -1)
    errors=$(grep -E 'Socket errors|Non-2xx' "$work/l$n" | tr '\n' ' ' || true)
    latency=$(grep 'Latency' "$work/l$n" | awk '{print "avg " $2 ", max " $4}')
    printf "  %-55s %8s requests  %s  %s\n" "$name" "$requests" "$latency" "${errors:-0 errors, 0 timeouts}" | tee -a "$out"
    if [ -n "$errors" ]; then bad=1; fi
  done
  exit "$bad"
fi

cat > "$work/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p95 %.1f ms  p50 %.1f ms  max %.1f ms  %.0f req/s  errors %d\n",
    latency:percentile(95) / 1000, latency:percentile(50) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
LUA

wales_year=$(curl -s "$base/api/v1/data?measure=children_looked_after&nation=wales" | grep -o '"period" *: *[0-9]*' | grep -o '[0-9]*$' | sort -n | tail -1)
england_year=$(curl -s "$base/api/v1/data?measure=children_looked_after&nation=england" | grep -o '"period" *: *[0-9]*' | grep -o '[0-9]*$' | sort -n | tail -1)
covariate=wimd_share_lsoas_30pct_most_deprived
endpoints=(
  "/api/v1/rates?nation=wales&year=$wales_year"
  "/api/v1/rates?nation=england&year=$england_year"
  "/api/v1/areas"
  "/api/v1/measures"
  "/api/v1/trend?area=W06000020"
  "/api/v1/data?measure=children_looked_after&area=Torfaen"
  "/api/v1/scatter?x=$covariate&year=$wales_year&nation=wales"
  "/api/v1/model?nation=wales&year=$wales_year&covariates=$covariate"
)
echo "wrk: $connections connections, 2 threads, ${seconds}s per endpoint, after a 2 s warm-up" | tee -a "$out"
for path in "${endpoints[@]}"; do
  wrk -t1 -c10 -d2s "$base$path" >/dev/null   # warm-up: fills the cache and lets the JIT compile the path
  result=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/p95.lua" -H "Accept-Encoding: gzip" "$base$path" | tail -1)
  printf "  %-75s %s\n" "$path" "$result" | tee -a "$out"
done

weigh() {  # prints the gzip-compressed bytes of a URL as served
  curl -s -H "Accept-Encoding: gzip" -o /dev/null -w '%{size_download}' "$base$1"
}
echo "page weight (gzip as served; HTML + CSS + JS + JSON/map fetched by the page's scripts):" | tee -a "$out"
pages=("/" "/?nation=england" "/area/W06000020" "/compare" "/data" "/methods")
for page in "${pages[@]}"; do
  html=$(curl -s "$base$page")
  total=$(weigh "$page")
  resources=$(printf '%s' "$html" | grep -oE '(src|href|data-[a-z-]*api|data-geo)="/(static|api)/[^"]*"' | cut -d'"' -f2 | sed 's/&amp;/\&/g' | sort -u)
  if printf '%s' "$html" | grep -q 'data-[a-z]*-api='; then resources="$resources"$'\n'"/api/v1/areas?all-types=true"; fi
  count=1
  while IFS= read -r resource; do
    [ -z "$resource" ] && continue
    total=$((total + $(weigh "$resource")))
    count=$((count + 1))
  done <<< "$resources"
  printf "  %-20s %7.1f KB in %d requests\n" "$page" "$(echo "$total / 1024" | bc -l)" "$count" | tee -a "$out"
done
