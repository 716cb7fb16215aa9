//! The one place domain errors become HTTP statuses, and every framework error (bad
//! JSON, bad query, unknown route, wrong method, body too large) becomes the same
//! `{"error": code, "message": text}` body.

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, RETRY_AFTER};
use actix_web::{HttpResponse, ResponseError};
use portrait_domain::DomainError;
use portrait_domain::ErrorCode;
use serde::Serialize;
use utoipa::ToSchema;

/// Every error response has this shape.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// Stable snake_case code for programs: one of `ErrorCode` (crates/domain/src/error_code.rs).
    #[schema(schema_with = crate::http::closed_sets::error_code, example = "invalid_age")]
    pub error: ErrorCode,
    /// Text for people.
    pub message: String,
    /// The request field at fault, for validation errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The same text as `message`, under the key the original system's clients read.
    pub msg: String,
}

impl ErrorBody {
    pub fn new(code: ErrorCode, message: impl Into<String>, field: Option<String>) -> Self {
        let message = message.into();
        Self { error: code, msg: message.clone(), message, field }
    }
}

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    body: ErrorBody,
    retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self { status, body: ErrorBody::new(code, message, None), retry_after: None }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.body.error, self.body.message)
    }
}

impl From<DomainError> for ApiError {
    fn from(err: DomainError) -> Self {
        let status = match &err {
            DomainError::Validation { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            DomainError::InvalidCredentials | DomainError::Unauthenticated => StatusCode::UNAUTHORIZED,
            DomainError::TooManyAttempts { .. } => StatusCode::TOO_MANY_REQUESTS,
            DomainError::Forbidden(_) | DomainError::PasswordChangeRequired => StatusCode::FORBIDDEN,
            DomainError::NotFound(_) => StatusCode::NOT_FOUND,
            DomainError::UsernameTaken | DomainError::Conflict { .. } => StatusCode::CONFLICT,
            DomainError::Unavailable | DomainError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            DomainError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        let field = match &err {
            DomainError::Validation { field, .. } => Some(field.clone()),
            _ => None,
        };
        let retry_after = match &err {
            DomainError::TooManyAttempts { retry_after_secs } => Some(*retry_after_secs),
            DomainError::Unavailable => Some(2),
            DomainError::Busy => Some(1),
            _ => None,
        };
        let message = match &err {
            // Internal details go to the log, never to the client.
            DomainError::Internal(detail) => {
                tracing::error!(error = %detail, "internal error");
                "internal error".to_owned()
            }
            other => other.to_string(),
        };
        Self { status, body: ErrorBody::new(err.code(), message, field), retry_after }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status);
        response.insert_header((CACHE_CONTROL, "no-store"));
        if let Some(secs) = self.retry_after {
            response.insert_header((RETRY_AFTER, secs.to_string()));
        }
        response.json(&self.body)
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

pub fn json_error(err: actix_web::error::JsonPayloadError) -> actix_web::Error {
    use actix_web::error::JsonPayloadError as E;
    let api = match &err {
        E::OverflowKnownLength { .. } | E::Overflow { .. } => {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge, "the request body is too large")
        }
        E::ContentType => ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
            "send JSON with Content-Type: application/json",
        ),
        E::Deserialize(e) if e.is_data() => {
            ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidBody, format!("the JSON body does not fit: {e}"))
        }
        E::Deserialize(e) => ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::MalformedJson, format!("the body is not valid JSON: {e}")),
        _ => ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidBody, "the request body could not be read"),
    };
    api.into()
}

pub fn query_error(err: actix_web::error::QueryPayloadError) -> actix_web::Error {
    ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidQuery, format!("invalid query string: {err}")).into()
}

pub fn path_error(err: actix_web::error::PathError) -> actix_web::Error {
    ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::InvalidPath, format!("invalid path: {err}")).into()
}

pub fn payload_error(err: actix_web::error::PayloadError) -> actix_web::Error {
    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge, format!("the request body could not be read: {err}")).into()
}
