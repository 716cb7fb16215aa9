//! The one error type every domain operation returns, each variant with a stable code.

use thiserror::Error;

pub use crate::error_code::ErrorCode;

/// What went wrong, in business terms. The HTTP layer maps each variant to a status in
/// one place; `code()` is the stable machine-readable name clients rely on.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum DomainError {
    #[error("{message}")]
    Validation { field: String, code: ErrorCode, message: String },
    #[error("invalid username or password")]
    InvalidCredentials,
    #[error("authentication required")]
    Unauthenticated,
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    TooManyAttempts { retry_after_secs: u64 },
    #[error("{0}")]
    Forbidden(String),
    /// The account must choose its own password (`PUT /api/auth/password`) first.
    #[error("choose your own password first: an administrator set this one")]
    PasswordChangeRequired,
    #[error("{0} not found")]
    NotFound(String),
    #[error("username is already taken")]
    UsernameTaken,
    #[error("{message}")]
    Conflict { code: ErrorCode, message: String },
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
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Validation { code, .. } | Self::Conflict { code, .. } => *code,
            Self::InvalidCredentials => ErrorCode::InvalidCredentials,
            Self::Unauthenticated => ErrorCode::Unauthenticated,
            Self::TooManyAttempts { .. } => ErrorCode::TooManyAttempts,
            Self::Forbidden(_) => ErrorCode::Forbidden,
            Self::PasswordChangeRequired => ErrorCode::PasswordChangeRequired,
            Self::NotFound(_) => ErrorCode::NotFound,
            Self::UsernameTaken => ErrorCode::UsernameTaken,
            Self::Unavailable => ErrorCode::ServiceUnavailable,
            Self::Busy => ErrorCode::Busy,
            Self::Internal(_) => ErrorCode::InternalError,
        }
    }

    pub fn validation(field: &str, code: ErrorCode, message: impl Into<String>) -> Self {
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
