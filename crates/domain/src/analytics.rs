//! Dashboard figures: the port that computes them in the database and their shapes.

use async_trait::async_trait;
use serde::Serialize;

use crate::customer::CustomerClass;
use crate::error::DomainResult;
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

#[async_trait]
pub trait AnalyticsRepository: Send + Sync + 'static {
    /// Counts and sums over the whole book, computed with GROUP BY in the database.
    /// # Errors
    /// Storage failures.
    async fn book_figures(&self) -> DomainResult<BookFigures>;
    /// Every manager's load, capacity and mean score.
    /// # Errors
    /// Storage failures.
    async fn manager_loads(&self) -> DomainResult<Vec<ManagerLoad>>;
    /// The stored persona of a segment.
    /// # Errors
    /// Storage failures.
    async fn persona(&self, segment: i32) -> DomainResult<Option<crate::segmentation::Persona>>;
}
