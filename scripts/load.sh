#!/usr/bin/env bash
# Load and endpoint timings behind docs/benchmarks.md: a release build serving a SQLite file
# with the demo accounts plus 1,000,000 synthetic customers and 1,000 managers (one committed
# assignment run), driven by wrk (Debian's package; installed when missing).
#   LOAD_CUSTOMERS / LOAD_MANAGERS  size of the book (default 1000000 / 1000)
#   LOAD_SECONDS                    duration of each wrk phase (default 30)
#   PACE_MS                         pause between a connection's requests in the paced phases (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${LOAD_CUSTOMERS:-1000000}
managers=${LOAD_MANAGERS:-1000}
seconds=${LOAD_SECONDS:-30}
port=${LOAD_PORT:-8099}
base="http://127.0.0.1:$port"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
cargo build --release -p portrait-api --bin portrait
bin=target/release/portrait
dir=data/load-$customers
db="sqlite://$dir/portrait.db"
export PORTRAIT__SERVER__DATA_DIR="$dir"
if [ ! -f "$dir/ready" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  "$bin" --database-url "$db" migrate
  "$bin" --database-url "$db" seed --demo
  "$bin" --database-url "$db" seed --customers "$customers" --managers "$managers" --seed 1
  "$bin" --database-url "$db" assign
  touch "$dir/ready"
fi
# Data kept from an earlier release gets this release's migrations.
"$bin" --database-url "$db" migrate
server=
start_server() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  PORTRAIT_BIND="127.0.0.1:$port" "$bin" --database-url "$db" serve >>"$dir/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -fs "$base/api/health/ready" >/dev/null && break; sleep 0.2; done
}
trap 'kill $server 2>/dev/null || true' EXIT
start_server

login() { curl -fs "$base/api/auth/login" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}"; }
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d'+sys.argv[1]))" "$1"; }
ADMIN_TOKEN=$(login admin admin123 | field "['token']")
customer=$(login customer1 123456)
CUSTOMER_TOKEN=$(echo "$customer" | field "['token']")
CUSTOMER_ID=$(echo "$customer" | field "['user']['id']")
manager=$(login manager1 123456)
MANAGER_TOKEN=$(echo "$manager" | field "['token']")
MANAGER_ID=$(echo "$manager" | field "['user']['id']")
export ADMIN_TOKEN CUSTOMER_TOKEN CUSTOMER_ID

echo "== endpoint timings with $customers customers (first call, then the median of 5)"
time_of() { curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $2" "$base$1"; }
for path in /api/admin/dashboard /api/admin/stats /api/admin/analytics/personas /api/admin/analytics/trend \
  /api/admin/analytics/scores /api/admin/analytics/capability-gaps /api/admin/analytics/projection \
  "/api/customers/$CUSTOMER_ID/insights" "/api/managers/$MANAGER_ID/stats" "/api/managers/$MANAGER_ID/customers?per_page=50"; do
  token=$ADMIN_TOKEN
  first=$(time_of "$path" "$token")
  rest=$(for _ in 1 2 3 4 5; do time_of "$path" "$token"; echo; done | sort -n | sed -n 3p)
  printf '%-52s first %6.0f ms   median %6.1f ms\n' "$path" "$(echo "$first * 1000" | bc)" "$(echo "$rest * 1000" | bc)"
done
: "$MANAGER_TOKEN"

echo "server RSS after the timings (analytics load a snapshot): $(ps -o rss= -p $server) KiB"
# A fresh process for the load, so its memory is the read mix's alone.
start_server
echo "server RSS at start: $(ps -o rss= -p $server) KiB"
# A running server has its dashboard cached; without this the first seconds measure its computation.
curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" "$base/api/admin/dashboard"
echo "== read mix, 64 connections, ${seconds}s"
wrk -t2 -c64 -d"${seconds}s" --latency -s scripts/load/read-mix.lua "$base"
echo "server RSS after the read mix: $(ps -o rss= -p $server) KiB (peak $(grep VmHWM /proc/$server/status | awk '{print $2}') KiB)"

echo "== read mix, 256 connections, ${seconds}s"
wrk -t2 -c256 -d"${seconds}s" --latency -s scripts/load/read-mix.lua "$base"

# A saturating closed loop measures the queue, not the service: with 64 connections on two
# cores every request waits behind dozens of others, login storm or not. What a storm does to
# reads shows at a steady rate the server can serve: 8 connections, one request per 40 ms each.
echo "== read mix at a steady pace (8 connections, ${PACE_MS:-40} ms apart), ${seconds}s, no logins"
wrk -t1 -c8 -d"${seconds}s" --latency -s scripts/load/read-paced.lua "$base"
echo "== the same pace while a login storm (16 connections) runs"
wrk -t1 -c16 -d"$((seconds + 2))s" --timeout 10s --latency -s scripts/load/login.lua "$base" >"$dir/login-storm.txt" &
storm=$!
sleep 1
wrk -t1 -c8 -d"${seconds}s" --latency -s scripts/load/read-paced.lua "$base"
wait $storm
echo "-- the login storm itself:"
cat "$dir/login-storm.txt"
echo "server RSS at the end: $(ps -o rss= -p $server) KiB (peak $(grep VmHWM /proc/$server/status | awk '{print $2}') KiB)"
