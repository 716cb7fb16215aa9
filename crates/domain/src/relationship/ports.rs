//! Where the relationship record is kept.

use async_trait::async_trait;

use super::{Interaction, NewInteraction};
use crate::error::DomainResult;
use crate::organisation::UnitId;
use crate::ports::Page;
use crate::user::UserId;

/// Which open follow-ups to list, soonest first: all given filters hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUpQuery {
    pub page: u64,
    pub per_page: u64,
    /// Of this manager's current customers.
    pub manager_id: Option<UserId>,
    /// Of the customers of these units.
    pub units: Option<Vec<UnitId>>,
    /// Due at or before this Unix second.
    pub due_before: Option<i64>,
}

#[async_trait]
pub trait InteractionLog: Send + Sync + 'static {
    /// # Errors
    /// Storage failures.
    async fn record(&self, entry: &NewInteraction) -> DomainResult<Interaction>;
    /// A customer's entries, newest first.
    /// # Errors
    /// Storage failures.
    async fn timeline(&self, customer_id: UserId, page: u64, per_page: u64) -> DomainResult<Page<Interaction>>;
    /// # Errors
    /// Storage failures.
    async fn follow_ups(&self, query: &FollowUpQuery) -> DomainResult<Page<Interaction>>;
    /// # Errors
    /// Storage failures.
    async fn interaction(&self, id: i64) -> DomainResult<Option<Interaction>>;
    /// Marks a follow-up done (compare-and-set: `false` when it already was, or has none).
    /// # Errors
    /// Storage failures.
    async fn complete(&self, id: i64) -> DomainResult<bool>;
    /// The customer's open contact request, or `entry` recorded as a new one — decided in
    /// one transaction with the customer's row locked, so parallel requests make one.
    /// `true` when it is new.
    /// # Errors
    /// Storage failures.
    async fn request_contact(&self, entry: &NewInteraction) -> DomainResult<(Interaction, bool)>;
}
