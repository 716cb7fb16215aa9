//! `/api/tags`: the needs and hobbies vocabularies.

pub mod dto;

use actix_web::{HttpResponse, get, post, web};
use portrait_domain::DomainError;
use portrait_domain::ErrorCode;
use portrait_domain::tags::{TagKind, Vocabulary};

use crate::http::error::{ApiResult, ErrorBody};
use crate::http::identity::Caller;
use crate::http::tags::dto::{AddTagRequest, TagsResponse};
use crate::state::AppState;

fn to_dto(v: Vocabulary) -> TagsResponse {
    TagsResponse { capabilities: v.needs.clone(), needs: v.needs, hobbies: v.hobbies }
}

/// The tag vocabularies, in order.
#[utoipa::path(tag = "tags", responses((status = 200, body = TagsResponse), (status = 401, body = ErrorBody)), security(("bearer" = [])))]
#[get("/api/tags")]
pub async fn list_tags(state: web::Data<AppState>, _caller: Caller) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(to_dto(state.profiles.vocabulary().await?)))
}

/// Add a tag to a vocabulary (admins).
#[utoipa::path(tag = "tags", request_body = AddTagRequest,
    responses((status = 201, body = TagsResponse), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
#[post("/api/tags")]
pub async fn add_tag(state: web::Data<AppState>, caller: Caller, body: web::Json<AddTagRequest>) -> ApiResult<HttpResponse> {
    let kind = TagKind::parse(&body.kind)
        .ok_or_else(|| DomainError::validation("kind", ErrorCode::InvalidTagKind, "kind must be need or hobby"))?;
    let vocabulary = state.profiles.add_tag(caller.actor, kind, &body.name).await?;
    Ok(HttpResponse::Created().json(to_dto(vocabulary)))
}
