//! `/api/admin/auto-assign`, `/api/admin/assignment-runs*`, `/api/admin/segmentation`,
//! `/api/admin/managers/{id}/transfer`: assignment runs, their previews and approval.

pub mod dto;
pub mod summary;

use actix_web::{HttpResponse, get, post, web};
use portrait_domain::runs::{RunRecord, RunStatus};
use portrait_domain::services::matching::RunRequest;

use crate::http::body::JsonOrDefault;
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::paging::PageQuery;
use crate::http::runs::dto::{AutoAssignRequest, AutoAssignResponse, ChangePage, RunDto, RunPage, SegmentationRequest, TransferRequest};
use crate::state::AppState;

/// 202 while the run is still going, 200 once it finished.
pub fn started(run: RunRecord) -> HttpResponse {
    let mut response = if run.status == RunStatus::Running { HttpResponse::Accepted() } else { HttpResponse::Ok() };
    response.json(AutoAssignResponse::from(run))
}

/// Assign customers to managers optimally under capacity (admins): the whole bank, or one
/// unit's subtree (`unit_id`; a branch admin's own by default). Runs over disjoint subtrees
/// may run at once; an overlapping one is 409. Answers 200 with the result when the run
/// finishes quickly, else 202 with the run id to follow.
#[utoipa::path(tag = "assignment", request_body = AutoAssignRequest,
    responses((status = 200, body = AutoAssignResponse), (status = 202, body = AutoAssignResponse, description = "still running"),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody, description = "no such unit"),
        (status = 409, body = ErrorBody, description = "an overlapping run is in progress"), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/auto-assign")]
pub async fn auto_assign(state: web::Data<AppState>, caller: Caller, body: JsonOrDefault<AutoAssignRequest>) -> ApiResult<HttpResponse> {
    let body = body.into_inner();
    let request = RunRequest { dry_run: body.dry_run, rebalance: body.rebalance, k: body.k, unit_id: body.unit_id };
    Ok(started(state.matching.auto_assign(caller.actor, request).await?))
}

/// Re-home a manager's whole book optimally among the other active managers (admins).
#[utoipa::path(tag = "assignment", params(("id" = i64, Path, description = "the departing manager")),
    request_body = TransferRequest,
    responses((status = 200, body = AutoAssignResponse), (status = 202, body = AutoAssignResponse), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/managers/{id}/transfer")]
pub async fn transfer(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    body: JsonOrDefault<TransferRequest>,
) -> ApiResult<HttpResponse> {
    let dry_run = body.into_inner().dry_run;
    Ok(started(state.matching.transfer(caller.actor, id.into_inner(), dry_run).await?))
}

/// Segment every customer with K-Means++ and store the personas (admins).
#[utoipa::path(tag = "assignment", request_body = SegmentationRequest,
    responses((status = 200, body = RunDto), (status = 202, body = RunDto), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/segmentation")]
pub async fn segmentation(state: web::Data<AppState>, caller: Caller, body: JsonOrDefault<SegmentationRequest>) -> ApiResult<HttpResponse> {
    let k = body.into_inner().k;
    let run = state.matching.segment(caller.actor, k).await?;
    let mut response = if run.status == RunStatus::Running { HttpResponse::Accepted() } else { HttpResponse::Ok() };
    Ok(response.json(RunDto::from(run)))
}

/// Assignment runs, newest first (admins).
#[utoipa::path(tag = "assignment", params(PageQuery),
    responses((status = 200, body = RunPage), (status = 403, body = ErrorBody)), security(("bearer" = [])))]
#[get("/api/admin/assignment-runs")]
pub async fn list_runs(state: web::Data<AppState>, caller: Caller, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let page = state.matching.list_runs(caller.actor, query.page.unwrap_or(1), query.per_page.unwrap_or(20)).await?;
    Ok(HttpResponse::Ok().json(RunPage::from(page)))
}

/// One run: status, phase, progress 0–100 and, once done, its summary (admins).
#[utoipa::path(tag = "assignment", params(("id" = i64, Path)),
    responses((status = 200, body = RunDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)), security(("bearer" = [])))]
#[get("/api/admin/assignment-runs/{id}")]
pub async fn get_run(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(RunDto::from(state.matching.run(caller.actor, id.into_inner()).await?)))
}

/// The changes a run proposes, with explanations, page by page (admins).
#[utoipa::path(tag = "assignment", params(("id" = i64, Path), PageQuery),
    responses((status = 200, body = ChangePage), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)), security(("bearer" = [])))]
#[get("/api/admin/assignment-runs/{id}/changes")]
pub async fn run_changes(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    query: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let (page, vocabulary) =
        state.matching.changes(caller.actor, id.into_inner(), query.page.unwrap_or(1), query.per_page.unwrap_or(50)).await?;
    Ok(HttpResponse::Ok().json(ChangePage::new(page, &vocabulary)))
}

/// Apply a proposed run in one transaction (admins; with maker-checker, another admin).
#[utoipa::path(tag = "assignment", params(("id" = i64, Path)),
    responses((status = 200, body = RunDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "not a proposal, or the data changed underneath")),
    security(("bearer" = [])))]
#[post("/api/admin/assignment-runs/{id}/commit")]
pub async fn commit_run(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(RunDto::from(state.matching.commit(caller.actor, id.into_inner()).await?)))
}

/// Drop a proposed run (admins).
#[utoipa::path(tag = "assignment", params(("id" = i64, Path)),
    responses((status = 200, body = RunDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/assignment-runs/{id}/discard")]
pub async fn discard_run(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(RunDto::from(state.matching.discard(caller.actor, id.into_inner()).await?)))
}
