//! `/api/admin/import/*` and `/api/admin/imports*`: CSV uploads become background import
//! jobs; their progress and reports.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use futures_util::StreamExt;
use portrait_domain::DomainError;
use portrait_domain::ErrorCode;
use portrait_domain::exchange::{ImportFile, ImportJob, ImportKind, ImportMode};
use portrait_domain::runs::RunStatus;

use crate::http::error::{ApiError, ApiResult, ErrorBody};
use crate::http::exchange::dto::{ImportJobDto, ImportJobPage, ImportQuery, UploadBytes};
use crate::http::identity::Caller;
use crate::http::paging::PageQuery;
use crate::state::AppState;

fn mode(query: &ImportQuery) -> ApiResult<ImportMode> {
    match query.mode.as_deref() {
        None => Ok(ImportMode::default()),
        Some(text) => ImportMode::parse(text)
            .ok_or_else(|| DomainError::validation("mode", ErrorCode::InvalidMode, "mode must be all_or_nothing or valid_rows").into()),
    }
}

/// The content types an upload may declare: CSV, or bytes for clients (and generators) that
/// only send files as `application/octet-stream`.
const UPLOAD_TYPES: [&str; 2] = ["text/csv", "application/octet-stream"];

/// 415 unless the upload declares one of [`UPLOAD_TYPES`] (parameters such as `charset` aside).
fn check_upload_type(request: &HttpRequest) -> ApiResult<()> {
    let declared = request.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let essence = declared.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    if UPLOAD_TYPES.contains(&essence.as_str()) {
        return Ok(());
    }
    Err(ApiError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ErrorCode::UnsupportedMediaType,
        "send the CSV file as the body with Content-Type: text/csv (or application/octet-stream)",
    ))
}

/// Streams the request body into an upload, refusing it past the limit.
async fn receive(state: &AppState, mut payload: web::Payload) -> ApiResult<Arc<dyn ImportFile>> {
    let limit = state.settings.exchange.max_upload_bytes;
    let mut upload = state.uploads.create()?;
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidBody, format!("the upload broke off: {e}")))?;
        upload.write(&chunk)?;
        if upload.received() > limit {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                format!("a CSV upload is at most {limit} bytes"),
            ));
        }
    }
    Ok(upload.finish()?)
}

/// 202 while the job runs, 200 once it finished (committed or failed).
fn answer(job: ImportJob) -> HttpResponse {
    let mut response = if job.status == RunStatus::Running { HttpResponse::Accepted() } else { HttpResponse::Ok() };
    response.json(ImportJobDto::from(job))
}

async fn import(
    state: web::Data<AppState>,
    caller: Caller,
    kind: ImportKind,
    query: &ImportQuery,
    request: &HttpRequest,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    state.exchange.authorize(caller.actor)?;
    check_upload_type(request)?;
    let mode = mode(query)?;
    let file = receive(&state, payload).await?;
    Ok(answer(state.exchange.start_import(caller.actor, kind, mode, file).await?))
}

/// Import customers from CSV (admins). The body is the file itself (`Content-Type:
/// text/csv` or `application/octet-stream`; any other type is 415); columns and codes in docs/data-exchange.md. Answers 200 with the finished
/// job, or 202 with the job to follow at `/api/admin/imports/{id}`. A rejected file is not
/// an HTTP error: the job is `failed` and its report lists every problem.
#[utoipa::path(tag = "exchange", params(ImportQuery),
    request_body(description = "The file: UTF-8 CSV with a header row (a byte-order mark is fine)",
        content((UploadBytes = "text/csv"), (UploadBytes = "application/octet-stream"))),
    responses((status = 200, body = ImportJobDto), (status = 202, body = ImportJobDto, description = "still running"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody, description = "a run or import holds the lock"),
        (status = 413, body = ErrorBody), (status = 422, body = ErrorBody, description = "invalid_mode")),
    security(("bearer" = [])))]
#[post("/api/admin/import/customers")]
pub async fn import_customers(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<ImportQuery>,
    request: HttpRequest,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    import(state, caller, ImportKind::Customers, &query, &request, payload).await
}

/// Import managers from CSV (admins), like customers.
#[utoipa::path(tag = "exchange", params(ImportQuery),
    request_body(description = "The file: UTF-8 CSV with a header row (a byte-order mark is fine)",
        content((UploadBytes = "text/csv"), (UploadBytes = "application/octet-stream"))),
    responses((status = 200, body = ImportJobDto), (status = 202, body = ImportJobDto, description = "still running"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/import/managers")]
pub async fn import_managers(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<ImportQuery>,
    request: HttpRequest,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    import(state, caller, ImportKind::Managers, &query, &request, payload).await
}

/// Import jobs, newest first (admins).
#[utoipa::path(tag = "exchange", params(PageQuery),
    responses((status = 200, body = ImportJobPage), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/imports")]
pub async fn list_imports(state: web::Data<AppState>, caller: Caller, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let page = state.exchange.import_jobs(caller.actor, query.page.unwrap_or(1), query.per_page.unwrap_or(20)).await?;
    Ok(HttpResponse::Ok().json(ImportJobPage::from(page)))
}

/// One import job: phase, progress 0–100 and, once finished, its report (admins).
#[utoipa::path(tag = "exchange", params(("id" = i64, Path)),
    responses((status = 200, body = ImportJobDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/imports/{id}")]
pub async fn get_import(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(ImportJobDto::from(state.exchange.import_job(caller.actor, id.into_inner()).await?)))
}
