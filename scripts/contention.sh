#!/usr/bin/env bash
# Write contention behind docs/benchmarks.md ("Write contention"): a release build serving a
# SQLite file with the demo accounts plus CONTENTION_CUSTOMERS synthetic customers, and wrk
# sending profile writes from 64 connections — first over 64 distinct customers, then all on
# one. What matters is the error count (wrk prints "Non-2xx or 3xx responses" only when there
# are some) and the write rate.
#   CONTENTION_CUSTOMERS  synthetic customers (default 20000)
#   CONTENTION_SECONDS    duration of each phase (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${CONTENTION_CUSTOMERS:-20000}
seconds=${CONTENTION_SECONDS:-20}
port=${CONTENTION_PORT:-8098}
base="http://127.0.0.1:$port"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
cargo build --release -p portrait-api --bin portrait
bin=target/release/portrait
dir=data/contention-$customers
db="sqlite://$dir/portrait.db"
export PORTRAIT__SERVER__DATA_DIR="$dir"
rm -rf "$dir" && mkdir -p "$dir"
"$bin" --database-url "$db" migrate >/dev/null
"$bin" --database-url "$db" seed --demo >/dev/null
"$bin" --database-url "$db" seed --customers "$customers" --managers 100 --seed 1 >/dev/null
PORTRAIT_BIND="127.0.0.1:$port" "$bin" --database-url "$db" serve >>"$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$base/api/health/ready" >/dev/null && break; sleep 0.2; done

ADMIN_TOKEN=$(curl -fs "$base/api/auth/login" -H 'Content-Type: application/json' -d '{"username":"admin","password":"admin123"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
FIRST_ID=$(curl -fs -H "Authorization: Bearer $ADMIN_TOKEN" "$base/api/customers?per_page=1&page=100" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["user_id"])')
export ADMIN_TOKEN FIRST_ID

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== profile writes, 64 connections over 64 distinct customers, ${seconds}s"
WRITE_IDS=64 wrk -t2 -c64 -d"${seconds}s" --timeout 30s --latency -s scripts/load/profile-writes.lua "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== profile writes, 64 connections all on one customer, ${seconds}s"
WRITE_IDS=1 wrk -t2 -c64 -d"${seconds}s" --timeout 30s --latency -s scripts/load/profile-writes.lua "$base"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== the same 64 distinct writers while 64 connections run the read mix (profile, customer page, dashboard)"
WRITE_IDS=64 wrk -t1 -c64 -d"${seconds}s" --timeout 30s --latency -s scripts/load/profile-writes.lua "$base" >"$dir/writes.txt" &
writes=$!
CUSTOMER_TOKEN=$ADMIN_TOKEN CUSTOMER_ID=$FIRST_ID wrk -t1 -c64 -d"${seconds}s" --timeout 30s --latency -s scripts/load/read-mix.lua "$base"
wait $writes
echo "-- the writes meanwhile:"
cat "$dir/writes.txt"
echo "server log lines at level error: $(grep -c '"level":"ERROR"' "$dir/server.log" || true)"
