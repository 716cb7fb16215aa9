//! The relationship record as use cases: who records, reads and closes what.

use std::sync::Arc;

use serde_json::json;

use super::{FollowUpQuery, Interaction, InteractionInput, InteractionKind, InteractionLog, NewInteraction, note};
use crate::customer::CustomerProfile;
use crate::error::{DomainError, DomainResult};
use crate::organisation::{OrgUnits, list_units, works_with};
use crate::ports::{AuditEntry, AuditLog, Clock, CustomerRepository, Page, TagRepository, check_page};
use crate::tags::TagKind;
use crate::user::{Actor, Role, UserId};

pub struct RelationshipService {
    pub log: Arc<dyn InteractionLog>,
    pub customers: Arc<dyn CustomerRepository>,
    pub units: Arc<dyn OrgUnits>,
    pub tags: Arc<dyn TagRepository>,
    pub audit: Arc<dyn AuditLog>,
    pub clock: Arc<dyn Clock>,
}

/// A recorded entry and, for a life event, the needs it suggests that the customer lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub interaction: Interaction,
    pub suggested_needs: Vec<String>,
}

impl RelationshipService {
    /// The customer, when `actor` is their manager or an admin over their unit.
    async fn workable(&self, actor: Actor, customer_id: UserId) -> DomainResult<CustomerProfile> {
        let customer = self.customers.get(customer_id).await?;
        let (unit, manager) = (customer.as_ref().map(|c| c.unit.id), customer.as_ref().and_then(|c| c.manager_id));
        if !works_with(self.units.as_ref(), actor, unit, manager).await? {
            return Err(DomainError::forbidden("only the customer's manager and the admins over them keep their record"));
        }
        customer.ok_or_else(|| DomainError::NotFound("customer".into()))
    }

    async fn audited(&self, actor: Actor, action: &str, entry: &Interaction, unit: i64) -> DomainResult<()> {
        // The note stays out of the audit log: the record itself is the place for it.
        let after = json!({"interaction_id": entry.id, "kind": entry.kind.as_str(), "follow_up_at": entry.follow_up_at});
        let target = format!("user:{}", entry.customer_id);
        let audit = AuditEntry {
            actor_id: Some(actor.id),
            action: action.into(),
            target,
            after: Some(after),
            unit_id: Some(unit),
            ..AuditEntry::default()
        };
        self.audit.record(audit).await
    }

    /// Records a contact, a life event (with the needs it suggests) or a follow-up.
    /// # Errors
    /// `forbidden`; `not_found`; `invalid_interaction`.
    pub async fn record(&self, actor: Actor, customer_id: UserId, input: &InteractionInput) -> DomainResult<Recorded> {
        let customer = self.workable(actor, customer_id).await?;
        let entry = input.check(customer_id, actor.id, self.clock.now())?;
        let interaction = self.log.record(&entry).await?;
        self.audited(actor, "interaction.record", &interaction, customer.unit.id).await?;
        let suggested_needs = match interaction.life_event {
            Some(event) => {
                let vocabulary = self.tags.vocabulary().await?;
                let known = vocabulary.of(TagKind::Need);
                event
                    .suggested_needs()
                    .iter()
                    .filter(|n| known.iter().any(|k| k == *n) && !customer.needs.iter().any(|h| h == *n))
                    .map(|n| (*n).to_owned())
                    .collect()
            }
            None => Vec::new(),
        };
        Ok(Recorded { interaction, suggested_needs })
    }

    /// A customer's record, newest first.
    /// # Errors
    /// `forbidden`; `not_found`; invalid paging.
    pub async fn timeline(&self, actor: Actor, customer_id: UserId, page: u64, per_page: u64) -> DomainResult<Page<Interaction>> {
        check_page(page, per_page)?;
        self.workable(actor, customer_id).await?;
        self.log.timeline(customer_id, page, per_page).await
    }

    /// Open follow-ups, soonest first: a manager's for their own customers, an admin's for
    /// the customers of their part of the organisation.
    /// # Errors
    /// `forbidden` for customers; invalid paging.
    pub async fn follow_ups(&self, actor: Actor, due_before: Option<i64>, page: u64, per_page: u64) -> DomainResult<Page<Interaction>> {
        check_page(page, per_page)?;
        let mut query = FollowUpQuery { page, per_page, due_before, ..FollowUpQuery::default() };
        match actor.role {
            Role::Manager => query.manager_id = Some(actor.id),
            Role::Admin => query.units = list_units(self.units.as_ref(), actor, None).await?,
            Role::Customer => return Err(DomainError::forbidden("follow-ups are for managers and admins")),
        }
        self.log.follow_ups(&query).await
    }

    /// Marks a follow-up done; done twice, it stays done.
    /// # Errors
    /// `forbidden`; `not_found` (also for an entry without a follow-up).
    pub async fn complete(&self, actor: Actor, id: i64) -> DomainResult<Interaction> {
        let missing = || DomainError::NotFound("follow-up".into());
        let entry = self.log.interaction(id).await?.filter(|e| e.follow_up_at.is_some()).ok_or_else(missing)?;
        let customer = self.workable(actor, entry.customer_id).await?;
        if self.log.complete(id).await? {
            self.audited(actor, "interaction.follow_up_done", &entry, customer.unit.id).await?;
        }
        self.log.interaction(id).await?.ok_or_else(missing)
    }

    /// A customer asks to be contacted: one open request at a time (asking again while one is
    /// open returns it), due at once in their manager's follow-ups.
    /// # Errors
    /// `forbidden` unless a customer with a profile; `invalid_interaction` for a long note.
    pub async fn request_contact(&self, actor: Actor, text: Option<&str>) -> DomainResult<(Interaction, bool)> {
        if actor.role != Role::Customer {
            return Err(DomainError::forbidden("only customers ask to be contacted"));
        }
        let customer = self.customers.get(actor.id).await?.ok_or_else(|| DomainError::forbidden("you have no profile"))?;
        let now = self.clock.now();
        let entry = NewInteraction {
            customer_id: actor.id,
            author_id: actor.id,
            kind: InteractionKind::ContactRequest,
            life_event: None,
            note: note(text)?,
            happened_at: now,
            follow_up_at: Some(now),
        };
        let (interaction, created) = self.log.request_contact(&entry).await?;
        if created {
            self.audited(actor, "interaction.contact_request", &interaction, customer.unit.id).await?;
        }
        Ok((interaction, created))
    }
}
