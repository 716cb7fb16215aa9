//! The customer and manager lists' query strings, checked into the domain's queries.

use portrait_domain::error::DomainResult;
use portrait_domain::ports::{ClassFilter, CustomerQuery, CustomerSort, LoadFilter, ManagerQuery, ManagerSort, descending};
use portrait_domain::{DomainError, ErrorCode};
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CustomerListQuery {
    /// From 1.
    #[param(schema_with = crate::http::request_limits::page)]
    pub page: Option<u64>,
    /// 1–500, default 50.
    #[param(schema_with = crate::http::request_limits::per_page)]
    pub per_page: Option<u64>,
    /// A–E, or `unclassified` for customers without a class (as the classification counts them).
    #[param(schema_with = crate::http::closed_sets::class_filter)]
    pub class: Option<String>,
    pub manager_id: Option<i64>,
    /// Only customers without a manager (admins).
    pub unassigned: Option<bool>,
    pub need: Option<String>,
    pub hobby: Option<String>,
    /// Part of a name or username.
    pub q: Option<String>,
    /// id, name, age, total_assets, class, score.
    #[param(schema_with = crate::http::closed_sets::customer_sort)]
    pub sort: Option<String>,
    /// asc or desc.
    #[param(schema_with = crate::http::closed_sets::sort_order)]
    pub order: Option<String>,
    /// Only customers whose home unit is this one or below it.
    pub unit_id: Option<i64>,
}

/// The manager list's query.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ManagerListQuery {
    /// From 1.
    #[param(schema_with = crate::http::request_limits::page)]
    pub page: Option<u64>,
    /// 1–500, default 100.
    #[param(schema_with = crate::http::request_limits::per_page)]
    pub per_page: Option<u64>,
    /// Part of a name or username.
    pub q: Option<String>,
    /// Only managers of this unit or below it.
    pub unit_id: Option<i64>,
    /// id, name, load, capacity or seats_left.
    #[param(schema_with = crate::http::closed_sets::one_of::<ManagerSort>)]
    pub sort: Option<String>,
    /// asc or desc.
    #[param(schema_with = crate::http::closed_sets::sort_order)]
    pub order: Option<String>,
    /// over_capacity, full, has_room or empty.
    #[param(schema_with = crate::http::closed_sets::one_of::<LoadFilter>)]
    pub load: Option<String>,
}

/// The manager list's query as the domain takes it, its values checked.
impl TryFrom<ManagerListQuery> for ManagerQuery {
    type Error = DomainError;

    /// # Errors
    /// `invalid_sort`, `invalid_order`, `invalid_load`.
    fn try_from(q: ManagerListQuery) -> DomainResult<Self> {
        let sort = q
            .sort
            .as_deref()
            .map(|s| {
                ManagerSort::parse(s).ok_or_else(|| {
                    DomainError::validation("sort", ErrorCode::InvalidSort, "sort must be id, name, load, capacity or seats_left")
                })
            })
            .transpose()?
            .unwrap_or_default();
        let load = q
            .load
            .as_deref()
            .map(|l| {
                LoadFilter::parse(l).ok_or_else(|| {
                    DomainError::validation("load", ErrorCode::InvalidLoad, "load must be over_capacity, full, has_room or empty")
                })
            })
            .transpose()?;
        Ok(Self {
            page: q.page.unwrap_or(1),
            per_page: q.per_page.unwrap_or(100),
            search: q.q.map(|s| s.chars().take(100).collect()),
            unit_id: q.unit_id,
            units: None,
            sort,
            descending: descending(q.order.as_deref())?,
            load,
        })
    }
}

/// The list query as the domain takes it, its values checked.
impl TryFrom<CustomerListQuery> for CustomerQuery {
    type Error = DomainError;

    /// # Errors
    /// `invalid_class`, `invalid_sort`, `invalid_order`.
    fn try_from(q: CustomerListQuery) -> DomainResult<Self> {
        let class = q
            .class
            .as_deref()
            .map(|c| {
                ClassFilter::parse(c)
                    .ok_or_else(|| DomainError::validation("class", ErrorCode::InvalidClass, "class must be A, B, C, D, E or unclassified"))
            })
            .transpose()?;
        let sort = q
            .sort
            .as_deref()
            .map(|s| {
                CustomerSort::parse(s).ok_or_else(|| {
                    DomainError::validation("sort", ErrorCode::InvalidSort, "sort must be id, name, age, total_assets, class or score")
                })
            })
            .transpose()?
            .unwrap_or_default();
        let descending = descending(q.order.as_deref())?;
        Ok(Self {
            page: q.page.unwrap_or(1),
            per_page: q.per_page.unwrap_or(50),
            class,
            manager_id: q.manager_id,
            unassigned: q.unassigned.unwrap_or(false),
            need: q.need,
            hobby: q.hobby,
            search: q.q.map(|s| s.chars().take(100).collect()),
            sort,
            descending,
            unit_id: q.unit_id,
            units: None,
        })
    }
}
