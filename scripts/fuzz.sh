#!/usr/bin/env bash
# Fuzzes the API with schemathesis against its own OpenAPI document, as each role, on a fresh
# SQLite database with the demo data: no 5xx, every status documented, every body matching its
# schema. Fails when schemathesis finds anything. FUZZ_EXAMPLES sets examples per operation.
set -euo pipefail
cd "$(dirname "$0")/.."
version=4.32.5
validator=0.9.0
# The tools live in a virtual environment of the project's (under target/), not in the
# machine's Python.
venv=target/python
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$version" || ! "$venv/bin/python" -c "import openapi_spec_validator" 2>/dev/null; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$version" "openapi-spec-validator==$validator"
fi
# The same feature set as `cargo test --workspace`, so nothing rebuilds after the tests.
cargo build --workspace --tests
dir=$(mktemp -d)
port=${FUZZ_PORT:-8093}
base="http://127.0.0.1:$port"
PORTRAIT__SERVER__DATA_DIR="$dir" PORTRAIT_BIND="127.0.0.1:$port" PORTRAIT_LOG_FORMAT=text RUST_LOG=warn \
  target/debug/portrait --database-url "sqlite://$dir/fuzz.db" up >"$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 150); do curl -fs "$base/api/health/ready" >/dev/null && break; sleep 0.2; done
token() {
  curl -fs "$base/api/auth/login" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" |
    python3 -c "import json,sys; print(json.load(sys.stdin)['token'])"
}
status=0
# The served document must be valid OpenAPI 3.1 for an independent validator, or no
# generator builds a client from it.
curl -fs "$base/api/openapi.json" -o "$dir/openapi.json"
echo "== openapi-spec-validator"
"$venv/bin/openapi-spec-validator" "$dir/openapi.json" || status=1
for who in "customer1 123456" "manager1 123456" "admin admin123"; do
  set -- $who
  echo "== schemathesis as $1"
  # Logging out would revoke the token the rest of the run uses, and setting a password ends
  # every session of its user: as admin on itself, the rest of the run would only see 401.
  "$venv/bin/schemathesis" run "$base/api/openapi.json" -H "Authorization: Bearer $(token "$1" "$2")" \
    --checks not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance \
    --max-examples "${FUZZ_EXAMPLES:-25}" --exclude-path /api/auth/logout --exclude-path '/api/admin/users/{id}/password' --seed 1 --no-color || status=1
done
if grep -q "panicked" "$dir/server.log"; then
  echo "the server panicked during fuzzing:" && grep -A3 panicked "$dir/server.log" | head -40
  status=1
fi
exit $status
