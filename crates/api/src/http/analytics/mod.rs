//! `/api/admin/analytics/*` and `/api/managers/{id}/stats`: what the book looks like and how
//! well it is matched.

pub mod dto;

use actix_web::{HttpResponse, get, web};

use crate::http::analytics::dto::{
    CapabilityGapsResponse, ManagerStatsResponse, PersonasResponse, ProjectionResponse, ScoreDistributionResponse, TrendQuery,
    TrendResponse,
};
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::units::dto::UnitFilterQuery;
use crate::state::AppState;

const DEFAULT_TREND_RUNS: u64 = 50;

/// Segment personas of the latest segmentation (admins).
#[utoipa::path(tag = "admin", params(UnitFilterQuery),
    responses((status = 200, body = PersonasResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/analytics/personas")]
pub async fn personas(state: web::Data<AppState>, caller: Caller, query: web::Query<UnitFilterQuery>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(PersonasResponse::from(state.analytics.personas(caller.actor, query.unit_id).await?)))
}

/// Current match scores beside each customer's best possible score (admins).
#[utoipa::path(tag = "admin", params(UnitFilterQuery),
    responses((status = 200, body = ScoreDistributionResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/analytics/scores")]
pub async fn scores(state: web::Data<AppState>, caller: Caller, query: web::Query<UnitFilterQuery>) -> ApiResult<HttpResponse> {
    let analysis = state.analytics.analysis(caller.actor, query.unit_id).await?;
    Ok(HttpResponse::Ok().json(ScoreDistributionResponse::from(analysis.as_ref())))
}

/// For every need: customers with it, served by their manager, managers offering it, free capacity (admins).
#[utoipa::path(tag = "admin", params(UnitFilterQuery),
    responses((status = 200, body = CapabilityGapsResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/analytics/capability-gaps")]
pub async fn capability_gaps(state: web::Data<AppState>, caller: Caller, query: web::Query<UnitFilterQuery>) -> ApiResult<HttpResponse> {
    let analysis = state.analytics.analysis(caller.actor, query.unit_id).await?;
    Ok(HttpResponse::Ok().json(CapabilityGapsResponse::from(analysis.as_ref())))
}

/// A 2-D PCA projection of at most 5,000 customers, stratified by segment (admins).
#[utoipa::path(tag = "admin", params(UnitFilterQuery),
    responses((status = 200, body = ProjectionResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/analytics/projection")]
pub async fn projection(state: web::Data<AppState>, caller: Caller, query: web::Query<UnitFilterQuery>) -> ApiResult<HttpResponse> {
    let analysis = state.analytics.analysis(caller.actor, query.unit_id).await?;
    Ok(HttpResponse::Ok().json(ProjectionResponse::from(analysis.as_ref())))
}

/// Assigned, unassigned, mean score and duration over the latest runs, oldest first (admins).
#[utoipa::path(tag = "admin", params(TrendQuery),
    responses((status = 200, body = TrendResponse), (status = 400, body = ErrorBody), (status = 422, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/analytics/trend")]
pub async fn trend(state: web::Data<AppState>, caller: Caller, query: web::Query<TrendQuery>) -> ApiResult<HttpResponse> {
    let points = state.analytics.trend(caller.actor, query.limit.unwrap_or(DEFAULT_TREND_RUNS), query.unit_id).await?;
    Ok(HttpResponse::Ok().json(TrendResponse { runs: points.into_iter().map(Into::into).collect() }))
}

/// A manager's own book: class mix, top needs, mean score, utilisation (the manager or admins).
#[utoipa::path(tag = "managers", params(("id" = i64, Path)),
    responses((status = 200, body = ManagerStatsResponse), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/managers/{id}/stats")]
pub async fn manager_stats(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(ManagerStatsResponse::from(state.analytics.manager_stats(caller.actor, id.into_inner()).await?)))
}
