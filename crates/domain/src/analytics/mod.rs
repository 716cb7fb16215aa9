//! Book analytics: the port that aggregates in the database, the shapes it returns, and the
//! pure analyses (match quality, capability gaps, projection) run on a cached snapshot.

pub mod book;
pub mod projection;

use async_trait::async_trait;
use serde::Serialize;

use crate::customer::CustomerClass;
use crate::error::DomainResult;
use crate::organisation::UnitId;
use crate::user::UserId;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BookFigures {
    pub total_customers: u64,
    pub total_managers: u64,
    pub active_managers: u64,
    pub assigned_customers: u64,
    pub unassigned_customers: u64,
    /// Customers per class; `None` is not yet classified.
    pub classes: Vec<(Option<CustomerClass>, u64)>,
    /// Mean match score of current assignments.
    pub mean_score: f64,
    /// Customers held by active managers.
    pub capacity_used: u64,
    /// Sum of active managers' capacities.
    pub capacity_total: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ManagerLoad {
    pub manager_id: UserId,
    pub manager_name: String,
    pub customer_count: u64,
    pub capacity: u32,
    pub active: bool,
    pub mean_score: Option<f64>,
}

/// What the cached analyses read; equal stamps mean none of it changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BookStamp {
    /// The highest customer id: a new customer moves it even within a second.
    pub customers_max_id: i64,
    pub customers_changed_at: i64,
    pub managers_max_id: i64,
    pub managers_changed_at: i64,
    pub segments_computed_at: i64,
    pub tags: u64,
}

impl BookStamp {
    /// The latest change in Unix seconds. Changes are stamped to the second, so a result is
    /// cached only once this is in the past: another change within the same second would
    /// otherwise leave the stamp as it was.
    #[must_use]
    pub fn newest_change(&self) -> i64 {
        self.customers_changed_at.max(self.managers_changed_at).max(self.segments_computed_at)
    }
}

/// One manager's own book.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ManagerBook {
    pub manager_id: UserId,
    /// The manager's unit: whose admins may read the book.
    pub unit_id: UnitId,
    pub customers: u64,
    pub capacity: u32,
    pub active: bool,
    pub mean_score: Option<f64>,
    pub classes: Vec<(Option<CustomerClass>, u64)>,
    /// The most common needs in the book, with how many customers have each.
    pub top_needs: Vec<(String, u64)>,
}

#[async_trait]
pub trait AnalyticsRepository: Send + Sync + 'static {
    /// Counts and sums over the whole book — or over the customers and managers of `units`
    /// — computed with GROUP BY in the database.
    /// # Errors
    /// Storage failures.
    async fn book_figures(&self, units: Option<&[UnitId]>) -> DomainResult<BookFigures>;
    /// Every manager's (of `units`, when given) load, capacity and mean score.
    /// # Errors
    /// Storage failures.
    async fn manager_loads(&self, units: Option<&[UnitId]>) -> DomainResult<Vec<ManagerLoad>>;
    /// Customers of `units` per stored segment and class: a branch's share of each segment.
    /// # Errors
    /// Storage failures.
    async fn segment_members(&self, units: &[UnitId]) -> DomainResult<Vec<(i32, Option<CustomerClass>, u64)>>;
    /// The stored persona of a segment.
    /// # Errors
    /// Storage failures.
    async fn persona(&self, segment: i32) -> DomainResult<Option<crate::segmentation::Persona>>;
    /// Every stored persona, by segment.
    /// # Errors
    /// Storage failures.
    async fn personas(&self) -> DomainResult<Vec<crate::segmentation::Persona>>;
    /// Latest ids and change times, each answered by an index without reading the table
    /// (profiles are never deleted by Portrait; rows deleted by hand in the database are
    /// noticed at the next change).
    /// # Errors
    /// Storage failures.
    async fn stamp(&self) -> DomainResult<BookStamp>;
    /// A manager's book, or `None` when `manager_id` is not a manager.
    /// # Errors
    /// Storage failures.
    async fn manager_book(&self, manager_id: UserId, top_needs: u64) -> DomainResult<Option<ManagerBook>>;
}
