//! Reading and changing customer and manager profiles, with every object-level rule:
//! who may see which profile, who may change which field — a branch's admins only within
//! their part of the organisation. The lists are in `lists`.

mod lists;

use std::sync::Arc;

use serde::Serialize;
use serde_json::json;

use crate::customer::{Age, Assets, CustomerChanges, CustomerProfile, Occupation};
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::manager::{ManagerCapacity, ManagerChanges, ManagerProfile};
use crate::organisation::{OrgUnits, UnitId, UnitRef, admin_over};
use crate::ports::{AuditEntry, AuditLog, CustomerRepository, ManagerRepository, TagRepository};
use crate::tags::{TagKind, TagSet, Vocabulary};
use crate::user::{Actor, DisplayName, Role, UserId};

/// A customer profile change as received; `restricted` names fields present in the
/// request that no caller may set through a profile (class, segment, manager, role).
#[derive(Debug, Default)]
pub struct CustomerPatch {
    pub name: Option<String>,
    pub age: Option<i64>,
    pub occupation: Option<String>,
    pub total_assets: Option<i64>,
    pub needs: Option<Vec<String>>,
    pub hobbies: Option<Vec<String>>,
    pub restricted: Vec<&'static str>,
}

#[derive(Debug, Default)]
pub struct ManagerPatch {
    pub name: Option<String>,
    pub capabilities: Option<Vec<String>>,
    pub hobbies: Option<Vec<String>>,
    pub capacity: Option<i64>,
    pub active: Option<bool>,
    pub restricted: Vec<&'static str>,
}

/// What a customer may see of their own manager.
#[derive(Debug, Clone, Serialize)]
pub struct ManagerCard {
    pub user_id: UserId,
    pub name: String,
    pub capabilities: Vec<String>,
    pub hobbies: Vec<String>,
    /// Where they work and how to reach them.
    pub unit: UnitRef,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone)]
pub enum ManagerView {
    Full(ManagerProfile),
    Card(ManagerCard),
}

pub struct ProfileService {
    pub customers: Arc<dyn CustomerRepository>,
    /// The organisation, for a branch admin's scope.
    pub units: Arc<dyn OrgUnits>,
    pub managers: Arc<dyn ManagerRepository>,
    pub tags: Arc<dyn TagRepository>,
    pub audit: Arc<dyn AuditLog>,
}

fn restricted_error(field: &str) -> DomainError {
    DomainError::Validation {
        field: field.to_owned(),
        code: ErrorCode::FieldNotAllowed,
        message: format!("{field} cannot be set here by this caller"),
    }
}

fn tags(field: &str, kind: TagKind, names: Option<&Vec<String>>, vocabulary: &Vocabulary) -> DomainResult<Option<TagSet>> {
    names.map(|n| TagSet::from_names(field, kind, n, vocabulary)).transpose()
}

impl ProfileService {
    async fn admin_over(&self, actor: Actor, unit: Option<UnitId>) -> DomainResult<bool> {
        admin_over(self.units.as_ref(), actor, unit).await
    }

    /// # Errors
    /// `forbidden` unless the caller is the customer, their manager or an admin over the
    /// customer's home unit.
    pub async fn customer(&self, actor: Actor, id: UserId) -> DomainResult<CustomerProfile> {
        let profile = self.customers.get(id).await?;
        let allowed = match (&profile, actor.role) {
            (p, Role::Admin) => self.admin_over(actor, p.as_ref().map(|p| p.unit.id)).await?,
            (Some(_), Role::Customer) => actor.id == id,
            (Some(p), Role::Manager) => p.manager_id == Some(actor.id),
            (None, _) => false,
        };
        if !allowed {
            return Err(DomainError::forbidden("you may not see this customer's profile"));
        }
        profile.ok_or_else(|| DomainError::NotFound("customer".into()))
    }

    /// # Errors
    /// `forbidden` unless the caller is the customer or an admin; `field_not_allowed` for
    /// class, segment, manager or role; validation errors for bad values.
    pub async fn update_customer(&self, actor: Actor, id: UserId, patch: CustomerPatch) -> DomainResult<CustomerProfile> {
        let own = actor.role == Role::Customer && actor.id == id;
        let before = if own || actor.is_admin() { None } else { self.customers.get(id).await? };
        if !(own || self.admin_over(actor, before.as_ref().map(|p| p.unit.id)).await?) {
            return Err(DomainError::forbidden("you may not change this customer's profile"));
        }
        if let Some(field) = patch.restricted.first() {
            return Err(restricted_error(field));
        }
        let vocabulary = self.tags.vocabulary().await?;
        let changes = CustomerChanges {
            name: patch.name.as_deref().map(DisplayName::parse).transpose()?.map(|n| n.as_str().to_owned()),
            age: patch.age.map(Age::new).transpose()?,
            occupation: patch.occupation.as_deref().map(Occupation::parse).transpose()?,
            total_assets: patch.total_assets.map(Assets::from_fen).transpose()?,
            needs: tags("needs", TagKind::Need, patch.needs.as_ref(), &vocabulary)?,
            hobbies: tags("hobbies", TagKind::Hobby, patch.hobbies.as_ref(), &vocabulary)?,
        };
        let before = match before {
            Some(before) => before,
            None => self.customers.get(id).await?.ok_or_else(|| DomainError::NotFound("customer".into()))?,
        };
        let after = self.customers.update(id, &changes).await?;
        self.audit
            .record(AuditEntry {
                actor_id: Some(actor.id),
                action: "customer.profile_update".into(),
                target: format!("user:{id}"),
                before: Some(customer_audit_view(&before)),
                after: Some(customer_audit_view(&after)),
                client: None,
                unit_id: Some(after.unit.id),
            })
            .await?;
        Ok(after)
    }

