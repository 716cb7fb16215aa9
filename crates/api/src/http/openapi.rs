//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
use utoipa::{Modify, OpenApi};

use crate::http;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.bearer_format = Some("JWT".into());
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

/// Documents the errors every operation can answer with, so clients (and the fuzzer) find each
/// status in the document: 400 malformed input, 401/403 on secured operations, 413/415 with
/// a body, 422 invalid values, 503 while the database is unavailable.
struct CommonErrors;

/// What a status means where an operation's annotation says no more; OpenAPI requires every
/// response to have a description, and generators refuse a document without.
fn default_description(status: &str) -> &'static str {
    match status {
        "200" => "Done: the result.",
        "201" => "Created: the new resource.",
        "202" => "Accepted and still running: follow it by its id.",
        "204" => "Done; nothing to return.",
        "404" => "No such resource.",
        "409" => "Conflicts with the current state (`error` says how); nothing was changed.",
        "429" => "Too many attempts; try again after `Retry-After` seconds.",
        _ => "See `error` and `message` in the body.",
    }
}

impl Modify for CommonErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let public = SecurityRequirement::default();
        for item in openapi.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.post, &mut item.put, &mut item.delete].into_iter().flatten() {
                let secured = op.security.as_ref().is_none_or(|list| list.iter().any(|r| *r != public));
                if !secured {
                    // `security(())` renders as `[{}]` ("an empty requirement"), which generators
                    // read as "authenticated, with nothing"; `[]` says "no authentication".
                    op.security = Some(Vec::new());
                }
                for (status, response) in &mut op.responses.responses {
                    if let utoipa::openapi::RefOr::T(response) = response
                        && response.description.is_empty()
                    {
                        response.description = default_description(status).to_owned();
                    }
                }
                let mut add = |status: &str, description: &str| {
                    let body = ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build();
                    let response = ResponseBuilder::new().description(description).content("application/json", body).build();
                    op.responses.responses.entry(status.to_owned()).or_insert_with(|| response.into());
                };
                add("400", "Malformed request: bad JSON, unknown or unparsable query or path values (`error` says which).");
                add("422", "A value is out of range or not allowed (`error` is the stable code, `field` the input).");
                add("503", "The database is unavailable; retry after `Retry-After` seconds.");
                if secured {
                    add("401", "No token, or an expired, revoked or invalid one.");
                    add("403", "The caller may not do this.");
                }
                if op.request_body.is_some() {
                    add("413", "The body is larger than the server accepts.");
                    add("415", "The body's Content-Type is not one the request body lists.");
                }
            }
        }
    }
}

/// What generators and readers need besides the schemas: a short summary and the whole text
/// as the description of every operation (utoipa puts a doc comment's first paragraph, however
/// long, into `summary`), the headers every response carries, and `Retry-After` where sent.
struct Described;

/// The first sentence of an operation's text, as its summary.
fn first_sentence(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.find(". ") {
        Some(end) => flat[..=end].trim_end().to_owned(),
        None => flat,
    }
}

fn string_header(description: &str) -> utoipa::openapi::header::Header {
    let schema = utoipa::openapi::schema::ObjectBuilder::new().schema_type(utoipa::openapi::schema::Type::String);
    utoipa::openapi::header::HeaderBuilder::new().schema(Some(schema)).description(Some(description)).build()
}

impl Modify for Described {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.post, &mut item.put, &mut item.delete].into_iter().flatten() {
                if op.description.is_none()
                    && let Some(text) = op.summary.take()
                {
                    op.summary = Some(first_sentence(&text));
                    op.description = Some(text);
                }
                for (status, response) in &mut op.responses.responses {
                    let utoipa::openapi::RefOr::T(response) = response else { continue };
                    response.headers.entry("X-Request-Id".to_owned()).or_insert_with(|| {
                        string_header("The request's id, as in the server's log (an incoming `X-Request-Id` is kept).").into()
                    });
                    if status == "429" || status == "503" {
                        response
                            .headers
                            .entry("Retry-After".to_owned())
                            .or_insert_with(|| string_header("Seconds to wait before sending the request again.").into());
                    }
                }
            }
        }
        openapi.servers =
            Some(vec![utoipa::openapi::ServerBuilder::new().url("/").description(Some("the server that serves this document")).build()]);
    }
}

