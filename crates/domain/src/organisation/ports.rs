//! What the organisation needs of storage: the tree read whole (it is small — hundreds of
//! units), and each change written in one transaction that checks the tree's rules
//! ([`super::rules`]) on the tree as that transaction sees it, with structural changes
//! serialised so two of them cannot make a cycle between them.

use async_trait::async_trait;

use super::unit::{NewUnit, OrgUnit, UnitId, UnitName, UnitSummary};
use crate::error::DomainResult;

#[async_trait]
pub trait OrgUnits: Send + Sync + 'static {
    /// Every unit, open and closed, with what each holds directly, parents before children.
    /// # Errors
    /// Storage failures.
    async fn units(&self) -> DomainResult<Vec<UnitSummary>>;

    /// Every unit, open and closed, parents before children — without the counts.
    /// # Errors
    /// Storage failures.
    async fn tree(&self) -> DomainResult<Vec<OrgUnit>>;

    /// # Errors
    /// Storage failures.
    async fn unit(&self, id: UnitId) -> DomainResult<Option<OrgUnit>>;

    /// # Errors
    /// `unit_code_taken`, `not_found` or `unit_closed` for the parent, `busy`.
    async fn create_unit(&self, unit: &NewUnit) -> DomainResult<OrgUnit>;

    /// Renames `id` and/or puts it (and everything below it) under `parent`, at once.
    /// # Errors
    /// `not_found`, what [`super::rules::check_move`] refuses, `busy`.
    async fn change_unit(&self, id: UnitId, name: Option<&UnitName>, parent: Option<UnitId>) -> DomainResult<OrgUnit>;

    /// # Errors
    /// What [`super::rules::check_close`] refuses, `busy`.
    async fn close_unit(&self, id: UnitId) -> DomainResult<OrgUnit>;
}
