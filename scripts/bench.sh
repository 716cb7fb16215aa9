#!/usr/bin/env bash
# Benchmarks behind docs/benchmarks.md: a release build, then for each size a fresh SQLite
# file with synthetic data (timed) and one full assignment run (timed by phase), compared
# with the original greedy rule and the capacity-free bound.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p portrait-api --bin portrait
bin=target/release/portrait
export PORTRAIT__SERVER__DATA_DIR="${PORTRAIT__SERVER__DATA_DIR:-data}"
sizes=${BENCH_SIZES:-"1000:20 10000:100 100000:500 1000000:1000"}
for size in $sizes; do
  customers=${size%%:*}
  managers=${size##*:}
  echo "== $customers customers × $managers managers (capacity for 1.2× the customers)"
  /usr/bin/time -f "process peak RSS %M KiB, wall %e s" "$bin" bench assign --customers "$customers" --managers "$managers" --seed 1
  if [ "$customers" -ge 10000 ]; then
    echo "== $customers customers × $managers managers, capacity 50 (binding)"
    /usr/bin/time -f "process peak RSS %M KiB, wall %e s" "$bin" bench assign --customers "$customers" --managers "$managers" --capacity 50 --seed 1
  fi
done
# Data exchange: export the customers to CSV, import that file into a fresh database (new
# users), then again (updates). EXCHANGE_SIZES="customers:managers …".
for size in ${EXCHANGE_SIZES:-"100000:500 1000000:1000"}; do
  echo "== data exchange: $size"
  /usr/bin/time -f "process peak RSS %M KiB, wall %e s" "$bin" bench exchange --customers "${size%%:*}" --managers "${size##*:}" --seed 1
done
