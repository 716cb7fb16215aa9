//! Manual assignment, unassignment, explanations and the class counts.

pub mod candidates;
pub mod dto;

use actix_web::{HttpResponse, get, post, web};
use portrait_domain::services::matching::ManualAssignment;

use crate::http::assignments::dto::{ClassCountsResponse, ExplanationDto, ManualAssignRequest, ManualAssignResponse, UnassignRequest};
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::runs::summary::ClassCountDto;
use crate::state::AppState;

/// Put a customer with a manager, saying why (admins). Over capacity only with `override`.
#[utoipa::path(tag = "assignment", request_body = ManualAssignRequest,
    responses((status = 200, body = ManualAssignResponse), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody, description = "unknown customer, or not an active manager"),
        (status = 409, body = ErrorBody, description = "over capacity"), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/manual-assign")]
pub async fn manual_assign(state: web::Data<AppState>, caller: Caller, body: web::Json<ManualAssignRequest>) -> ApiResult<HttpResponse> {
    let b = body.into_inner();
    let request =
        ManualAssignment { customer_id: b.customer_id, manager_id: b.manager_id, reason: b.reason, override_capacity: b.override_capacity };
    let explanation = state.matching.manual_assign(caller.actor, request).await?;
    Ok(HttpResponse::Ok().json(ManualAssignResponse::from(explanation)))
}

/// Remove a customer's manager, saying why (admins).
#[utoipa::path(tag = "assignment", request_body = UnassignRequest,
    responses((status = 200, body = ExplanationDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/unassign")]
pub async fn unassign(state: web::Data<AppState>, caller: Caller, body: web::Json<UnassignRequest>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(ExplanationDto::from(state.matching.unassign(caller.actor, body.customer_id, &body.reason).await?)))
}

/// Why this customer has this manager: the customer, their manager, admins.
#[utoipa::path(tag = "customers", params(("id" = i64, Path)),
    responses((status = 200, body = ExplanationDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)), security(("bearer" = [])))]
#[get("/api/customers/{id}/assignment")]
pub async fn assignment_of(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(ExplanationDto::from(state.matching.explain(caller.actor, id.into_inner()).await?)))
}

/// Customers per class (admins and managers), as the original `classification`.
#[utoipa::path(tag = "customers",
    responses((status = 200, body = ClassCountsResponse), (status = 403, body = ErrorBody)), security(("bearer" = [])))]
#[get("/api/customers/classification")]
pub async fn classification(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    let counts = state.matching.classification(caller.actor).await?;
    let total = counts.iter().map(|(_, n)| n).sum();
    let classes = ClassCountDto::all(&counts);
    Ok(HttpResponse::Ok().json(ClassCountsResponse { classes, total }))
}
