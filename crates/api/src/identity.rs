//! Request extractors: the authenticated caller (from the bearer token) and the client
//! address used for throttling.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, web};
use portrait_domain::DomainError;
use portrait_domain::ports::TokenClaims;
use portrait_domain::user::{Actor, User};

use crate::error::ApiError;
use crate::state::AppState;

/// The caller behind a valid, unrevoked bearer token of an active user.
pub struct Caller {
    pub actor: Actor,
    pub user: User,
    pub claims: TokenClaims,
}

fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned()).filter(|t| !t.is_empty())
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer(req);
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::from(DomainError::internal("state missing")))?;
            let token = token.ok_or(DomainError::Unauthenticated)?;
            let (actor, user, claims) = state.auth.authenticate(&token).await?;
            Ok(Self { actor, user, claims })
        })
    }
}

/// A caller who may or may not be logged in (registration accepts both).
pub struct MaybeCaller(pub Option<Caller>);

impl FromRequest for MaybeCaller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let has_token = bearer(req).is_some();
        let inner = Caller::from_request(req, payload);
        Box::pin(async move {
            if !has_token {
                return Ok(Self(None));
            }
            // A bad token is an error, not an anonymous call: no silent downgrade.
            inner.await.map(|c| Self(Some(c)))
        })
    }
}

/// The client's address as the socket saw it (proxies' headers are not trusted, so a
/// client cannot dodge the per-address throttle by inventing `X-Forwarded-For`).
#[must_use]
pub fn client_address(req: &HttpRequest) -> String {
    req.peer_addr().map_or_else(|| "unknown".to_owned(), |a| a.ip().to_string())
}
