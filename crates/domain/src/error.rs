//! The one error type every domain operation returns, each variant with a stable code.

use thiserror::Error;

/// What went wrong, in business terms. The HTTP layer maps each variant to a status in
/// one place; `code()` is the stable machine-readable name clients rely on.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DomainError {
    #[error("{message}")]
    Validation { field: String, code: &'static str, message: String },
    #[error("invalid username or password")]
    InvalidCredentials,
    #[error("authentication required")]
    Unauthenticated,
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    TooManyAttempts { retry_after_secs: u64 },
    #[error("{0}")]
    Forbidden(String),
    #[error("{0} not found")]
    NotFound(String),
    #[error("username is already taken")]
    UsernameTaken,
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
    #[error("the service is temporarily unavailable")]
    Unavailable,
    /// Other writers held the rows this change needs for longer than it could wait (after
    /// bounded retries); nothing was written and the request may simply be sent again.
    #[error("the data is busy with other changes; nothing was written, try again")]
    Busy,
    #[error("internal error")]
    Internal(String),
}

impl DomainError {
    /// The stable snake_case code sent to clients in every error body.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Validation { code, .. } => code,
            Self::InvalidCredentials => "invalid_credentials",
            Self::Unauthenticated => "unauthenticated",
            Self::TooManyAttempts { .. } => "too_many_attempts",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound(_) => "not_found",
            Self::UsernameTaken => "username_taken",
            Self::Conflict { code, .. } => code,
            Self::Unavailable => "service_unavailable",
            Self::Busy => "busy",
            Self::Internal(_) => "internal_error",
        }
    }

    pub fn validation(field: &str, code: &'static str, message: impl Into<String>) -> Self {
        Self::Validation { field: field.to_owned(), code, message: message.into() }
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::Forbidden(message.into())
    }

    pub fn internal(message: impl std::fmt::Display) -> Self {
        Self::Internal(message.to_string())
    }
}

pub type DomainResult<T> = Result<T, DomainError>;
