//! The relationship record: contacts and life events on a customer's timeline, follow-ups
//! due, and a customer's request to be contacted.

pub mod dto;

use actix_web::{HttpResponse, get, post, web};
use portrait_domain::relationship::InteractionInput;

use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::paging::PageQuery;
use crate::http::relationship::dto::{
    ContactMeRequest, FollowUpsQuery, InteractionDto, InteractionPage, NewInteractionRequest, RecordedInteraction,
};
use crate::state::AppState;

/// Record a call, meeting, message, visit or life event with a customer, and optionally when
/// to follow up (the customer's manager, admins over the customer).
#[utoipa::path(tag = "customers", params(("id" = i64, Path)), request_body = NewInteractionRequest,
    responses((status = 201, body = RecordedInteraction), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody, description = "invalid_interaction")),
    security(("bearer" = [])))]
#[post("/api/customers/{id}/interactions")]
pub async fn record_interaction(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    body: web::Json<NewInteractionRequest>,
) -> ApiResult<HttpResponse> {
    let b = body.into_inner();
    let input =
        InteractionInput { kind: b.kind, life_event: b.life_event, note: b.note, happened_at: b.happened_at, follow_up_at: b.follow_up_at };
    let recorded = state.relationship.record(caller.actor, id.into_inner(), &input).await?;
    Ok(HttpResponse::Created().json(RecordedInteraction::from(recorded)))
}

/// A customer's relationship record, newest first (the customer's manager, admins over them).
#[utoipa::path(tag = "customers", params(("id" = i64, Path), PageQuery),
    responses((status = 200, body = InteractionPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/customers/{id}/interactions")]
pub async fn customer_interactions(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    query: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let page = state.relationship.timeline(caller.actor, id.into_inner(), query.page.unwrap_or(1), query.per_page.unwrap_or(50)).await?;
    Ok(HttpResponse::Ok().json(InteractionPage::from(page)))
}

/// Open follow-ups, soonest first: a manager's for their customers (contact requests
/// included), an admin's for their part of the organisation.
#[utoipa::path(tag = "managers", params(FollowUpsQuery),
    responses((status = 200, body = InteractionPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[get("/api/follow-ups")]
pub async fn follow_ups(state: web::Data<AppState>, caller: Caller, query: web::Query<FollowUpsQuery>) -> ApiResult<HttpResponse> {
    let q = query.into_inner();
    let page = state.relationship.follow_ups(caller.actor, q.due_before, q.page.unwrap_or(1), q.per_page.unwrap_or(50)).await?;
    Ok(HttpResponse::Ok().json(InteractionPage::from(page)))
}

/// Mark a follow-up done; done again, it stays done (the customer's manager, admins over them).
#[utoipa::path(tag = "managers", params(("id" = i64, Path, description = "the interaction's id")),
    responses((status = 200, body = InteractionDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody, description = "no such entry, or it has no follow-up")),
    security(("bearer" = [])))]
#[post("/api/interactions/{id}/done")]
pub async fn complete_follow_up(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(InteractionDto::from(state.relationship.complete(caller.actor, id.into_inner()).await?)))
}

/// Ask to be contacted (customers): it appears at once in the manager's follow-ups. While a
/// request is open, asking again returns it (200) instead of making another (201).
#[utoipa::path(tag = "customers", request_body = ContactMeRequest,
    responses((status = 201, body = InteractionDto), (status = 200, body = InteractionDto, description = "the request already open"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "invalid_interaction")),
    security(("bearer" = [])))]
#[post("/api/me/contact-request")]
pub async fn request_contact(state: web::Data<AppState>, caller: Caller, body: web::Json<ContactMeRequest>) -> ApiResult<HttpResponse> {
    let (entry, created) = state.relationship.request_contact(caller.actor, body.note.as_deref()).await?;
    let mut reply = if created { HttpResponse::Created() } else { HttpResponse::Ok() };
    Ok(reply.json(InteractionDto::from(entry)))
}
