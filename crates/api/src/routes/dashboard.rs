//! `/api/admin/dashboard` and `/api/admin/stats`: the original system's two admin views.

use actix_web::{HttpResponse, get, web};

use crate::dto_analytics::{DashboardResponse, StatsResponse};
use crate::error::{ApiResult, ErrorBody};
use crate::identity::Caller;
use crate::state::AppState;

/// Book totals, classes, match quality, capacity and the last run (admins).
#[utoipa::path(get, path = "/api/admin/dashboard", tag = "admin",
    responses((status = 200, body = DashboardResponse), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)), security(("bearer" = [])))]
#[get("/api/admin/dashboard")]
pub async fn dashboard(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    let (figures, last) = state.analytics.dashboard(caller.actor).await?;
    Ok(HttpResponse::Ok().json(DashboardResponse::new(&figures, last.map(Into::into))))
}

/// Totals, classes and every manager's load against capacity (admins).
#[utoipa::path(get, path = "/api/admin/stats", tag = "admin",
    responses((status = 200, body = StatsResponse), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)), security(("bearer" = [])))]
#[get("/api/admin/stats")]
pub async fn stats(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    let (figures, loads) = state.analytics.stats(caller.actor).await?;
    Ok(HttpResponse::Ok().json(StatsResponse::new(&figures, loads)))
}
