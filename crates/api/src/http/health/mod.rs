//! Probes and metrics: `/api/health` (up and database), `/api/health/live` (the process
//! answers), `/api/health/ready` (database reachable and migrations current), `/metrics`.

pub mod dto;

use actix_web::{HttpResponse, get, web};

use crate::http::health::dto::HealthResponse;
use crate::http::metrics::{RUN_BUCKETS, render_pool, render_runs};
use crate::state::AppState;

fn health_body(status: &str, database: &str) -> HealthResponse {
    HealthResponse { status: status.into(), version: env!("CARGO_PKG_VERSION").into(), database: database.into() }
}

/// Liveness plus a real database ping; 503 when the database does not answer.
#[utoipa::path(tag = "health",
    responses((status = 200, body = HealthResponse), (status = 503, body = HealthResponse)), security(()))]
#[get("/api/health")]
pub async fn health(state: web::Data<AppState>) -> HttpResponse {
    database_health(&state).await
}

async fn database_health(state: &AppState) -> HttpResponse {
    if state.operations.ping().await.is_ok() {
        HttpResponse::Ok().json(health_body("ok", "ok"))
    } else {
        HttpResponse::ServiceUnavailable().json(health_body("degraded", "unreachable"))
    }
}

/// The original system's health check (`GET /health`, as its Docker health check calls it):
/// the same answer as `/api/health`.
#[utoipa::path(tag = "health",
    responses((status = 200, body = HealthResponse), (status = 503, body = HealthResponse)), security(()))]
#[get("/health")]
pub async fn legacy_health(state: web::Data<AppState>) -> HttpResponse {
    database_health(&state).await
}

/// Liveness: the process answers. Never touches the database, so a database outage does not
/// get healthy replicas restarted.
#[utoipa::path(tag = "health", responses((status = 200, body = HealthResponse)), security(()))]
#[get("/api/health/live")]
pub async fn live() -> HttpResponse {
    HttpResponse::Ok().json(health_body("ok", "not_checked"))
}

/// Readiness: the database answers and every migration this build knows is applied; 503
/// (with `Retry-After`) otherwise, so a load balancer sends no traffic here.
#[utoipa::path(tag = "health",
    responses((status = 200, body = HealthResponse), (status = 503, body = HealthResponse)), security(()))]
#[get("/api/health/ready")]
pub async fn ready(state: web::Data<AppState>) -> HttpResponse {
    let (status, database) = match state.operations.migrations_current().await {
        Ok(true) => return HttpResponse::Ok().json(health_body("ok", "ok")),
        Ok(false) => ("not_ready", "migrations_pending"),
        Err(_) => ("not_ready", "unreachable"),
    };
    HttpResponse::ServiceUnavailable().insert_header(("Retry-After", "5")).json(health_body(status, database))
}

/// Prometheus metrics (text exposition format 0.0.4). Unauthenticated like the probes: bind
/// the port to the cluster network, or block `/metrics` at the ingress.
#[get("/metrics")]
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    let mut out = String::with_capacity(16 * 1024);
    state.metrics.render(&mut out);
    let pool = state.operations.pool_use();
    render_pool(&mut out, pool.open, pool.idle, state.settings.database.max_connections);
    let bounds: Vec<u64> = RUN_BUCKETS.iter().map(|s| (s * 1000.0) as u64).collect();
    if let Ok(runs) = state.operations.run_outcomes(&bounds).await {
        render_runs(&mut out, &runs);
    }
    HttpResponse::Ok().content_type("text/plain; version=0.0.4; charset=utf-8").body(out)
}
