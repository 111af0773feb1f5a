#!/usr/bin/env bash
# Load benchmark of the running demo stack with wrk, on loopback. Each portal
# page is compared with a static file from the same nginx in the same run, so
# the ratio holds on a noisy machine. Results: bench/results/<date>.txt.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck disable=SC1091
. "$REPO/.run/${PORTAL_STACK:-demo}/ports" 2>/dev/null || { echo "start the stack first: ./portalctl demo" >&2; exit 1; }
BASE="http://127.0.0.1:$PORTAL_PORT"
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}

# A logged-in session for the pages behind the login.
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
token=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=mary.smith@northwind.example" \
    --data-urlencode "password=Demo-Portal-1" --data-urlencode "csrf_token=$token" "$BASE/login"
session=$(awk '$6 == "portal_session" { print $7 }' "$jar")
[ -n "$session" ] || { echo "could not log in as the demo customer" >&2; exit 1; }
first_case=$(curl -s -b "portal_session=$session" "$BASE/cases" | grep -o '/cases/[0-9]*x[0-9]*' | head -n1)

mkdir -p "$REPO/bench/results"
out="$REPO/bench/results/$(date -u +%Y-%m-%dT%H%M%SZ).txt"
measure() {
    local name=$1 path=$2
    local rps
    rps=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: portal_session=$session" "$BASE$path" |
        tee -a "$out.raw" | awk '/Requests\/sec/ { print $2 }')
    printf '%-28s %-40s %10s req/s\n' "$name" "$path" "$rps" | tee -a "$out"
    eval "RPS_$name=$rps"
}
{
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, $(date -u)"
} | tee "$out"
measure static "/themes/default/static/css/portal.css"
measure login "/login"
measure cases "/cases"
measure case_detail "$first_case"
for page in login cases case_detail; do
    awk -v name="$page" -v s="$RPS_static" -v p="$(eval echo "\$RPS_$page")" \
        'BEGIN { printf "%-12s %.1f%% of the static file rate\n", name, 100 * p / s }' | tee -a "$out"
done
echo "written to ${out#"$REPO"/}"
