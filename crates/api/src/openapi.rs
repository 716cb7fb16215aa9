//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.bearer_format = Some("JWT".into());
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Portrait API", description = "Customer portraits and relationship-manager assignment. Errors are always `{\"error\": code, \"message\": text}`."),
    paths(
        routes::auth::register, routes::auth::login, routes::auth::verify, routes::auth::logout,
        routes::health::health,
        routes::tags::list_tags, routes::tags::add_tag,
        routes::customers::list_customers, routes::customers::get_profile, routes::customers::update_profile,
        routes::managers::list_managers, routes::managers::get_profile, routes::managers::update_profile, routes::managers::manager_customers,
        routes::admin::audit_log, routes::dashboard::dashboard, routes::dashboard::stats, routes::dashboard::insights,
        routes::assignments::manual_assign, routes::assignments::unassign, routes::assignments::assignment_of, routes::assignments::classification,
        routes::runs::auto_assign, routes::runs::transfer, routes::runs::segmentation, routes::runs::list_runs, routes::runs::get_run,
        routes::runs::run_changes, routes::runs::commit_run, routes::runs::discard_run,
        routes::imports::import_customers, routes::imports::import_managers, routes::imports::list_imports, routes::imports::get_import,
        routes::exports::export_customers, routes::exports::export_managers, routes::exports::export_assignments,
        routes::users::set_password,
    ),
    components(schemas(crate::error::ErrorBody)),
    modifiers(&BearerAuth),
    security(("bearer" = [])),
    tags((name = "auth"), (name = "assignment"), (name = "customers"), (name = "managers"), (name = "admin"), (name = "exchange"), (name = "tags"), (name = "health"))
)]
pub struct ApiDoc;

/// The document as served at `/api/openapi.json`.
#[must_use]
pub fn document() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
    doc
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
