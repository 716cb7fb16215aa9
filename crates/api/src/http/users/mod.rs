//! `/api/admin/users/*`: what an admin does to an account (imported users get their
//! first password here).

pub mod dto;

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpRequest, HttpResponse, put, web};

use crate::http::auth::dto::UserDto;
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::{Caller, client_address};
use crate::http::users::dto::SetPasswordRequest;
use crate::state::AppState;

/// Set or reset a user's password (admins over the user's unit). Every session of that user ends; the
/// password is neither logged nor audited, the change is.
#[utoipa::path(tag = "admin", params(("id" = i64, Path, description = "the user's id")),
    request_body = SetPasswordRequest,
    responses((status = 200, body = UserDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody, description = "weak_password, password_too_long (over 72 bytes)")),
    security(("bearer" = [])))]
#[put("/api/admin/users/{id}/password")]
pub async fn set_password(
    state: web::Data<AppState>,
    caller: Caller,
    req: HttpRequest,
    id: web::Path<i64>,
    body: web::Json<SetPasswordRequest>,
) -> ApiResult<HttpResponse> {
    let user = state.auth.set_password(caller.actor, id.into_inner(), &body.password, &client_address(&req)).await?;
    Ok(HttpResponse::Ok().insert_header((CACHE_CONTROL, "no-store")).json(UserDto::from(user)))
}
