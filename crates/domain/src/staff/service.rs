//! The staff directory's operations: admins list, read, create and change manager and admin
//! accounts within their own part of the organisation; every change is audited.

use std::sync::Arc;

use serde_json::json;

use super::member::{StaffMember, StaffQuery, email, grade, phone};
use super::ports::{NewStaff, StaffChanges, StaffDirectory};
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::manager::ManagerCapacity;
use crate::organisation::{OrgUnits, UnitId, admin_scope};
use crate::ports::{AuditEntry, AuditLog, Page, PasswordHasher, check_page};
use crate::user::{Actor, DisplayName, NewPassword, Role, UserId, Username};

pub struct StaffService {
    pub staff: Arc<dyn StaffDirectory>,
    pub units: Arc<dyn OrgUnits>,
    pub hasher: Arc<dyn PasswordHasher>,
    pub audit: Arc<dyn AuditLog>,
    /// A new manager's capacity when none is given.
    pub default_capacity: u32,
}

/// A new account as an admin types it.
#[derive(Debug, Clone, Default)]
pub struct StaffInput {
    pub username: String,
    pub name: String,
    pub role: String,
    pub unit_id: UnitId,
    pub password: String,
    pub grade: Option<i64>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub capacity: Option<i64>,
}

/// A change as an admin types it (absent stays; an empty phone or e-mail clears it).
#[derive(Debug, Clone, Default)]
pub struct StaffPatch {
    pub name: Option<String>,
    pub unit_id: Option<UnitId>,
    pub grade: Option<i64>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub active: Option<bool>,
}

fn view(member: &StaffMember) -> serde_json::Value {
    json!({"username": member.username, "name": member.name, "role": member.role, "unit": member.unit_code,
        "grade": member.grade, "phone": member.phone, "email": member.email, "active": member.active})
}

/// An optional text field: absent stays, blank clears, anything else is checked.
fn optional(value: Option<&str>, check: fn(&str) -> DomainResult<String>) -> DomainResult<Option<Option<String>>> {
    match value {
        None => Ok(None),
        Some(text) if text.trim().is_empty() => Ok(Some(None)),
        Some(text) => check(text).map(|v| Some(Some(v))),
    }
}

impl StaffService {
    async fn audit(&self, actor: Actor, action: &str, before: Option<&StaffMember>, after: &StaffMember) -> DomainResult<()> {
        self.audit
            .record(AuditEntry {
                actor_id: Some(actor.id),
                action: action.into(),
                target: format!("user:{}", after.id),
                before: before.map(view),
                after: Some(view(after)),
                client: None,
                unit_id: Some(after.unit_id),
            })
            .await
    }

    /// Managers and admins of the caller's part of the organisation (or of one unit of it
    /// and everything below it).
    /// # Errors
    /// `forbidden` unless an admin, or for a unit outside their part; invalid paging.
    pub async fn list(&self, actor: Actor, query: StaffQuery) -> DomainResult<Page<StaffMember>> {
        check_page(query.page, query.per_page)?;
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        let units = match query.unit_id {
            Some(unit) => scope.below(unit)?,
            None => scope.units.clone(),
        };
        self.staff.staff(&query, &units).await
    }

    /// # Errors
    /// `forbidden` unless an admin whose part holds the account; `not_found`.
    pub async fn get(&self, actor: Actor, id: UserId) -> DomainResult<StaffMember> {
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        let member = self.staff.staff_member(id).await?.ok_or_else(|| DomainError::NotFound("staff member".into()))?;
        scope.require(member.unit_id)?;
        Ok(member)
    }

    /// Creates a manager or admin account in the caller's part of the organisation; its
    /// owner must choose their own password at first login.
    /// # Errors
    /// `forbidden`; `invalid_username`, `invalid_name`, `invalid_role`, `weak_password`,
    /// `password_too_long`, `invalid_grade`, `invalid_phone`, `invalid_email`,
    /// `invalid_capacity`; `username_taken`; `unit_closed`.
    pub async fn create(&self, actor: Actor, input: StaffInput) -> DomainResult<StaffMember> {
        let username = Username::parse(&input.username)?;
        let name = DisplayName::parse(&input.name)?;
        let role = Role::parse(&input.role)?;
        if role == Role::Customer {
            return Err(DomainError::validation("role", ErrorCode::InvalidRole, "staff are managers or admins"));
        }
        let password = NewPassword::parse(&input.password)?;
        let grade = input.grade.map(grade).transpose()?;
        let phone = optional(input.phone.as_deref(), phone)?.flatten();
        let email = optional(input.email.as_deref(), email)?.flatten();
        let capacity = ManagerCapacity::new(input.capacity.unwrap_or(i64::from(self.default_capacity)))?.get();
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        scope.require(input.unit_id)?;
        let password_hash = self.hasher.hash(password.expose()).await?;
        let staff = NewStaff {
            username: username.as_str().to_owned(),
            name: name.as_str().to_owned(),
            role,
            unit_id: input.unit_id,
            password_hash,
            grade,
            phone,
            email,
            capacity,
            created_by: actor.id,
        };
        let created = self.staff.create_staff(&staff).await?;
        self.audit(actor, "staff.create", None, &created).await?;
        Ok(created)
    }

    /// Changes an account of the caller's part of the organisation, and may move it to another
    /// unit of that part or deactivate it (every session of it ends).
    /// # Errors
    /// `forbidden` (outside the caller's part, or deactivating oneself); `not_found`; the
    /// values' codes; `unit_closed`; `manager_has_customers`.
    pub async fn change(&self, actor: Actor, id: UserId, patch: StaffPatch) -> DomainResult<StaffMember> {
        let changes = StaffChanges {
            name: patch.name.as_deref().map(DisplayName::parse).transpose()?.map(|n| n.as_str().to_owned()),
            unit_id: patch.unit_id,
            grade: patch.grade.map(grade).transpose()?.map(Some),
            phone: optional(patch.phone.as_deref(), phone)?,
            email: optional(patch.email.as_deref(), email)?,
            active: patch.active,
        };
        if id == actor.id && patch.active == Some(false) {
            return Err(DomainError::forbidden("you cannot deactivate your own account"));
        }
        // One scope for both checks: the account's unit and the one it moves to.
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        let before = self.staff.staff_member(id).await?.ok_or_else(|| DomainError::NotFound("staff member".into()))?;
        scope.require(before.unit_id)?;
        if let Some(unit) = changes.unit_id {
            scope.require(unit)?;
        }
        let after = self.staff.change_staff(id, &changes).await?;
        if after != before {
            self.audit(actor, "staff.update", Some(&before), &after).await?;
        }
        Ok(after)
    }
}
