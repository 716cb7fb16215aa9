//! The relationship record: contacts with a customer (calls, meetings, messages, visits),
//! life events that suggest needs, contact requests from the customer, and follow-ups.

pub mod ports;
pub mod service;

use serde::Serialize;

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::user::UserId;

pub use ports::{FollowUpQuery, InteractionLog};
pub use service::RelationshipService;

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 1_000;
/// How far ahead a follow-up may be set, in seconds (two years).
pub const MAX_FOLLOW_UP_AHEAD: i64 = 2 * 366 * 86_400;
/// How far back a contact may be recorded, in seconds (ten years).
pub const MAX_RECORDED_BACK: i64 = 10 * 366 * 86_400;
/// Clock skew forgiven for a contact recorded "now" by another machine, in seconds.
const SKEW: i64 = 300;

crate::closed_set! {
    parse
    /// What kind of contact an entry records.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    pub enum InteractionKind {
        Call = "call",
        Meeting = "meeting",
        Message = "message",
        Visit = "visit",
        /// Something that happened in the customer's life (see [`LifeEvent`]).
        LifeEvent = "life_event",
        /// The customer asked to be contacted; only the customer records one.
        ContactRequest = "contact_request",
    }
}

crate::closed_set! {
    parse
    /// A life event worth a conversation, and the needs it usually brings.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    pub enum LifeEvent {
        Marriage = "marriage",
        Child = "child",
        Retirement = "retirement",
        PropertyPurchase = "property_purchase",
        NewJob = "new_job",
        Inheritance = "inheritance",
    }
}

impl LifeEvent {
    /// The needs this event usually brings: suggested to the manager, never added by itself.
    #[must_use]
    pub fn suggested_needs(self) -> &'static [&'static str] {
        match self {
            Self::Marriage => &["insurance", "savings", "mortgage"],
            Self::Child => &["education", "insurance", "savings"],
            Self::Retirement => &["retirement", "wealthManagement", "insurance"],
            Self::PropertyPurchase => &["mortgage", "loan", "insurance"],
            Self::NewJob => &["savings", "investment", "tax"],
            Self::Inheritance => &["wealthManagement", "tax", "investment"],
        }
    }
}

/// One entry of a customer's relationship record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    pub id: i64,
    pub customer_id: UserId,
    pub customer_name: String,
    pub author_id: UserId,
    pub author_name: String,
    pub kind: InteractionKind,
    pub life_event: Option<LifeEvent>,
    pub note: Option<String>,
    /// Unix seconds.
    pub happened_at: i64,
    /// Unix seconds; `None` without a follow-up.
    pub follow_up_at: Option<i64>,
    pub follow_up_done: bool,
    pub created_at: i64,
}

/// An entry to write, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInteraction {
    pub customer_id: UserId,
    pub author_id: UserId,
    pub kind: InteractionKind,
    pub life_event: Option<LifeEvent>,
    pub note: Option<String>,
    pub happened_at: i64,
    pub follow_up_at: Option<i64>,
}

/// An entry as a manager or an admin asks to record it, unchecked.
#[derive(Debug, Clone, Default)]
pub struct InteractionInput {
    pub kind: String,
    pub life_event: Option<String>,
    pub note: Option<String>,
    pub happened_at: Option<i64>,
    pub follow_up_at: Option<i64>,
}

fn invalid(field: &str, message: impl Into<String>) -> DomainError {
    DomainError::validation(field, ErrorCode::InvalidInteraction, message)
}

/// A note trimmed, `None` when blank.
/// # Errors
/// `invalid_interaction` (`note`) over [`MAX_NOTE_CHARS`].
pub fn note(text: Option<&str>) -> DomainResult<Option<String>> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else { return Ok(None) };
    if text.chars().count() > MAX_NOTE_CHARS {
        return Err(invalid("note", format!("a note holds at most {MAX_NOTE_CHARS} characters")));
    }
    Ok(Some(text.to_owned()))
}

impl InteractionInput {
    /// The entry `author` records about `customer` at `now`.
    /// # Errors
    /// `invalid_interaction`, naming the field: an unknown kind (a contact request is the
    /// customer's to make), a life event missing or given for another kind, a note too long,
    /// a contact in the future or over ten years ago, a follow-up before the contact or more
    /// than two years ahead.
    pub fn check(&self, customer: UserId, author: UserId, now: i64) -> DomainResult<NewInteraction> {
        let kind = InteractionKind::parse(&self.kind)
            .filter(|k| *k != InteractionKind::ContactRequest)
            .ok_or_else(|| invalid("kind", "kind must be call, meeting, message, visit or life_event"))?;
        let life_event = match (kind, self.life_event.as_deref()) {
            (InteractionKind::LifeEvent, Some(text)) => Some(LifeEvent::parse(text).ok_or_else(|| {
                invalid("life_event", "life_event must be marriage, child, retirement, property_purchase, new_job or inheritance")
            })?),
            (InteractionKind::LifeEvent, None) => return Err(invalid("life_event", "a life event says which one")),
            (_, Some(_)) => return Err(invalid("life_event", "only a life_event entry names a life event")),
            (_, None) => None,
        };
        let happened_at = self.happened_at.unwrap_or(now);
        if happened_at > now + SKEW || happened_at < now - MAX_RECORDED_BACK {
            return Err(invalid("happened_at", "a contact is recorded when it happened: not in the future, not over ten years ago"));
        }
        if let Some(at) = self.follow_up_at
            && (at < happened_at || at > now + MAX_FOLLOW_UP_AHEAD)
        {
            return Err(invalid("follow_up_at", "a follow-up comes after the contact and at most two years ahead"));
        }
        Ok(NewInteraction {
            customer_id: customer,
            author_id: author,
            kind,
            life_event,
            note: note(self.note.as_deref())?,
            happened_at,
            follow_up_at: self.follow_up_at,
        })
    }
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
