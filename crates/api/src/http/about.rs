//! `GET /api/about`: what a client shows before anyone logs in — the version, and whether
//! the demo accounts open with their published passwords (the login page's hint).

use actix_web::{HttpResponse, get, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::http::error::ApiResult;
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct AboutResponse {
    pub version: String,
    /// The demo admin logs in with `admin123` (rechecked at most once a minute): the server
    /// runs with the demo data, and a login page may say how to log in.
    pub demo_accounts: bool,
}

/// The server's version, and whether it runs with the demo accounts' published passwords.
#[utoipa::path(tag = "health", responses((status = 200, body = AboutResponse)), security(()))]
#[get("/api/about")]
pub async fn about(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    let demo_accounts = state.auth.demo_accounts_open().await?;
    Ok(HttpResponse::Ok().json(AboutResponse { version: env!("CARGO_PKG_VERSION").into(), demo_accounts }))
}
