//! `/api/admin/export/*.csv`: customers, managers and assignments as CSV, streamed page by
//! page (flat memory), with a byte-order mark so Excel reads UTF-8.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::web::Bytes;
use actix_web::{HttpResponse, get, web};
use portrait_domain::exchange::{ExportCursor, ExportEncoder, ExportKind};
use portrait_domain::ports::CustomerQuery;

use crate::http::error::{ApiResult, ErrorBody};
use crate::http::exchange::dto::CustomerExportQuery;
use crate::http::identity::Caller;
use crate::state::AppState;

/// The header, then one chunk per page. A failure mid-way ends the download early (the
/// status line is already sent), and is logged.
fn csv_response(cursor: ExportCursor, encoder: Box<dyn ExportEncoder>) -> HttpResponse {
    let filename = format!("portrait-{}-{}.csv", cursor.kind().name(), chrono::Utc::now().format("%Y%m%d-%H%M%S"));
    let stream = futures_util::stream::unfold(Some((cursor, encoder, false)), |state| async move {
        let (mut cursor, mut encoder, started) = state?;
        let chunk = if started {
            match cursor.next_page().await {
                Ok(Some(rows)) => encoder.rows(&rows),
                Ok(None) => return None,
                Err(err) => {
                    tracing::error!(error = %err, export = cursor.kind().name(), "export failed mid-way");
                    return Some((Err(std::io::Error::other("export failed")), None));
                }
            }
        } else {
            encoder.header(&cursor.header())
        };
        Some((chunk.map(Bytes::from).map_err(std::io::Error::other), Some((cursor, encoder, true))))
    });
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")))
        .insert_header((CACHE_CONTROL, "no-store"))
        .streaming(stream)
}

/// Customers as CSV (admins: of their part of the organisation), with the filters of
/// `GET /api/customers` including `unit_id`: every match, in id order (paging and sorting
/// parameters are refused). Amounts in yuan.
#[utoipa::path(tag = "exchange", params(CustomerExportQuery),
    responses((status = 200, content_type = "text/csv", body = String, description = "UTF-8 CSV with a byte-order mark"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/export/customers.csv")]
pub async fn export_customers(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<CustomerExportQuery>,
) -> ApiResult<HttpResponse> {
    let query = CustomerQuery::try_from(crate::http::profiles::queries::CustomerListQuery::from(query.into_inner()))?;
    Ok(csv_response(state.exchange.export(caller.actor, ExportKind::Customers(query)).await?, state.export_format.encoder()))
}

/// Managers as CSV (admins: of their part of the organisation).
#[utoipa::path(tag = "exchange",
    responses((status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/export/managers.csv")]
pub async fn export_managers(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    Ok(csv_response(state.exchange.export(caller.actor, ExportKind::Managers).await?, state.export_format.encoder()))
}

/// Current assignments as CSV (admins: of the customers of their part of the organisation):
/// customer, manager, score, matched needs and hobbies, class, reason and when (UTC).
#[utoipa::path(tag = "exchange",
    responses((status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/export/assignments.csv")]
pub async fn export_assignments(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    Ok(csv_response(state.exchange.export(caller.actor, ExportKind::Assignments).await?, state.export_format.encoder()))
}
