//! The organisation's operations: every admin reads the tree from their own unit down; only
//! head-office admins (those whose unit is the root) change it, and every change is audited.

use std::sync::Arc;

use serde_json::json;

use super::ports::OrgUnits;
use super::scope::admin_scope;
use super::unit::{NewUnit, OrgUnit, UnitCode, UnitId, UnitName, UnitSummary};
use crate::error::{DomainError, DomainResult};
use crate::ports::{AuditEntry, AuditLog};
use crate::user::Actor;

pub struct OrganisationService {
    pub units: Arc<dyn OrgUnits>,
    pub audit: Arc<dyn AuditLog>,
}

/// What a change to a unit asks for (absent fields stay as they are).
#[derive(Debug, Clone, Default)]
pub struct UnitChanges {
    pub name: Option<String>,
    pub parent_id: Option<UnitId>,
}

fn view(unit: &OrgUnit) -> serde_json::Value {
    json!({"code": unit.code, "name": unit.name, "parent_id": unit.parent_id, "closed": unit.closed})
}

impl OrganisationService {
    fn require_head_office(actor: Actor) -> DomainResult<()> {
        actor.require_any_admin()?;
        if actor.is_admin() { Ok(()) } else { Err(DomainError::forbidden("only head-office administrators change the organisation")) }
    }

    async fn audit(&self, actor: Actor, action: &str, before: Option<&OrgUnit>, after: &OrgUnit) -> DomainResult<()> {
        self.audit
            .record(AuditEntry {
                actor_id: Some(actor.id),
                action: action.into(),
                target: format!("unit:{}", after.id),
                before: before.map(view),
                after: Some(view(after)),
                client: None,
                unit_id: Some(after.id),
            })
            .await
    }

    /// The admin's unit and every unit below it, parents first.
    /// # Errors
    /// `forbidden` unless an admin.
    pub async fn tree(&self, actor: Actor) -> DomainResult<Vec<UnitSummary>> {
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        Ok(self.units.units().await?.into_iter().filter(|s| scope.contains(s.unit.id)).collect())
    }

    /// # Errors
    /// `forbidden` unless a head-office admin; `invalid_unit_code`, `invalid_name`,
    /// `unit_code_taken`, `not_found` or `unit_closed` for the parent.
    pub async fn create(&self, actor: Actor, code: &str, name: &str, parent_id: UnitId) -> DomainResult<OrgUnit> {
        let unit = NewUnit { code: UnitCode::parse(code)?, name: UnitName::parse(name)?, parent_id };
        Self::require_head_office(actor)?;
        let created = self.units.create_unit(&unit).await?;
        self.audit(actor, "unit.create", None, &created).await?;
        Ok(created)
    }

    /// Renames and/or moves a unit.
    /// # Errors
    /// `forbidden` unless a head-office admin; `invalid_name`, `not_found`, and what
    /// [`super::rules::check_move`] refuses.
    pub async fn change(&self, actor: Actor, id: UnitId, changes: UnitChanges) -> DomainResult<OrgUnit> {
        let name = changes.name.as_deref().map(UnitName::parse).transpose()?;
        Self::require_head_office(actor)?;
        let before = self.units.unit(id).await?.ok_or_else(|| DomainError::NotFound("unit".into()))?;
        let parent = changes.parent_id.filter(|p| Some(*p) != before.parent_id);
        if name.is_none() && parent.is_none() {
            return Ok(before);
        }
        let after = self.units.change_unit(id, name.as_ref(), parent).await?;
        if after != before {
            self.audit(actor, "unit.update", Some(&before), &after).await?;
        }
        Ok(after)
    }

    /// Closes an empty unit.
    /// # Errors
    /// `forbidden` unless a head-office admin; `not_found`, and what
    /// [`super::rules::check_close`] refuses.
    pub async fn close(&self, actor: Actor, id: UnitId) -> DomainResult<OrgUnit> {
        Self::require_head_office(actor)?;
        let before = self.units.unit(id).await?.ok_or_else(|| DomainError::NotFound("unit".into()))?;
        let after = self.units.close_unit(id).await?;
        self.audit(actor, "unit.close", Some(&before), &after).await?;
        Ok(after)
    }
}