/// Every field of a response is sent, `null` when empty (no DTO skips one but
/// `ErrorBody.field`), so every property of a response schema is `required`: a generated
/// client then sees `T | null`, not `T | null | unset`. Request bodies keep their optional
/// fields optional.
struct AlwaysSent;

/// The one response field that is left out when empty.
const OMITTED_WHEN_EMPTY: (&str, &str) = ("ErrorBody", "field");

impl Modify for AlwaysSent {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{RefOr, Schema};
        let mut requests = std::collections::HashSet::new();
        for item in openapi.paths.paths.values() {
            for op in [&item.get, &item.post, &item.put, &item.delete].into_iter().flatten() {
                let bodies = op.request_body.iter().filter_map(|body| if let RefOr::T(body) = body { Some(body) } else { None });
                let contents = bodies.flat_map(|body| body.content.values());
                for content in contents {
                    if let RefOr::T(content) = content
                        && let Some(RefOr::Ref(reference)) = &content.schema
                    {
                        requests.insert(reference.ref_location.rsplit('/').next().unwrap_or_default().to_owned());
                    }
                }
            }
        }
        let Some(components) = openapi.components.as_mut() else { return };
        for (name, schema) in &mut components.schemas {
            if requests.contains(name) {
                continue;
            }
            if let RefOr::T(Schema::Object(object)) = schema {
                for property in object.properties.keys() {
                    if (name.as_str(), property.as_str()) != OMITTED_WHEN_EMPTY && !object.required.contains(property) {
                        object.required.push(property.clone());
                    }
                }
            }
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Portrait API", description = "Customer portraits and relationship-manager assignment. Errors are always `{\"error\": code, \"message\": text}`."),
    components(schemas(crate::http::error::ErrorBody)),
    security(("bearer" = [])),
    tags(
        (name = "auth", description = "Registration, login, token checks and logout."),
        (name = "assignment", description = "Assignment runs (preview, commit, discard), manual changes, transfers and segmentation."),
        (name = "customers", description = "Customer lists, profiles, insights and assignments."),
        (name = "managers", description = "Relationship managers: lists, profiles, books and their statistics."),
        (name = "admin", description = "The admins' views: dashboard, statistics, analytics, audit log, passwords."),
        (name = "exchange", description = "CSV imports (background jobs with reports) and exports."),
        (name = "organisation", description = "The bank's units: head office, branches and sub-branches."),
        (name = "tags", description = "The needs and hobbies vocabularies."),
        (name = "health", description = "Liveness, readiness and the original system's health check."),
    )
)]
pub struct ApiDoc;

/// The document as served at `/api/openapi.json`: the operations are collected from the one
/// route list ([`http::configure`]), then described as a whole (the modifiers need every
/// path in place). Built once.
#[must_use]
pub fn document() -> &'static utoipa::openapi::OpenApi {
    static DOCUMENT: std::sync::LazyLock<utoipa::openapi::OpenApi> = std::sync::LazyLock::new(|| {
        use utoipa_actix_web::AppExt;
        let (_, mut doc) = actix_web::App::new().into_utoipa_app().openapi(ApiDoc::openapi()).configure(http::configure).split_for_parts();
        doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
        for modifier in [&BearerAuth as &dyn Modify, &CommonErrors, &AlwaysSent, &Described] {
            modifier.modify(&mut doc);
        }
        doc
    });
    &DOCUMENT
}

/// The methods the document lists for a concrete request path, to tell 405 from 404.
#[must_use]
pub fn methods_for(doc: &utoipa::openapi::OpenApi, path: &str) -> Vec<String> {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    for (template, item) in &doc.paths.paths {
        let parts: Vec<&str> = template.split('/').collect();
        let matches =
            parts.len() == segments.len() && parts.iter().zip(&segments).all(|(t, s)| (t.starts_with('{') && !s.is_empty()) || t == s);
        if matches {
            let mut methods = Vec::new();
            for (name, present) in [
                ("GET", item.get.is_some()),
                ("POST", item.post.is_some()),
                ("PUT", item.put.is_some()),
                ("DELETE", item.delete.is_some()),
                ("PATCH", item.patch.is_some()),
            ] {
                if present {
                    methods.push(name.to_owned());
                }
            }
            return methods;
        }
    }
    Vec::new()
}
