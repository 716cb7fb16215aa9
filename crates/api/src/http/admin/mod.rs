//! `/api/admin/*`: the audit log (runs, dashboards and imports arrive with their issues).

pub mod dto;

use actix_web::{HttpResponse, get, web};

use crate::http::admin::dto::AuditPage;
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::paging::PageQuery;
use crate::state::AppState;

/// The audit log, newest first (admins).
#[utoipa::path(tag = "admin", params(PageQuery),
    responses((status = 200, body = AuditPage), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/audit-log")]
pub async fn audit_log(state: web::Data<AppState>, caller: Caller, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let page = state.profiles.audit_log(caller.actor, query.page.unwrap_or(1), query.per_page.unwrap_or(50)).await?;
    Ok(HttpResponse::Ok().json(AuditPage::from(page)))
}