    /// The full profile for the manager and admins; the public card for a customer whose
    /// manager this is.
    /// # Errors
    /// `forbidden` for anyone else.
    pub async fn manager(&self, actor: Actor, id: UserId) -> DomainResult<ManagerView> {
        let card_allowed = match actor.role {
            Role::Customer => self.customers.get(actor.id).await?.is_some_and(|c| c.manager_id == Some(id)),
            _ => false,
        };
        let profile = self.managers.get(id).await?;
        let full = actor.id == id || self.admin_over(actor, profile.as_ref().map(|p| p.unit.id)).await?;
        if !(full || card_allowed) {
            return Err(DomainError::forbidden("you may not see this manager's profile"));
        }
        let profile = profile.ok_or_else(|| DomainError::NotFound("manager".into()))?;
        if full {
            return Ok(ManagerView::Full(profile));
        }
        Ok(ManagerView::Card(ManagerCard {
            user_id: profile.user_id,
            name: profile.name,
            capabilities: profile.capabilities.to_vec(),
            hobbies: profile.hobbies.to_vec(),
            unit: profile.unit,
            phone: profile.phone,
            email: profile.email,
        }))
    }

    /// # Errors
    /// `forbidden` unless the manager or an admin; `field_not_allowed` when a manager sets
    /// their own capacity or active flag.
    pub async fn update_manager(&self, actor: Actor, id: UserId, patch: ManagerPatch) -> DomainResult<ManagerProfile> {
        let own = actor.role == Role::Manager && actor.id == id;
        let current = if own || actor.is_admin() { None } else { self.managers.get(id).await? };
        let admin = self.admin_over(actor, current.as_ref().map(|p| p.unit.id)).await?;
        if !(own || admin) {
            return Err(DomainError::forbidden("you may not change this manager's profile"));
        }
        if let Some(field) = patch.restricted.first() {
            return Err(restricted_error(field));
        }
        let vocabulary = self.tags.vocabulary().await?;
        let changes = ManagerChanges {
            name: patch.name.as_deref().map(DisplayName::parse).transpose()?.map(|n| n.as_str().to_owned()),
            capabilities: tags("capabilities", TagKind::Need, patch.capabilities.as_ref(), &vocabulary)?,
            hobbies: tags("hobbies", TagKind::Hobby, patch.hobbies.as_ref(), &vocabulary)?,
            capacity: patch.capacity.map(ManagerCapacity::new).transpose()?,
            active: patch.active,
        };
        if changes.touches_admin_fields() && !admin {
            let field = if changes.capacity.is_some() { "capacity" } else { "active" };
            return Err(restricted_error(field));
        }
        let before = match current {
            Some(current) => current,
            None => self.managers.get(id).await?.ok_or_else(|| DomainError::NotFound("manager".into()))?,
        };
        let after = self.managers.update(id, &changes).await?;
        self.audit
            .record(AuditEntry {
                actor_id: Some(actor.id),
                action: "manager.profile_update".into(),
                target: format!("user:{id}"),
                before: Some(json!({"name": before.name, "capabilities": before.capabilities, "hobbies": before.hobbies, "capacity": before.capacity, "active": before.active})),
                after: Some(json!({"name": after.name, "capabilities": after.capabilities, "hobbies": after.hobbies, "capacity": after.capacity, "active": after.active})),
                client: None,
                unit_id: Some(after.unit.id),
            })
            .await?;
        Ok(after)
    }

    /// # Errors
    /// Storage failures.
    pub async fn vocabulary(&self) -> DomainResult<Vocabulary> {
        self.tags.vocabulary().await
    }

    /// # Errors
    /// `forbidden` unless an admin; `invalid_tag`, `tag_exists`, `vocabulary_full`.
    pub async fn add_tag(&self, actor: Actor, kind: TagKind, name: &str) -> DomainResult<Vocabulary> {
        actor.require_admin()?;
        // The repository checks `Vocabulary::can_add` inside its transaction, on locked rows.
        self.tags.add(kind, name).await?;
        self.audit
            .record(AuditEntry {
                actor_id: Some(actor.id),
                action: "tag.add".into(),
                target: format!("tag:{}:{name}", kind.as_str()),
                ..AuditEntry::default()
            })
            .await?;
        self.tags.vocabulary().await
    }
}

/// The audited view of a customer profile (the audit log is not an application log:
/// auditors need the figures before and after).
fn customer_audit_view(p: &CustomerProfile) -> serde_json::Value {
    json!({
        "name": p.name, "age": p.age, "occupation": p.occupation,
        "total_assets": p.total_assets, "needs": p.needs, "hobbies": p.hobbies,
    })
}
