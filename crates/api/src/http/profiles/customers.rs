//! `/api/customers*`: the customer list and customer profiles.

use actix_web::{HttpResponse, get, put, web};
use portrait_domain::ports::CustomerQuery;
use portrait_domain::services::CustomerPatch;

use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::profiles::dto::{CustomerPage, CustomerProfileDto, CustomerProfileUpdate};
use crate::http::profiles::queries::CustomerListQuery;
use crate::state::AppState;

/// Customers: those of their part of the organisation for admins (the whole bank for the
/// head office; one unit's subtree with `unit_id`), exactly their own for a manager.
#[utoipa::path(tag = "customers", params(CustomerListQuery),
    responses((status = 200, body = CustomerPage), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody, description = "no such unit"), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/customers")]
pub async fn list_customers(state: web::Data<AppState>, caller: Caller, query: web::Query<CustomerListQuery>) -> ApiResult<HttpResponse> {
    let query = CustomerQuery::try_from(query.into_inner())?;
    let page = state.profiles.customers(caller.actor, query).await?;
    Ok(HttpResponse::Ok().json(CustomerPage::from(page)))
}

/// A customer's profile: the customer, their manager, or an admin.
#[utoipa::path(tag = "customers", operation_id = "get_customer_profile", params(("id" = i64, Path, description = "the customer's user id")),
    responses((status = 200, body = CustomerProfileDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/customers/{id}/profile")]
pub async fn get_profile(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    let profile = state.profiles.customer(caller.actor, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(CustomerProfileDto::from(profile)))
}

/// Change a customer's profile: the customer or an admin.
#[utoipa::path(tag = "customers", operation_id = "update_customer_profile", params(("id" = i64, Path, description = "the customer's user id")),
    request_body = CustomerProfileUpdate,
    responses((status = 200, body = CustomerProfileDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[put("/api/customers/{id}/profile")]
pub async fn update_profile(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    body: web::Json<CustomerProfileUpdate>,
) -> ApiResult<HttpResponse> {
    let b = body.into_inner();
    let restricted = [
        ("class", b.class.is_some()),
        ("segment", b.segment.is_some()),
        ("manager_id", b.manager_id.is_some()),
        ("role", b.role.is_some()),
    ]
    .into_iter()
    .filter_map(|(name, present)| present.then_some(name))
    .collect();
    let patch = CustomerPatch {
        name: b.name,
        age: b.age,
        occupation: b.occupation,
        total_assets: b.total_assets,
        needs: b.needs,
        hobbies: b.hobbies,
        restricted,
    };
    let profile = state.profiles.update_customer(caller.actor, id.into_inner(), patch).await?;
    Ok(HttpResponse::Ok().json(CustomerProfileDto::from(profile)))
}
