//! Every stable error code a client can receive, each with what it means: the error
//! mapping, the OpenAPI document's enum and the web app's messages all come from this list,
//! so a new code cannot be forgotten in one of them.

use serde::{Serialize, Serializer};

macro_rules! error_codes {
    ($($(#[doc = $doc:literal])+ $variant:ident => $code:literal,)+) => {
        $crate::closed_set! {
            parse
            /// A stable snake_case error code (see the module notes).
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum ErrorCode {
                $($(#[doc = $doc])+ $variant = $code,)+
            }
        }

        impl ErrorCode {
            /// Every code, in the order the document lists them (the
            /// [`ClosedSet`](crate::closed_set::ClosedSet) list, here without importing the trait).
            pub const ALL: &'static [Self] = <Self as crate::closed_set::ClosedSet>::ALL;

            /// What the code means, for the document and the docs.
            #[must_use]
            pub fn meaning(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!($($doc),+).trim_ascii(),)+
                }
            }
        }
    };
}

error_codes! {
    // Requests the server could not read.
    /// The body is not valid JSON.
    MalformedJson => "malformed_json",
    /// The JSON body has a wrong type, a misspelt or unknown field, or misses a required one.
    InvalidBody => "invalid_body",
    /// A query string value is not of its declared type, or the parameter is unknown.
    InvalidQuery => "invalid_query",
    /// A path segment (an id) is not of its declared type.
    InvalidPath => "invalid_path",
    /// The request could not be read for another reason.
    BadRequest => "bad_request",
    /// The body is larger than the server accepts.
    PayloadTooLarge => "payload_too_large",
    /// The body's Content-Type is not one the operation accepts.
    UnsupportedMediaType => "unsupported_media_type",
    /// A cross-origin request from an origin not in `server.cors_origins`.
    CorsNotAllowed => "cors_not_allowed",
    /// The path exists, but not with this method.
    MethodNotAllowed => "method_not_allowed",
    /// No such resource, or no such route.
    NotFound => "not_found",
    // Who is asking.
    /// Wrong username or password.
    InvalidCredentials => "invalid_credentials",
    /// No token, or an expired, revoked or invalid one.
    Unauthenticated => "unauthenticated",
    /// Too many failed attempts; wait `Retry-After` seconds.
    TooManyAttempts => "too_many_attempts",
    /// The caller may not do this.
    Forbidden => "forbidden",
    /// The username belongs to another account (whatever its case).
    UsernameTaken => "username_taken",
    // Values out of range or not allowed.
    /// The username is not 3–50 letters, digits, `_`, `.` or `-`.
    InvalidUsername => "invalid_username",
    /// The password has fewer than 8 characters.
    WeakPassword => "weak_password",
    /// The password is longer than 72 bytes (bcrypt reads no more).
    PasswordTooLong => "password_too_long",
    /// The current password given to change it is wrong.
    WrongPassword => "wrong_password",
    /// An administrator set this account's password: choose your own first (`PUT /api/auth/password`).
    PasswordChangeRequired => "password_change_required",
    /// The display name is empty or longer than 100 characters.
    InvalidName => "invalid_name",
    /// The role is not customer, manager or admin, or not one this request may give.
    InvalidRole => "invalid_role",
    /// The age is not between 18 and 120.
    InvalidAge => "invalid_age",
    /// The assets are negative or too large.
    InvalidAssets => "invalid_assets",
    /// The occupation is longer than 100 characters.
    InvalidOccupation => "invalid_occupation",
    /// The capacity is not between 0 and 10,000.
    InvalidCapacity => "invalid_capacity",
    /// A field that is computed or set elsewhere (class, segment, manager, role).
    FieldNotAllowed => "field_not_allowed",
    /// A tag that is not in its vocabulary.
    UnknownTag => "unknown_tag",
    /// More tags than a set may hold.
    TooManyTags => "too_many_tags",
    /// A new tag's name is empty, too long or has control characters.
    InvalidTag => "invalid_tag",
    /// A tag kind that is not `need` or `hobby`.
    InvalidTagKind => "invalid_tag_kind",
    /// The tag is already in its vocabulary.
    TagExists => "tag_exists",
    /// The vocabulary holds as many tags as the score's bit masks allow.
    VocabularyFull => "vocabulary_full",
    /// `page` is not a positive integer.
    InvalidPage => "invalid_page",
    /// `per_page` is not between 1 and 500.
    InvalidPerPage => "invalid_per_page",
    /// `class` is not A–E or `unclassified`.
    InvalidClass => "invalid_class",
    /// `limit` is out of its range.
    InvalidLimit => "invalid_limit",
    /// A time range whose `from` is after its `to`.
    InvalidRange => "invalid_range",
    /// A relationship entry's field (`field` names it) is not valid: kind, life event, note or time.
    InvalidInteraction => "invalid_interaction",
    /// `sort` is not one of the listed columns.
    InvalidSort => "invalid_sort",
    /// `order` is not `asc` or `desc`.
    InvalidOrder => "invalid_order",
    /// `load` is not `over_capacity`, `full`, `has_room` or `empty`.
    InvalidLoad => "invalid_load",
    /// `k` is not between 2 and 20.
    InvalidK => "invalid_k",
    /// `mode` is not `all_or_nothing` or `valid_rows`.
    InvalidMode => "invalid_mode",
    /// A manual change without a reason, or with one over 500 characters.
    ReasonRequired => "reason_required",
    /// A unit code that is not 1–32 letters, digits, `-` or `_`.
    InvalidUnitCode => "invalid_unit_code",
    /// A grade that is not 1 to 9.
    InvalidGrade => "invalid_grade",
    /// A phone number that is not 3–32 digits, spaces, `+`, `-`, `(` or `)`.
    InvalidPhone => "invalid_phone",
    /// Not an e-mail address.
    InvalidEmail => "invalid_email",
    /// A departure that is not `on_leave` or `deactivated`.
    InvalidDeparture => "invalid_departure",
    // Conflicts with the current state; nothing was changed.
    /// The record already exists.
    Duplicate => "duplicate",
    /// A record the change refers to does not exist.
    ReferencedRecordMissing => "referenced_record_missing",
    /// The manager has no capacity left (send `override` to assign anyway).
    OverCapacity => "over_capacity",
    /// Another run or import holds the lock; try when it has finished.
    RunInProgress => "run_in_progress",
    /// The run is no longer a proposal (committed, discarded or failed).
    RunNotProposed => "run_not_proposed",
    /// The data changed since the preview; run it again.
    RunConflict => "run_conflict",
    /// The run's server stopped while it ran; it was marked failed.
    RunInterrupted => "run_interrupted",
    /// The job lost its lock to another server (its heartbeat went stale).
    LockLost => "lock_lost",
    /// An import row names a user that exists with another role.
    RoleConflict => "role_conflict",
    /// Synthetic data is already loaded.
    SyntheticExists => "synthetic_exists",
    /// Another unit has this code.
    UnitCodeTaken => "unit_code_taken",
    /// The unit is closed and takes no new members or sub-units.
    UnitClosed => "unit_closed",
    /// The move would put a unit below itself.
    UnitCycle => "unit_cycle",
    /// The head office is the root of the tree: it cannot move or close.
    UnitIsRoot => "unit_is_root",
    /// The unit still holds accounts or open sub-units.
    UnitNotEmpty => "unit_not_empty",
    /// The manager still has customers: transfer the book first.
    ManagerHasCustomers => "manager_has_customers",
    // The server's side.
    /// Other writers held the rows this change needs; nothing was written, send it again.
    Busy => "busy",
    /// The database is unavailable; retry after `Retry-After` seconds.
    ServiceUnavailable => "service_unavailable",
    /// Something failed on the server; the log has the details.
    InternalError => "internal_error",
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode;

    #[test]
    fn every_code_is_spelt_once_in_snake_case_and_says_what_it_means() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert!(code.as_str().bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{code}");
            assert!(!code.meaning().is_empty(), "{code} has no meaning");
            assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
        }
    }
}
