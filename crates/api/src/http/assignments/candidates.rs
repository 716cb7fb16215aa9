//! `GET /api/customers/{id}/candidates`: the managers who would fit a customer, and why each
//! could or could not take them now.

use actix_web::{HttpResponse, get, web};
use portrait_domain::services::matching::candidates::{Availability, Candidate, Candidates};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::state::AppState;

const DEFAULT_CANDIDATES: u64 = 10;

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CandidatesQuery {
    /// How many managers, 1–50 (default 10).
    #[param(schema_with = crate::http::request_limits::candidates_limit)]
    pub limit: Option<u64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CandidateDto {
    pub manager_id: i64,
    pub username: String,
    pub name: String,
    pub unit_id: i64,
    pub unit_code: String,
    pub unit_name: String,
    /// Matched needs plus matched hobbies, as runs score the pair.
    pub score: u32,
    pub needs_match: u32,
    pub hobbies_match: u32,
    pub matched_needs: Vec<String>,
    pub matched_hobbies: Vec<String>,
    pub capacity: u32,
    pub customer_count: u64,
    /// Seats left (0 when full or over capacity).
    pub seats_left: u32,
    /// current, available, full (only an override places the customer), not_taking_customers
    /// (on leave or deactivated).
    #[schema(schema_with = crate::http::closed_sets::one_of::<Availability>)]
    pub availability: String,
}

impl From<Candidate> for CandidateDto {
    fn from(c: Candidate) -> Self {
        let m = c.manager;
        Self {
            manager_id: m.user_id,
            username: m.username,
            name: m.name,
            unit_id: m.unit.id,
            unit_code: m.unit.code,
            unit_name: m.unit.name,
            score: c.score.total,
            needs_match: c.score.needs_match,
            hobbies_match: c.score.hobbies_match,
            matched_needs: c.score.matched_needs,
            matched_hobbies: c.score.matched_hobbies,
            capacity: m.capacity,
            customer_count: m.customer_count,
            seats_left: c.seats_left,
            availability: c.availability.as_str().to_owned(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CandidatesResponse {
    pub customer_id: i64,
    pub current_manager_id: Option<i64>,
    /// The current pair's score; null without a manager.
    pub current_score: Option<u32>,
    /// How many managers were scored: an admin's part of the organisation, or the customer's
    /// branch for their manager.
    pub considered: u64,
    /// Best score first (then who can take the customer now, then seats left); the current
    /// manager is always among them.
    pub candidates: Vec<CandidateDto>,
}

impl From<Candidates> for CandidatesResponse {
    fn from(c: Candidates) -> Self {
        Self {
            customer_id: c.customer_id,
            current_manager_id: c.current_manager_id,
            current_score: c.current_score,
            considered: c.considered,
            candidates: c.candidates.into_iter().map(Into::into).collect(),
        }
    }
}

/// The managers who would fit this customer best, with the score's parts, seats left and
/// availability (admins over the customer's unit, and the customer's own manager).
#[utoipa::path(tag = "customers", params(("id" = i64, Path), CandidatesQuery),
    responses((status = 200, body = CandidatesResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody, description = "invalid_limit")),
    security(("bearer" = [])))]
#[get("/api/customers/{id}/candidates")]
pub async fn candidates(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    query: web::Query<CandidatesQuery>,
) -> ApiResult<HttpResponse> {
    let found = state.matching.candidates(caller.actor, id.into_inner(), query.limit.unwrap_or(DEFAULT_CANDIDATES)).await?;
    Ok(HttpResponse::Ok().json(CandidatesResponse::from(found)))
}
