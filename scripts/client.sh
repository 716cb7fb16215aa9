#!/usr/bin/env bash
# Generated-client check: builds a Python client with openapi-python-client (from PyPI) from the
# document a fresh server serves, and has it do a day's work as admin, customer and manager
# (scripts/client/smoke.py): every operation once, the CSV uploads included. Fails when the
# generator warns about anything (a warning means a skipped endpoint or a dropped type) or when
# an answer does not parse into its generated model. The document is the contract for
# third-party clients; this is what one of them runs into first.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=0.29.1
# The same virtual environment as scripts/fuzz.sh, never the machine's Python.
venv=target/python
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
if ! "$venv/bin/openapi-python-client" --version 2>/dev/null | grep -q "$generator"; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "openapi-python-client==$generator"
fi
# The same feature set as `cargo test --workspace`, so nothing rebuilds after the tests.
cargo build --workspace --tests
dir=$(mktemp -d)
port=${CLIENT_PORT:-8094}
base="http://127.0.0.1:$port"
PORTRAIT__SERVER__DATA_DIR="$dir" PORTRAIT_BIND="127.0.0.1:$port" PORTRAIT_LOG_FORMAT=text RUST_LOG=warn PORTRAIT__AUTH__BCRYPT_COST=4 \
  target/debug/portrait --database-url "sqlite://$dir/client.db" up >"$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 150); do curl -fs "$base/api/health/ready" >/dev/null && break; sleep 0.2; done
curl -fsS "$base/api/openapi.json" -o "$dir/openapi.json"
echo "== openapi-python-client $generator"
# The generator's formatting hooks call ruff, which it brought into the venv.
if ! PATH="$PWD/$venv/bin:$PATH" "$venv/bin/openapi-python-client" generate --path "$dir/openapi.json" \
  --config scripts/client/generator.yaml --meta setup --output-path "$dir/client" >"$dir/generate.log" 2>&1; then
  cat "$dir/generate.log"
  echo "openapi-python-client could not generate a client"
  exit 1
fi
if grep -qiE "warning|error" "$dir/generate.log"; then
  cat "$dir/generate.log"
  echo "openapi-python-client generated the client with warnings: each is an endpoint or a type it dropped"
  exit 1
fi
# --no-deps: what the generated package needs (httpx, attrs, python-dateutil) came with the
# generator; building it (setup.py) needs setuptools and wheel, installed once into the venv
# rather than fetched into a throwaway build environment on every run.
"$venv/bin/python" -c "import setuptools, wheel" 2>/dev/null || "$venv/bin/python" -m pip install --quiet --disable-pip-version-check setuptools wheel
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --force-reinstall "$dir/client"
status=0
"$venv/bin/python" scripts/client/smoke.py "$base" "$dir/openapi.json" || status=1
if grep -q "panicked" "$dir/server.log"; then
  echo "the server panicked during the client check:" && grep -A3 panicked "$dir/server.log" | head -40
  status=1
fi
exit $status
