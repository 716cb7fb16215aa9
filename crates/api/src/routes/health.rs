//! `/api/health`: is the server up and can it reach its database.

use actix_web::{HttpResponse, get, web};

use crate::dto::HealthResponse;
use crate::state::AppState;

/// Liveness plus a real database ping; 503 when the database does not answer.
#[utoipa::path(get, path = "/api/health", tag = "health",
    responses((status = 200, body = HealthResponse), (status = 503, body = HealthResponse)), security(()))]
#[get("/api/health")]
pub async fn health(state: web::Data<AppState>) -> HttpResponse {
    let database_ok = state.store.ping().await.is_ok();
    let body = HealthResponse {
        status: if database_ok { "ok" } else { "degraded" }.into(),
        version: env!("CARGO_PKG_VERSION").into(),
        database: if database_ok { "ok" } else { "unreachable" }.into(),
    };
    if database_ok { HttpResponse::Ok().json(body) } else { HttpResponse::ServiceUnavailable().json(body) }
}
