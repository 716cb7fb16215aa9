//! The relationship record's bodies.

use portrait_domain::ports::Page;
use portrait_domain::relationship::service::Recorded;
use portrait_domain::relationship::{Interaction, InteractionKind, LifeEvent};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"kind": "call", "note": "谈到子女教育金", "follow_up_at": 1_800_086_400}))]
pub struct NewInteractionRequest {
    /// call, meeting, message, visit or life_event.
    #[schema(schema_with = crate::http::closed_sets::one_of::<InteractionKind>)]
    pub kind: String,
    /// With `kind: life_event` only: marriage, child, retirement, property_purchase, new_job,
    /// inheritance.
    #[serde(default)]
    #[schema(schema_with = crate::http::closed_sets::one_of_or_null::<LifeEvent>)]
    pub life_event: Option<String>,
    /// At most 1,000 characters.
    #[serde(default)]
    #[schema(schema_with = crate::http::request_limits::note_or_null)]
    pub note: Option<String>,
    /// Unix seconds; now when absent. Not in the future, not over ten years ago.
    #[serde(default)]
    pub happened_at: Option<i64>,
    /// Unix seconds: when to follow up (after the contact, at most two years ahead).
    #[serde(default)]
    pub follow_up_at: Option<i64>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"note": "想了解养老理财"}))]
pub struct ContactMeRequest {
    /// What it is about, at most 1,000 characters.
    #[serde(default)]
    #[schema(schema_with = crate::http::request_limits::note_or_null)]
    pub note: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InteractionDto {
    pub id: i64,
    pub customer_id: i64,
    pub customer_name: String,
    pub author_id: i64,
    pub author_name: String,
    #[schema(schema_with = crate::http::closed_sets::one_of::<InteractionKind>)]
    pub kind: String,
    #[schema(schema_with = crate::http::closed_sets::one_of_or_null::<LifeEvent>)]
    pub life_event: Option<String>,
    pub note: Option<String>,
    /// Unix seconds.
    pub happened_at: i64,
    /// Unix seconds; null without a follow-up.
    pub follow_up_at: Option<i64>,
    pub follow_up_done: bool,
    pub created_at: i64,
}

impl From<Interaction> for InteractionDto {
    fn from(i: Interaction) -> Self {
        Self {
            id: i.id,
            customer_id: i.customer_id,
            customer_name: i.customer_name,
            author_id: i.author_id,
            author_name: i.author_name,
            kind: i.kind.as_str().to_owned(),
            life_event: i.life_event.map(|e| e.as_str().to_owned()),
            note: i.note,
            happened_at: i.happened_at,
            follow_up_at: i.follow_up_at,
            follow_up_done: i.follow_up_done,
            created_at: i.created_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RecordedInteraction {
    pub interaction: InteractionDto,
    /// For a life event: needs it usually brings that the customer's portrait lacks — a
    /// suggestion for the manager to confirm (by changing the profile), never added by itself.
    pub suggested_needs: Vec<String>,
}

impl From<Recorded> for RecordedInteraction {
    fn from(r: Recorded) -> Self {
        Self { interaction: r.interaction.into(), suggested_needs: r.suggested_needs }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InteractionPage {
    pub items: Vec<InteractionDto>,
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
}

impl From<Page<Interaction>> for InteractionPage {
    fn from(p: Page<Interaction>) -> Self {
        Self { items: p.items.into_iter().map(Into::into).collect(), total: p.total, page: p.page, per_page: p.per_page }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct FollowUpsQuery {
    /// From 1.
    #[param(schema_with = crate::http::request_limits::page)]
    pub page: Option<u64>,
    /// 1–500, default 50.
    #[param(schema_with = crate::http::request_limits::per_page)]
    pub per_page: Option<u64>,
    /// Only those due at or before this Unix second (e.g. the end of today).
    pub due_before: Option<i64>,
}
