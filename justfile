# Portrait — every task in one place. `just up` runs it all, `just test` tests it all.

set shell := ["bash", "-euo", "pipefail", "-c"]

export CARGO_TERM_COLOR := "never"

db := env_var_or_default("PORTRAIT_DATABASE_URL", "sqlite://data/portrait.db")

# List the recipes.
default:
    @just --list

# Build the web app and the server, migrate, load the demo data if missing, serve on http://127.0.0.1:8080.
up: web-build
    cargo run -p portrait-api --bin portrait -- --database-url '{{db}}' up

# Every test: Rust (unit, property, API on SQLite — and MySQL/PostgreSQL when their URLs are set), the web app's component and browser tests, API fuzzing, then a generated client.
test: rust-test web-test e2e fuzz client

# Rust tests for the whole workspace in one build.
rust-test:
    cargo test --workspace --no-fail-fast

# Apply database migrations.
migrate:
    cargo run -p portrait-api --bin portrait -- --database-url '{{db}}' migrate

# Load synthetic data, e.g. `just seed 1000000 1000`.
seed customers="10000" managers="100" seed="1":
    cargo run --release -p portrait-api --bin portrait -- --database-url '{{db}}' seed --customers {{customers}} --managers {{managers}} --seed {{seed}}

# Benchmarks (release build); figures go into docs/benchmarks.md.
bench:
    bash scripts/bench.sh

# Load test (release build, 1M customers, wrk) and endpoint timings; figures go into docs/benchmarks.md.
load:
    bash scripts/load.sh

# Write contention (release build, SQLite, wrk): parallel profile writers, their rate and errors; figures go into docs/benchmarks.md.
contention:
    bash scripts/contention.sh

# Check the served OpenAPI document (openapi-spec-validator, redocly lint), then fuzz the API with schemathesis as each role: no 5xx, responses as documented.
fuzz:
    bash scripts/fuzz.sh

# Generate a Python client from the served document (openapi-python-client) and call every operation with it.
client:
    bash scripts/client.sh

# Install the web app's dependencies when the lock file changed.
web-deps:
    cd web && if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi

# Build the web app into web/dist (served by `portrait serve`).
web-build: web-deps
    cd web && npm run build

# Web component tests, type check and the stale-API-types check.
web-test: web-deps
    cd web && npm run typecheck && npm test

# Browser tests in Debian's Chromium against the real server with the demo data.
e2e: web-build
    # Same feature set as `cargo test --workspace`, so after the Rust tests nothing rebuilds.
    cargo build --workspace --tests
    cd web && npm run e2e

# Browser tests that also refresh the README's screenshots in docs/screenshots.
screenshots: web-build
    cargo build --workspace --tests
    cd web && PORTRAIT_SCREENSHOTS=1 npm run e2e

# Run the web app's dev server (proxying /api to a server on :8090).
web: web-deps
    cd web && npm run dev

# Regenerate web/openapi.json and the TypeScript API types from a running server.
gen-api:
    cd web && npm run gen:api

# Format everything.
fmt:
    cargo fmt --all

# Lints as CI sees them.
lint:
    cargo fmt --all -- --check
    cargo clippy --workspace --all-targets -- -D warnings
