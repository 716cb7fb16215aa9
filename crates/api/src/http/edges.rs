//! What every response passes on its way out: an error the framework or a middleware
//! answered in plain text (a refused CORS preflight, a route's missing method) gets the same
//! `{"error", "message"}` JSON body as the handlers' errors, and every `/api` response but
//! the API's own description is `Cache-Control: no-store`, since nearly all of them carry
//! personal data (profiles, lists, the book, the audit log, exports, runs, imports).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use actix_web::middleware::Next;

use portrait_domain::ErrorCode;

use crate::http::error::ErrorBody;

/// Whether a path's responses may be kept by a browser or a proxy: only the OpenAPI
/// document and the docs page's assets, which hold nothing about anyone.
#[must_use]
pub fn is_private(path: &str) -> bool {
    path.starts_with("/api") && path != "/api/openapi.json" && !path.starts_with("/api/docs")
}

fn is_json(response: &ServiceResponse<BoxBody>) -> bool {
    response.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("application/json"))
}

/// The error code for a status the framework answered, as the handlers name theirs.
fn code_for(status: StatusCode) -> ErrorCode {
    match status {
        StatusCode::NOT_FOUND => ErrorCode::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => ErrorCode::MethodNotAllowed,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorCode::UnsupportedMediaType,
        StatusCode::UNAUTHORIZED => ErrorCode::Unauthenticated,
        StatusCode::FORBIDDEN => ErrorCode::Forbidden,
        StatusCode::TOO_MANY_REQUESTS => ErrorCode::TooManyAttempts,
        StatusCode::SERVICE_UNAVAILABLE => ErrorCode::ServiceUnavailable,
        s if s.is_server_error() => ErrorCode::InternalError,
        _ => ErrorCode::BadRequest,
    }
}

/// The same error as JSON, its status and headers (`Allow`, `Vary`, `Retry-After`) kept.
fn as_json(response: ServiceResponse<BoxBody>) -> ServiceResponse<BoxBody> {
    let status = response.status();
    let method = response.request().method().clone();
    let error = response.response().error();
    let (code, message) = match error {
        Some(err) if err.as_error::<actix_cors::CorsError>().is_some() => {
            (ErrorCode::CorsNotAllowed, format!("cross-origin request refused: {err}"))
        }
        _ if status == StatusCode::METHOD_NOT_ALLOWED => (code_for(status), format!("{method} is not allowed here")),
        _ if status.is_server_error() => (code_for(status), "internal error".to_owned()),
        Some(err) => (code_for(status), err.to_string()),
        None => (code_for(status), status.canonical_reason().unwrap_or("error").to_owned()),
    };
    let body = serde_json::to_string(&ErrorBody::new(code, message, None)).unwrap_or_default();
    response.map_body(|head, _| {
        head.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        head.headers_mut().remove(CONTENT_LENGTH);
        BoxBody::new(body)
    })
}

/// The middleware: see the module's description. Sits inside compression, so it sees
/// bodies before they are encoded, and right outside CORS, whose refusals are responses.
/// # Errors
/// None of its own (handlers and CORS answer with responses, errors included).
pub async fn edges(req: ServiceRequest, next: Next<impl MessageBody + 'static>) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let private = is_private(req.path());
    let mut response = next.call(req).await?.map_into_boxed_body();
    if (response.status().is_client_error() || response.status().is_server_error()) && !is_json(&response) {
        response = as_json(response);
    }
    if private {
        response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_api_description_may_be_cached() {
        for path in ["/api/customers", "/api/customers/5/profile", "/api/admin/export/customers.csv", "/api/health", "/api"] {
            assert!(is_private(path), "{path}");
        }
        for path in ["/api/openapi.json", "/api/docs/", "/api/docs/swagger-ui.css", "/", "/assets/index.js"] {
            assert!(!is_private(path), "{path}");
        }
    }

    #[test]
    fn codes_follow_the_handlers_naming() {
        assert_eq!(code_for(StatusCode::PAYLOAD_TOO_LARGE), "payload_too_large");
        assert_eq!(code_for(StatusCode::METHOD_NOT_ALLOWED), "method_not_allowed");
        assert_eq!(code_for(StatusCode::INTERNAL_SERVER_ERROR), "internal_error");
        assert_eq!(code_for(StatusCode::SERVICE_UNAVAILABLE), "service_unavailable");
    }
}
