//! `/api/auth/*`: register, login, verify, logout, and changing one's own password.

pub mod dto;

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpRequest, HttpResponse, post, put, web};
use portrait_domain::services::RegisterInput;

use crate::http::auth::dto::{
    ChangePasswordRequest, LoginRequest, LoginResponse, MessageResponse, RegisterRequest, RegisterResponse, VerifyResponse,
};
use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::{MaybeCaller, SessionCaller, client_address};
use crate::state::AppState;

/// Create an account. Anonymous callers create customers only; an admin (with a bearer
/// token) may create managers and admins. Usernames are unique whatever their case. Anyone
/// but an admin is limited per client address (`throttle.max_registrations_per_client`).
/// Someone registering themselves is signed in at once (`token`, as login gives); an account
/// an admin creates gets no session. Open to anyone for customers; an admin's bearer token,
/// when sent, lets the request create a manager or an admin (documented as public, since a
/// generated client must be able to call it without a session).
#[utoipa::path(tag = "auth", request_body = RegisterRequest,
    responses(
        (status = 201, body = RegisterResponse), (status = 401, body = ErrorBody, description = "a bearer token was sent and is not valid"),
        (status = 403, body = ErrorBody, description = "role not allowed"),
        (status = 409, body = ErrorBody, description = "username_taken (also when it differs from a taken one only in case)"),
        (status = 422, body = ErrorBody, description = "invalid_username, weak_password, password_too_long (over 72 bytes), invalid_name, invalid_role"),
        (status = 429, body = ErrorBody, description = "too many registrations from this address; see Retry-After")),
    security(()))]
#[post("/api/auth/register")]
pub async fn register(
    state: web::Data<AppState>,
    caller: MaybeCaller,
    req: HttpRequest,
    body: web::Json<RegisterRequest>,
) -> ApiResult<HttpResponse> {
    let body = body.into_inner();
    let input = RegisterInput { username: body.username, password: body.password, name: body.name, role: body.role };
    let outcome = state.auth.register(caller.0.map(|c| c.actor), input, &client_address(&req)).await?;
    Ok(HttpResponse::Created().insert_header((CACHE_CONTROL, "no-store")).json(RegisterResponse::from(outcome)))
}

/// Log in with a username (any case) and password; returns a bearer token.
#[utoipa::path(tag = "auth", request_body = LoginRequest,
    responses(
        (status = 200, body = LoginResponse), (status = 401, body = ErrorBody, description = "wrong username or password"),
        (status = 429, body = ErrorBody, description = "too many failures; see Retry-After")),
    security(()))]
#[post("/api/auth/login")]
pub async fn login(state: web::Data<AppState>, req: HttpRequest, body: web::Json<LoginRequest>) -> ApiResult<HttpResponse> {
    let outcome = state.auth.login(&body.username, &body.password, &client_address(&req)).await?;
    let response =
        LoginResponse { msg: "logged in".into(), token: outcome.token, expires_at: outcome.expires_at, user: outcome.user.into() };
    Ok(HttpResponse::Ok().insert_header((CACHE_CONTROL, "no-store")).json(response))
}

/// Check the bearer token and return its user.
#[utoipa::path(tag = "auth",
    responses((status = 200, body = VerifyResponse), (status = 401, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/auth/verify")]
pub async fn verify(SessionCaller(caller): SessionCaller) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().insert_header((CACHE_CONTROL, "no-store")).json(VerifyResponse::from(caller.user)))
}

/// Revoke the bearer token for good.
#[utoipa::path(tag = "auth",
    responses((status = 200, body = MessageResponse), (status = 401, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/auth/logout")]
pub async fn logout(state: web::Data<AppState>, SessionCaller(caller): SessionCaller) -> ApiResult<HttpResponse> {
    state.auth.logout(&caller.claims).await?;
    Ok(HttpResponse::Ok().insert_header((CACHE_CONTROL, "no-store")).json(MessageResponse { msg: "logged out".into() }))
}

/// Change your own password: give the current one and the new one. Every session of yours
/// ends, on every device; this one goes on with the new token returned.
#[utoipa::path(tag = "auth", request_body = ChangePasswordRequest,
    responses(
        (status = 200, body = LoginResponse), (status = 401, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "the current password is wrong (`wrong_password`), or the new one is too weak or too long"),
        (status = 429, body = ErrorBody, description = "too many wrong passwords; see Retry-After")),
    security(("bearer" = [])))]
#[put("/api/auth/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    SessionCaller(caller): SessionCaller,
    body: web::Json<ChangePasswordRequest>,
) -> ApiResult<HttpResponse> {
    let outcome = state.auth.change_own_password(&caller.claims, &body.current_password, &body.new_password, &client_address(&req)).await?;
    let response =
        LoginResponse { msg: "password changed".into(), token: outcome.token, expires_at: outcome.expires_at, user: outcome.user.into() };
    Ok(HttpResponse::Ok().insert_header((CACHE_CONTROL, "no-store")).json(response))
}
