//! The OpenAPI schemas of the closed sets the domain defines (roles, statuses, phases,
//! reasons, error codes, query values): each enum is read from the domain's own list, so
//! the document lists exactly what the server sends and accepts.

use portrait_domain::ErrorCode;
use portrait_domain::closed_set::ClosedSet;
use portrait_domain::customer::CustomerClass;
use portrait_domain::exchange::ImportKind;
use portrait_domain::ports::{ClassFilter, CustomerSort};
use utoipa::openapi::schema::{Object, ObjectBuilder, SchemaType, Type};

/// A string that is one of the set's spellings.
#[must_use]
pub fn one_of<T: ClosedSet>() -> Object {
    ObjectBuilder::new().schema_type(Type::String).enum_values(Some(T::spellings())).build()
}

/// One of the set's spellings, or `null`.
#[must_use]
pub fn one_of_or_null<T: ClosedSet>() -> Object {
    let mut values: Vec<serde_json::Value> = T::spellings().into_iter().map(Into::into).collect();
    values.push(serde_json::Value::Null);
    ObjectBuilder::new().schema_type(SchemaType::from_iter([Type::String, Type::Null])).enum_values(Some(values)).build()
}

/// A customer's class, A–E, or `null` while they have none.
#[must_use]
pub fn class_or_null() -> Object {
    one_of_or_null::<CustomerClass>()
}

/// `ErrorBody.error`: every code, each with its meaning in the description.
#[must_use]
pub fn error_code() -> Object {
    let meanings: Vec<String> = ErrorCode::ALL.iter().map(|code| format!("- `{code}`: {}", code.meaning())).collect();
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(ErrorCode::ALL.iter().map(|code| code.as_str())))
        .description(Some(format!("Stable snake_case code for programs:\n\n{}", meanings.join("\n"))))
        .examples(["invalid_age"])
        .build()
}

/// The `class` filter of customer lists: A–E or `unclassified`.
#[must_use]
pub fn class_filter() -> Object {
    one_of::<ClassFilter>()
}

/// The `sort` of customer lists, aliases included.
#[must_use]
pub fn customer_sort() -> Object {
    one_of::<CustomerSort>()
}

/// The `order` of a sorted list.
#[must_use]
pub fn sort_order() -> Object {
    ObjectBuilder::new().schema_type(Type::String).enum_values(Some(["asc", "desc"])).build()
}

/// An import job's `kind`: `import_customers` or `import_managers`.
#[must_use]
pub fn import_job_kind() -> Object {
    let kinds = ImportKind::ALL.iter().map(|kind| kind.job_kind().as_str());
    ObjectBuilder::new().schema_type(Type::String).enum_values(Some(kinds)).build()
}
