//! `/api/admin/audit-log`: who did what to what, and when.

pub mod dto;

use actix_web::{HttpResponse, get, web};

use portrait_domain::ports::AuditQuery;

use crate::http::admin::dto::{AuditLogQuery, AuditPage};
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::state::AppState;

/// The audit log of the admin's part of the organisation, newest first, filtered by actor,
/// action (or its start), target and time (admins).
#[utoipa::path(tag = "admin", params(AuditLogQuery),
    responses((status = 200, body = AuditPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "invalid_page, invalid_per_page, invalid_range")),
    security(("bearer" = [])))]
#[get("/api/admin/audit-log")]
pub async fn audit_log(state: web::Data<AppState>, caller: Caller, query: web::Query<AuditLogQuery>) -> ApiResult<HttpResponse> {
    let q = query.into_inner();
    let query = AuditQuery {
        page: q.page.unwrap_or(1),
        per_page: q.per_page.unwrap_or(50),
        actor_id: q.actor_id,
        action: q.action,
        target: q.target,
        from: q.from,
        to: q.to,
        units: None,
    };
    Ok(HttpResponse::Ok().json(AuditPage::from(state.profiles.audit_log(caller.actor, query).await?)))
}
