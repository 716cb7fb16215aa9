//! What a list asks for and answers with: the paging rule every paged list obeys, a page,
//! and the customer list's query with its class filter and sort.

use serde::Serialize;

use crate::customer::CustomerClass;
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::organisation::UnitId;
use crate::user::UserId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CustomerSort {
    #[default]
    Id,
    Name,
    Age,
    Assets,
    Class,
    Score,
}

impl CustomerSort {
    /// Every spelling `sort` accepts; the first of each value is its name, the others aliases.
    const SPELLINGS: [(&'static str, Self); 8] = [
        ("id", Self::Id),
        ("name", Self::Name),
        ("age", Self::Age),
        ("total_assets", Self::Assets),
        ("assets", Self::Assets),
        ("class", Self::Class),
        ("score", Self::Score),
        ("match_score", Self::Score),
    ];

    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        Self::SPELLINGS.iter().find(|(spelling, _)| *spelling == text).map(|(_, sort)| *sort)
    }
}

impl crate::closed_set::ClosedSet for CustomerSort {
    const ALL: &'static [Self] = &[Self::Id, Self::Name, Self::Age, Self::Assets, Self::Class, Self::Score];

    fn spelling(self) -> &'static str {
        Self::SPELLINGS.iter().find(|(_, sort)| *sort == self).map_or("id", |(spelling, _)| spelling)
    }

    fn spellings() -> Vec<&'static str> {
        Self::SPELLINGS.iter().map(|(spelling, _)| *spelling).collect()
    }
}

/// The `class` a customer list asks for: one class, or the customers without one — the
/// classes the classification counts, `unclassified` included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassFilter {
    Is(CustomerClass),
    Unclassified,
}

impl ClassFilter {
    /// `A`–`E` or `unclassified`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        if text == "unclassified" { Some(Self::Unclassified) } else { CustomerClass::parse(text).map(Self::Is) }
    }

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Is(class) => class.as_str(),
            Self::Unclassified => "unclassified",
        }
    }
}

crate::closed_set!(
    ClassFilter: ClassFilter::Is(CustomerClass::A),
    ClassFilter::Is(CustomerClass::B),
    ClassFilter::Is(CustomerClass::C),
    ClassFilter::Is(CustomerClass::D),
    ClassFilter::Is(CustomerClass::E),
    ClassFilter::Unclassified,
);

#[derive(Debug, Clone, Default)]
pub struct CustomerQuery {
    pub page: u64,
    pub per_page: u64,
    pub class: Option<ClassFilter>,
    pub manager_id: Option<UserId>,
    pub unassigned: bool,
    pub need: Option<String>,
    pub hobby: Option<String>,
    pub search: Option<String>,
    pub sort: CustomerSort,
    pub descending: bool,
    /// Customers whose home unit is this one or below it.
    pub unit_id: Option<UnitId>,
    /// The home units the list is kept to, as the service resolved them from `unit_id` and
    /// the caller's scope; `None` for the whole bank.
    pub units: Option<Vec<UnitId>>,
}

crate::closed_set! {
    parse
    /// The column a manager list is sorted by (the id breaks ties).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum ManagerSort {
        #[default]
        Id = "id",
        Name = "name",
        /// Customers in the book.
        Load = "load",
        Capacity = "capacity",
        /// Capacity minus load (negative over capacity).
        SeatsLeft = "seats_left",
    }
}

crate::closed_set! {
    parse
    /// Which managers a list keeps by their book's size against their capacity.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum LoadFilter {
        /// More customers than seats.
        OverCapacity = "over_capacity",
        /// Every seat taken (over capacity included).
        Full = "full",
        /// Taking customers, with a seat left.
        HasRoom = "has_room",
        /// No customers at all.
        Empty = "empty",
    }
}

/// What the manager list asks for.
#[derive(Debug, Clone, Default)]
pub struct ManagerQuery {
    pub page: u64,
    pub per_page: u64,
    /// Part of a name or username.
    pub search: Option<String>,
    /// Managers of this unit or below it.
    pub unit_id: Option<UnitId>,
    /// As in [`CustomerQuery::units`].
    pub units: Option<Vec<UnitId>>,
    pub sort: ManagerSort,
    pub descending: bool,
    pub load: Option<LoadFilter>,
}

/// `order`: `asc` (the default) or `desc`; whether it is descending.
/// # Errors
/// `invalid_order`.
pub fn descending(order: Option<&str>) -> DomainResult<bool> {
    match order {
        None | Some("asc") => Ok(false),
        Some("desc") => Ok(true),
        Some(_) => Err(crate::DomainError::validation("order", crate::ErrorCode::InvalidOrder, "order must be asc or desc")),
    }
}

/// The highest page number accepted: far beyond any real list, low enough that
/// `(page - 1) * per_page` always fits the database's 64-bit OFFSET.
pub const MAX_PAGE: u64 = 1_000_000_000;

/// The most items one page may hold.
pub const MAX_PER_PAGE: u64 = 500;

/// The one paging rule every paged list obeys: page 1 to [`MAX_PAGE`], per_page 1 to
/// [`MAX_PER_PAGE`].
/// # Errors
/// `invalid_page` or `invalid_per_page` (422, naming the field).
pub fn check_page(page: u64, per_page: u64) -> DomainResult<()> {
    if per_page == 0 || per_page > MAX_PER_PAGE {
        return Err(DomainError::validation("per_page", ErrorCode::InvalidPerPage, format!("per_page must be 1 to {MAX_PER_PAGE}")));
    }
    if page == 0 || page > MAX_PAGE {
        return Err(DomainError::validation("page", ErrorCode::InvalidPage, "page is 1 to 1,000,000,000"));
    }
    Ok(())
}

#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}
