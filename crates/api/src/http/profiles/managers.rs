//! `/api/managers*`: the manager list, manager profiles and a manager's customers.

use actix_web::{HttpResponse, get, put, web};
use portrait_domain::ports::CustomerQuery;
use portrait_domain::services::{ManagerPatch, ManagerView};

use super::dto;
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::profiles::dto::{CustomerPage, ManagerPage, ManagerProfileDto, ManagerProfileUpdate};
use crate::http::profiles::queries::{CustomerListQuery, ManagerListQuery};
use crate::state::AppState;

/// The managers of the admin's part of the organisation, with capacity and book size.
#[utoipa::path(tag = "managers", params(ManagerListQuery),
    responses((status = 200, body = ManagerPage), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/managers")]
pub async fn list_managers(state: web::Data<AppState>, caller: Caller, query: web::Query<ManagerListQuery>) -> ApiResult<HttpResponse> {
    let page = state.profiles.managers(caller.actor, query.into_inner().try_into()?).await?;
    Ok(HttpResponse::Ok().json(ManagerPage::from(page)))
}

/// A manager's profile: in full for the manager and admins; the public card for a
/// customer of theirs.
#[utoipa::path(tag = "managers", operation_id = "get_manager_profile", params(("id" = i64, Path, description = "the manager's user id")),
    responses((status = 200, body = dto::ManagerView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/managers/{id}/profile")]
pub async fn get_profile(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    let view = match state.profiles.manager(caller.actor, id.into_inner()).await? {
        ManagerView::Full(p) => dto::ManagerView::Full(p.into()),
        ManagerView::Card(c) => dto::ManagerView::Card(c.into()),
    };
    Ok(HttpResponse::Ok().json(view))
}

/// Change a manager's profile: the manager (not capacity or active) or an admin.
#[utoipa::path(tag = "managers", operation_id = "update_manager_profile", params(("id" = i64, Path, description = "the manager's user id")),
    request_body = ManagerProfileUpdate,
    responses((status = 200, body = ManagerProfileDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[put("/api/managers/{id}/profile")]
pub async fn update_profile(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    body: web::Json<ManagerProfileUpdate>,
) -> ApiResult<HttpResponse> {
    let b = body.into_inner();
    let restricted = if b.role.is_some() { vec!["role"] } else { vec![] };
    let patch =
        ManagerPatch { name: b.name, capabilities: b.capabilities, hobbies: b.hobbies, capacity: b.capacity, active: b.active, restricted };
    let profile = state.profiles.update_manager(caller.actor, id.into_inner(), patch).await?;
    Ok(HttpResponse::Ok().json(ManagerProfileDto::from(profile)))
}

/// A manager's customers: that manager or an admin. Same filters as `/api/customers`.
#[utoipa::path(tag = "managers", params(("id" = i64, Path, description = "the manager's user id"), CustomerListQuery),
    responses((status = 200, body = CustomerPage), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/managers/{id}/customers")]
pub async fn manager_customers(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    query: web::Query<CustomerListQuery>,
) -> ApiResult<HttpResponse> {
    let query = CustomerQuery::try_from(query.into_inner())?;
    let page = state.profiles.manager_customers(caller.actor, id.into_inner(), query).await?;
    Ok(HttpResponse::Ok().json(CustomerPage::from(page)))
}
