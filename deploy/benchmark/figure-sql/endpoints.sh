#!/usr/bin/env bash
# Usage: start the benchmark stack on its data (e.g. after a BENCH_STORED_GIFTS=1000000 run with --keep, or
# CRM_STATE_DIR=.bench and the benchmark ports exported as deploy/benchmark/run does, then deploy/local/up --no-build --no-demo),
# then N=20 deploy/benchmark/figure-sql/endpoints.sh
# times each figure endpoint of the benchmark stack: 3 warm-ups + N samples, prints p50 and max (= p99 at N<=100)
set -euo pipefail
N=${N:-20}
KC=http://127.0.0.1:18180/realms/donor-crm/protocol/openid-connect/token
tok() { curl -s -d grant_type=password -d client_id=crm-cli -d username=$1 -d password=demo $KC | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'; }
T=$(tok finance)
R=http://127.0.0.1:18084
for path in "figures/unearmarked-share?year=2025" "figures/continuity-reserve?year=2025" "figures/private-donors?year=2025" \
  "figures/institutional-income?year=2025" "figures/budget-realisation?year=2025" "figures/retention?year=2025" \
  "figures/lybunt?year=2025" "figures/sybunt?year=2025" "figures/allocations?year=2025" "figures/campaign-results?year=2025" ; do
  for i in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $T" "$R/api/v1/$path"; done
  ts=()
  for i in $(seq $N); do
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $T" "$R/api/v1/$path")
    code=${out% *}; [[ $code == 200 ]] || { echo "$path: HTTP $code"; break; }
    ts+=(${out#* })
  done
  printf '%s\n' "${ts[@]}" | sort -n | awk -v p="$path" '{a[NR]=$1} END {printf "%-45s n=%d p50 %.0f ms  max %.0f ms\n", p, NR, a[int((NR+1)/2)]*1000, a[NR]*1000}'
done
