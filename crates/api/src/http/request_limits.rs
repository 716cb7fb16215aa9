//! The OpenAPI schemas of request values with limits, read from `portrait_domain::limits`
//! (which the validation enforces), so a generated client checks what the server checks.

use portrait_domain::limits;
use portrait_domain::tags::MAX_TAGS_PER_SET;
use utoipa::openapi::schema::{ArrayBuilder, Object, ObjectBuilder, SchemaType, Type};
use utoipa::openapi::{Array, KnownFormat, SchemaFormat};

fn or_null(kind: Type) -> SchemaType {
    SchemaType::from_iter([kind, Type::Null])
}

/// A 64-bit integer from `minimum`, up to `maximum` when there is one.
fn integer(kind: impl Into<SchemaType>, minimum: i64, maximum: Option<i64>) -> Object {
    ObjectBuilder::new()
        .schema_type(kind)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
        .minimum(Some(minimum))
        .maximum(maximum)
        .build()
}

fn integer_or_null(range: &std::ops::RangeInclusive<i64>) -> Object {
    integer(or_null(Type::Integer), *range.start(), Some(*range.end()))
}

/// A new account's username.
#[must_use]
pub fn username() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(limits::USERNAME_PATTERN))
        .description(Some("3–50 letters, digits, `_`, `.` or `-`; one account whatever its case."))
        .examples(["alice"])
        .build()
}

/// A new password: at least 8 characters and at most 72 bytes in UTF-8 (72 letters or
/// digits, 24 Chinese characters); `maxLength` counts characters, so it holds for ASCII.
#[must_use]
pub fn new_password() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(limits::PASSWORD_MIN_CHARS))
        .max_length(Some(limits::PASSWORD_MAX_BYTES))
        .description(Some(
            "At least 8 characters and at most 72 bytes in UTF-8 (bcrypt's limit): 72 letters or digits, 24 Chinese characters.",
        ))
        .build()
}

/// A display name, or `null` to keep it.
#[must_use]
pub fn display_name_or_null() -> Object {
    ObjectBuilder::new()
        .schema_type(or_null(Type::String))
        .min_length(Some(*limits::DISPLAY_NAME_CHARS.start()))
        .max_length(Some(*limits::DISPLAY_NAME_CHARS.end()))
        .build()
}

/// An occupation, or `null` to keep it.
#[must_use]
pub fn occupation_or_null() -> Object {
    ObjectBuilder::new().schema_type(or_null(Type::String)).max_length(Some(limits::OCCUPATION_MAX_CHARS)).build()
}

/// A relationship note, or `null` for none.
#[must_use]
pub fn note_or_null() -> Object {
    ObjectBuilder::new().schema_type(or_null(Type::String)).max_length(Some(portrait_domain::relationship::MAX_NOTE_CHARS)).build()
}

/// An age in years, or `null` to keep it.
#[must_use]
pub fn age_or_null() -> Object {
    integer_or_null(&limits::AGE_YEARS)
}

/// Total assets in fen (1/100 CNY), not negative, or `null` to keep them. (No `maximum`:
/// the 64-bit one would not survive JavaScript's numbers.)
#[must_use]
pub fn assets_or_null() -> Object {
    integer(or_null(Type::Integer), 0, None)
}

/// A manager's capacity, or `null` to keep it.
#[must_use]
pub fn capacity_or_null() -> Object {
    integer_or_null(&limits::CAPACITY)
}

/// The number of segments, or `null` for the silhouette's choice.
#[must_use]
pub fn segments_k_or_null() -> Object {
    integer_or_null(&limits::SEGMENTS_K)
}

fn reason_builder(kind: SchemaType) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(kind)
        .min_length(Some(*limits::REASON_CHARS.start()))
        .max_length(Some(*limits::REASON_CHARS.end()))
        .pattern(Some(limits::NOT_BLANK_PATTERN))
        .description(Some("Why; kept in the history and the audit log. 1–500 characters, not only blanks."))
}

/// A manual change's reason.
#[must_use]
pub fn reason() -> Object {
    reason_builder(Type::String.into()).build()
}

/// A manual change's reason, or `null`/absent for "no reason given".
#[must_use]
pub fn reason_or_null() -> Object {
    reason_builder(or_null(Type::String)).build()
}

/// Tag names from a vocabulary, or `null` to keep them.
#[must_use]
pub fn tags_or_null() -> Array {
    ArrayBuilder::new()
        .schema_type(or_null(Type::Array))
        .items(ObjectBuilder::new().schema_type(Type::String))
        .max_items(Some(MAX_TAGS_PER_SET))
        .build()
}

/// A new tag's name.
#[must_use]
/// An organisation unit's code.
pub fn unit_code() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(limits::UNIT_CODE_PATTERN))
        .description(Some("1–32 letters, digits, `-` or `_`, kept in capitals."))
        .examples(["SH-PD"])
        .build()
}

/// A unit's name.
pub fn unit_name() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(*limits::DISPLAY_NAME_CHARS.start()))
        .max_length(Some(*limits::DISPLAY_NAME_CHARS.end()))
        .examples(["浦东支行"])
        .build()
}

pub fn tag_name() -> Object {
    ObjectBuilder::new().schema_type(Type::String).pattern(Some(limits::TAG_NAME_PATTERN)).examples(["calligraphy"]).build()
}

fn positive_up_to(max: u64) -> Object {
    integer(Type::Integer, 1, Some(i64::try_from(max).unwrap_or(i64::MAX)))
}

/// `page`, from 1.
#[must_use]
pub fn page() -> Object {
    positive_up_to(portrait_domain::ports::MAX_PAGE)
}

/// `per_page`, 1–500 (default 50).
#[must_use]
pub fn per_page() -> Object {
    positive_up_to(portrait_domain::ports::MAX_PER_PAGE)
}

/// The trend's `limit`: the latest runs to consider.
#[must_use]
pub fn trend_limit() -> Object {
    positive_up_to(portrait_domain::services::analytics::MAX_TREND_RUNS)
}

/// How many candidates a customer's ranking shows.
#[must_use]
pub fn candidates_limit() -> Object {
    positive_up_to(portrait_domain::services::matching::candidates::MAX_CANDIDATES)
}
