//! The customer, manager and audit lists: the whole bank for head-office admins, a branch
//! admin's part of it for them, exactly their own book for a manager.

use super::ProfileService;
use crate::customer::CustomerProfile;
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::manager::ManagerProfile;
use crate::organisation::{UnitId, admin_scope, known_subtree, list_units};
use crate::ports::{AuditQuery, AuditRecord, CustomerQuery, ManagerQuery, Page, check_page};
use crate::user::{Actor, Role, UserId};

impl ProfileService {
    /// A manager's own book filtered by unit: that unit and everything below it.
    async fn units_below(&self, unit: Option<UnitId>) -> DomainResult<Option<Vec<UnitId>>> {
        let Some(unit) = unit else { return Ok(None) };
        known_subtree(&self.units.tree().await?, unit).map(Some)
    }

    /// Admins see the customers of their part of the organisation (of one unit of it with
    /// `unit_id`); a manager sees exactly their own book.
    /// # Errors
    /// `forbidden` for customers, a manager asking for another manager's book, or a unit
    /// outside an admin's part; `not_found` for an unknown unit.
    pub async fn customers(&self, actor: Actor, mut query: CustomerQuery) -> DomainResult<Page<CustomerProfile>> {
        check_page(query.page, query.per_page)?;
        match actor.role {
            Role::Admin => query.units = list_units(self.units.as_ref(), actor, query.unit_id).await?,
            Role::Manager => {
                if query.manager_id.is_some_and(|m| m != actor.id) || query.unassigned {
                    return Err(DomainError::forbidden("managers see only their own customers"));
                }
                query.manager_id = Some(actor.id);
                query.units = self.units_below(query.unit_id).await?;
            }
            Role::Customer => return Err(DomainError::forbidden("customers cannot list customers")),
        }
        self.customers.list(&query).await
    }

    /// A manager's customers: for the manager, or an admin over the manager's unit (who sees
    /// those of them in their own part).
    /// # Errors
    /// `forbidden` for anyone else; `not_found`.
    pub async fn manager_customers(&self, actor: Actor, id: UserId, mut query: CustomerQuery) -> DomainResult<Page<CustomerProfile>> {
        check_page(query.page, query.per_page)?;
        let refused = || DomainError::forbidden("you may not see this manager's customers");
        if actor.role == Role::Manager {
            if actor.id != id {
                return Err(refused());
            }
            self.managers.get(id).await?.ok_or_else(|| DomainError::NotFound("manager".into()))?;
            query.units = self.units_below(query.unit_id).await?;
        } else if actor.is_admin() {
            query.units = list_units(self.units.as_ref(), actor, query.unit_id).await?;
        } else {
            let scope = admin_scope(self.units.as_ref(), actor).await.map_err(|_| refused())?;
            let manager = self.managers.get(id).await?.ok_or_else(refused)?;
            scope.require(manager.unit.id)?;
            query.units = scope.list_units(query.unit_id)?;
        }
        query.manager_id = Some(id);
        query.unassigned = false;
        self.customers.list(&query).await
    }

    /// The managers of an admin's part of the organisation (of one unit of it with
    /// `unit_id`), searchable by name.
    /// # Errors
    /// `forbidden` unless an admin, or for a unit outside their part; `not_found` for an
    /// unknown unit; invalid paging.
    pub async fn managers(&self, actor: Actor, mut query: ManagerQuery) -> DomainResult<Page<ManagerProfile>> {
        check_page(query.page, query.per_page)?;
        query.units = list_units(self.units.as_ref(), actor, query.unit_id).await?;
        self.managers.list(&query).await
    }

    /// The audit log of the admin's part of the organisation: everything for the head office;
    /// for a branch's admin, the entries about their units' people, runs and imports (the
    /// bank-wide ones — tags, whole-bank runs — stay the head office's).
    /// # Errors
    /// `forbidden` unless an admin; invalid paging; `invalid_range` when `from` is after `to`.
    pub async fn audit_log(&self, actor: Actor, mut query: AuditQuery) -> DomainResult<Page<AuditRecord>> {
        check_page(query.page, query.per_page)?;
        if let (Some(from), Some(to)) = (query.from, query.to)
            && from > to
        {
            return Err(DomainError::validation("from", ErrorCode::InvalidRange, "from must not be after to"));
        }
        query.units = list_units(self.units.as_ref(), actor, None).await?;
        self.audit.recent(&query).await
    }
}
