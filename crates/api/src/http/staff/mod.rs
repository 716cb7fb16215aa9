//! `/api/admin/staff`: the staff directory — managers and admins of the caller's part of the
//! organisation.

pub mod dto;

use actix_web::{HttpResponse, get, post, put, web};
use portrait_domain::staff::{StaffInput, StaffPatch, StaffQuery};

use self::dto::{DepartureRequest, NewStaffRequest, StaffDto, StaffListQuery, StaffPage, StaffUpdate};
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::runs::started;
use crate::state::AppState;

/// Managers and admins of your part of the organisation, by username (admins).
#[utoipa::path(tag = "organisation", params(StaffListQuery),
    responses((status = 200, body = StaffPage), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/staff")]
pub async fn list_staff(state: web::Data<AppState>, caller: Caller, query: web::Query<StaffListQuery>) -> ApiResult<HttpResponse> {
    let page = state.staff.list(caller.actor, StaffQuery::try_from(query.into_inner())?).await?;
    Ok(HttpResponse::Ok().json(StaffPage::from(page)))
}

/// One manager or admin of your part of the organisation (admins).
#[utoipa::path(tag = "organisation", params(("id" = i64, Path, description = "the account's user id")),
    responses((status = 200, body = StaffDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/staff/{id}")]
pub async fn get_staff(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(StaffDto::from(state.staff.get(caller.actor, id.into_inner()).await?)))
}

/// Create a manager or admin account in a unit of your part of the organisation (admins);
/// its owner must choose their own password at first login.
#[utoipa::path(tag = "organisation", request_body = NewStaffRequest,
    responses((status = 201, body = StaffDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "the username is taken, or the unit is closed"), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/staff")]
pub async fn create_staff(state: web::Data<AppState>, caller: Caller, body: web::Json<NewStaffRequest>) -> ApiResult<HttpResponse> {
    let b = body.into_inner();
    let input = StaffInput {
        username: b.username,
        name: b.name,
        role: b.role,
        unit_id: b.unit_id,
        password: b.password,
        grade: b.grade,
        phone: b.phone,
        email: b.email,
        capacity: b.capacity,
    };
    Ok(HttpResponse::Created().json(StaffDto::from(state.staff.create(caller.actor, input).await?)))
}

/// Change a manager or admin of your part of the organisation: name, unit (within your
/// part), grade, contact details, or deactivate them (admins).
#[utoipa::path(tag = "organisation", params(("id" = i64, Path, description = "the account's user id")), request_body = StaffUpdate,
    responses((status = 200, body = StaffDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "the unit is closed, or a manager to deactivate still has customers"), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[put("/api/admin/staff/{id}")]
pub async fn update_staff(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    body: web::Json<StaffUpdate>,
) -> ApiResult<HttpResponse> {
    let b = body.into_inner();
    let patch = StaffPatch { name: b.name, unit_id: b.unit_id, grade: b.grade, phone: b.phone, email: b.email, active: b.active };
    Ok(HttpResponse::Ok().json(StaffDto::from(state.staff.change(caller.actor, id.into_inner(), patch).await?)))
}

/// A manager leaves — on leave or deactivated — in one step: their whole book re-homed
/// optimally among the other active managers (as a transfer) and their status changed in the
/// same transaction. With `dry_run` both wait as one proposal for its commit. Answers the run,
/// 202 while it still runs (admins over the manager's unit: a branch admin re-homes the book
/// within their part of the organisation).
#[utoipa::path(tag = "organisation", params(("id" = i64, Path, description = "the departing manager's user id")),
    request_body = DepartureRequest,
    responses((status = 200, body = crate::http::runs::dto::AutoAssignResponse), (status = 202, body = crate::http::runs::dto::AutoAssignResponse, description = "still running"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "another run is in progress"), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/staff/{id}/departure")]
pub async fn depart(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    body: web::Json<DepartureRequest>,
) -> ApiResult<HttpResponse> {
    let body = body.into_inner();
    let departure = body.departure()?;
    Ok(started(state.matching.depart(caller.actor, id.into_inner(), departure, body.dry_run).await?))
}
