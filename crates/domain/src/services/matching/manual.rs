//! The engine's changes to one customer at a time — an admin's manual assignment and its
//! removal — and why a customer has their manager, for them, their manager and admins.

use super::explain::AssignmentExplanation;
use super::service::{ManualAssignment, MatchingService, NO_REASON_GIVEN};
use crate::customer::CustomerClass;
use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::limits;
use crate::organisation::{admin_scope, works_with};
use crate::runs::{AssignmentReason, ManualChange};
use crate::scoring::{classify, score_pair};
use crate::user::{Actor, Role, UserId};

impl MatchingService {
    /// An admin puts a customer with a manager, saying why.
    /// # Errors
    /// `forbidden`; `not_found` for an unknown customer or a target that is not an active
    /// manager; `reason_required`; `over_capacity` (409) unless overridden.
    pub async fn manual_assign(&self, actor: Actor, request: ManualAssignment) -> DomainResult<AssignmentExplanation> {
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        let reason = request.reason.as_deref().map_or(NO_REASON_GIVEN, str::trim);
        if !limits::REASON_CHARS.contains(&reason.chars().count()) {
            return Err(DomainError::validation("reason", ErrorCode::ReasonRequired, "say why, in at most 500 characters"));
        }
        let customer = self.customers.get(request.customer_id).await?.ok_or_else(|| DomainError::NotFound("customer".into()))?;
        let manager = self
            .managers
            .get(request.manager_id)
            .await?
            .filter(|m| m.active)
            .ok_or_else(|| DomainError::NotFound("active manager".into()))?;
        // A branch's admin moves their own customers to their own managers only.
        scope.require(customer.unit.id)?;
        scope.require(manager.unit.id)?;
        // The seat (active, capacity, load) is decided by the writing transaction, with the
        // manager's row locked: a check here would race with every other writer.
        let score = score_pair(&customer.needs, &customer.hobbies, &manager.capabilities, &manager.hobbies);
        let class = classify(score.needs_match, score.hobbies_match);
        self.runs
            .apply_manual(&ManualChange {
                customer_id: customer.user_id,
                manager_id: Some(manager.user_id),
                score: Some(score.total as i32),
                needs_match: Some(score.needs_match as i32),
                hobbies_match: Some(score.hobbies_match as i32),
                class: Some(class),
                reason: AssignmentReason::Manual,
                actor_id: actor.id,
                note: reason.to_owned(),
                override_capacity: request.override_capacity,
            })
            .await?;
        self.explain(actor, customer.user_id).await
    }

    /// An admin removes a customer's manager, saying why.
    /// # Errors
    /// `forbidden`, `not_found`, `reason_required`.
    pub async fn unassign(&self, actor: Actor, customer_id: UserId, reason: &str) -> DomainResult<AssignmentExplanation> {
        let scope = admin_scope(self.units.as_ref(), actor).await?;
        let reason = reason.trim();
        if !limits::REASON_CHARS.contains(&reason.chars().count()) {
            return Err(DomainError::validation("reason", ErrorCode::ReasonRequired, "say why, in at most 500 characters"));
        }
        let customer = self.customers.get(customer_id).await?.ok_or_else(|| DomainError::NotFound("customer".into()))?;
        scope.require(customer.unit.id)?;
        self.runs
            .apply_manual(&ManualChange {
                customer_id,
                manager_id: None,
                score: None,
                needs_match: None,
                hobbies_match: None,
                class: customer.class,
                reason: AssignmentReason::Unassigned,
                actor_id: actor.id,
                note: reason.to_owned(),
                override_capacity: false,
            })
            .await?;
        self.explain(actor, customer_id).await
    }

    /// Why a customer has their manager: the customer, their manager, admins.
    /// # Errors
    /// `forbidden` for anyone else, `not_found`.
    pub async fn explain(&self, actor: Actor, customer_id: UserId) -> DomainResult<AssignmentExplanation> {
        let customer = self.customers.get(customer_id).await?;
        let (unit, manager) = (customer.as_ref().map(|c| c.unit.id), customer.as_ref().and_then(|c| c.manager_id));
        let allowed = (actor.id == customer_id && customer.is_some()) || works_with(self.units.as_ref(), actor, unit, manager).await?;
        if !allowed {
            return Err(DomainError::forbidden("you may not see this customer's assignment"));
        }
        let customer = customer.ok_or_else(|| DomainError::NotFound("customer".into()))?;
        let manager = match customer.manager_id {
            Some(id) => self.managers.get(id).await?,
            None => None,
        };
        let meta = self.runs.assignment_meta(customer_id).await?;
        let score = manager.as_ref().map(|m| score_pair(&customer.needs, &customer.hobbies, &m.capabilities, &m.hobbies));
        Ok(AssignmentExplanation {
            customer_id,
            manager_id: customer.manager_id,
            manager_name: manager.as_ref().map(|m| m.name.clone()),
            score: score.as_ref().map(|s| s.total),
            needs_match: score.as_ref().map(|s| s.needs_match),
            hobbies_match: score.as_ref().map(|s| s.hobbies_match),
            matched_needs: score.as_ref().map(|s| s.matched_needs.clone()).unwrap_or_default(),
            matched_hobbies: score.as_ref().map(|s| s.matched_hobbies.clone()).unwrap_or_default(),
            class: customer.class,
            reason: meta.as_ref().and_then(|m| m.reason),
            assigned_by: meta.as_ref().and_then(|m| m.assigned_by),
            run_id: meta.as_ref().and_then(|m| m.run_id),
            assigned_at: meta.as_ref().and_then(|m| m.assigned_at),
        })
    }

    /// Customers per class (`GET /api/customers/classification`): admins and managers.
    /// # Errors
    /// `forbidden` for customers.
    pub async fn classification(&self, actor: Actor) -> DomainResult<Vec<(Option<CustomerClass>, u64)>> {
        if actor.role == Role::Customer {
            return Err(DomainError::forbidden("customers cannot see the classification"));
        }
        self.runs.class_counts().await
    }
}
