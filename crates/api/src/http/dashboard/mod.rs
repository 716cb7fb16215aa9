//! `/api/admin/dashboard` and `/api/admin/stats`: the original system's two admin views.

pub mod dto;

use actix_web::{HttpResponse, get, web};

use crate::http::dashboard::dto::{DashboardResponse, StatsResponse};
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::units::dto::UnitFilterQuery;
use crate::state::AppState;

/// Book totals, classes, match quality, capacity and the last run (admins).
#[utoipa::path(tag = "admin", params(UnitFilterQuery),
    responses((status = 200, body = DashboardResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/dashboard")]
pub async fn dashboard(state: web::Data<AppState>, caller: Caller, query: web::Query<UnitFilterQuery>) -> ApiResult<HttpResponse> {
    let (figures, last) = state.analytics.dashboard(caller.actor, query.unit_id).await?;
    Ok(HttpResponse::Ok().json(DashboardResponse::new(&figures, last.map(Into::into))))
}

/// Totals, classes and every manager's load against capacity (admins).
#[utoipa::path(tag = "admin", params(UnitFilterQuery),
    responses((status = 200, body = StatsResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/stats")]
pub async fn stats(state: web::Data<AppState>, caller: Caller, query: web::Query<UnitFilterQuery>) -> ApiResult<HttpResponse> {
    let (figures, loads) = state.analytics.stats(caller.actor, query.unit_id).await?;
    Ok(HttpResponse::Ok().json(StatsResponse::new(&figures, &loads)))
}

/// A customer's insights (the original path): the customer, their manager, admins.
/// Chinese by default; English with `Accept-Language: en`.
#[utoipa::path(tag = "customers", params(("id" = i64, Path), ("Accept-Language" = Option<String>, Header)),
    responses((status = 200, body = crate::http::dashboard::dto::InsightsResponse), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/customers/{id}/insights")]
pub async fn insights(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    req: actix_web::HttpRequest,
) -> ApiResult<HttpResponse> {
    use portrait_domain::services::insights::Language;
    let english = req
        .headers()
        .get(actix_web::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .is_some_and(|first| first.trim().to_ascii_lowercase().starts_with("en"));
    let lang = if english { Language::English } else { Language::Chinese };
    let insights = state.insights.insights(caller.actor, id.into_inner(), lang).await?;
    Ok(HttpResponse::Ok()
        .insert_header((actix_web::http::header::VARY, "Accept-Language"))
        .json(crate::http::dashboard::dto::InsightsResponse::from(insights)))
}
