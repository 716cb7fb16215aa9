//! `/api/admin/units`: the bank's organisation tree — read by every admin from their own
//! unit down, changed by head-office admins.

pub mod dto;

use actix_web::{HttpResponse, get, post, put, web};
use portrait_domain::organisation::UnitChanges;

use self::dto::{NewUnitRequest, UnitDto, UnitList, UnitRecordDto, UnitUpdate};
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::state::AppState;

/// The organisation: the caller's unit and every unit below it (admins).
#[utoipa::path(tag = "organisation",
    responses((status = 200, body = UnitList), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/admin/units")]
pub async fn list_units(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    let units = state.organisation.tree(caller.actor).await?;
    Ok(HttpResponse::Ok().json(UnitList { units: units.into_iter().map(UnitDto::from).collect() }))
}

/// Create a unit under an open one (head-office admins). The code is unique.
#[utoipa::path(tag = "organisation", request_body = NewUnitRequest,
    responses((status = 201, body = UnitRecordDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "the code is taken, or the parent is closed"), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/admin/units")]
pub async fn create_unit(state: web::Data<AppState>, caller: Caller, body: web::Json<NewUnitRequest>) -> ApiResult<HttpResponse> {
    let unit = state.organisation.create(caller.actor, &body.code, &body.name, body.parent_id).await?;
    Ok(HttpResponse::Created().json(UnitRecordDto::from(unit)))
}

/// Rename a unit and/or move it, with everything below it, under another open unit
/// (head-office admins). A unit never goes below itself; the head office stays the root.
#[utoipa::path(tag = "organisation", params(("id" = i64, Path, description = "the unit's id")), request_body = UnitUpdate,
    responses((status = 200, body = UnitRecordDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "the move would make a cycle, moves the head office, or targets a closed unit"), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[put("/api/admin/units/{id}")]
pub async fn update_unit(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    body: web::Json<UnitUpdate>,
) -> ApiResult<HttpResponse> {
    let body = body.into_inner();
    let changes = UnitChanges { name: body.name, parent_id: body.parent_id };
    let unit = state.organisation.change(caller.actor, id.into_inner(), changes).await?;
    Ok(HttpResponse::Ok().json(UnitRecordDto::from(unit)))
}

/// Close a unit that holds no accounts and no open sub-units (head-office admins). It keeps
/// its code and history.
#[utoipa::path(tag = "organisation", params(("id" = i64, Path, description = "the unit's id")),
    responses((status = 200, body = UnitRecordDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "the unit is not empty, is the head office, or is closed already")),
    security(("bearer" = [])))]
#[post("/api/admin/units/{id}/close")]
pub async fn close_unit(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    let unit = state.organisation.close(caller.actor, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(UnitRecordDto::from(unit)))
}
