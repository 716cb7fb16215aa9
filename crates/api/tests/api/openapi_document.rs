//! The served OpenAPI document: every route and the bearer scheme, every response
//! described, public operations without a token, and the web app's copy current.

use crate::helpers::{Backend, spawn_app};

#[actix_web::test]
async fn the_openapi_document_describes_every_route_and_the_bearer_scheme() {
    let app = spawn_app(Backend::Sqlite).await;
    let reply = app.request("GET", "/api/openapi.json", None, None).await;
    assert_eq!(reply.status, 200);
    assert!(reply.body["openapi"].as_str().is_some_and(|v| v.starts_with("3.1")));
    for path in [
        "/api/auth/register",
        "/api/auth/login",
        "/api/auth/verify",
        "/api/auth/logout",
        "/api/health",
        "/api/tags",
        "/api/customers",
        "/api/customers/{id}/profile",
        "/api/managers",
        "/api/managers/{id}/profile",
        "/api/managers/{id}/customers",
        "/api/managers/{id}/stats",
        "/api/health/live",
        "/api/health/ready",
        "/api/admin/dashboard",
        "/api/admin/stats",
        "/api/admin/analytics/personas",
        "/api/admin/analytics/scores",
        "/api/admin/analytics/trend",
        "/api/admin/analytics/projection",
        "/api/admin/analytics/capability-gaps",
    ] {
        assert!(reply.body["paths"][path].is_object(), "{path} missing");
    }
    assert_eq!(reply.body["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
    assert!(reply.body["components"]["schemas"]["ErrorBody"].is_object());
    let docs = app.request("GET", "/api/docs/", None, None).await;
    assert_eq!(docs.status, 200);
    assert!(docs.text.contains("swagger"), "the docs page is served locally");
    let bare = app.request("GET", "/api/docs", None, None).await;
    // The client follows the redirect, as a browser does.
    assert!(bare.status == 200 && bare.text.contains("swagger"), "the README's link /api/docs answers: {}", bare.status);
    app.cleanup().await;
}

#[actix_web::test]
async fn every_response_is_described_and_public_operations_need_no_token() {
    // OpenAPI requires a description on every response; generators refuse a document without.
    let app = spawn_app(Backend::Sqlite).await;
    let doc = app.request("GET", "/api/openapi.json", None, None).await.body;
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            operations += 1;
            for (status, response) in op["responses"].as_object().into_iter().flatten() {
                let described = response["description"].as_str().is_some_and(|d| !d.is_empty());
                assert!(described, "{method} {path} {status} has no description");
            }
            if let Some(security) = op["security"].as_array() {
                // `[{}]` alone reads as "authenticated with nothing"; `[{}, {bearer}]` is "optional".
                let only_empty = security.len() == 1 && security[0].as_object().is_some_and(serde_json::Map::is_empty);
                assert!(!only_empty, "{method} {path}: public is `[]`, not `[{{}}]`");
            }
        }
    }
    assert!(operations > 40);
    // Response fields are always sent (null when empty), request fields may be left out.
    for (name, schema) in doc["components"]["schemas"].as_object().into_iter().flatten() {
        let required: Vec<&str> = schema["required"].as_array().into_iter().flatten().filter_map(|v| v.as_str()).collect();
        for property in schema["properties"].as_object().into_iter().flatten().map(|(k, _)| k.as_str()) {
            if name.ends_with("Request") || name.ends_with("Update") {
                continue;
            }
            let expected = (name.as_str(), property) != ("ErrorBody", "field");
            assert_eq!(required.contains(&property), expected, "{name}.{property}");
        }
    }
    let update = &doc["components"]["schemas"]["CustomerProfileUpdate"];
    assert!(update["required"].as_array().is_none_or(|r| !r.iter().any(|v| v == "age")), "a profile update may leave age out");
    for path in ["/api/auth/login", "/api/health"] {
        let op = doc["paths"][path].as_object().and_then(|item| item.values().next()).cloned().unwrap_or_default();
        assert_eq!(op["security"], serde_json::json!([]), "{path} is public");
    }
    app.cleanup().await;
}

#[actix_web::test]
async fn the_web_apps_copy_of_the_openapi_document_is_current() {
    // The web app's types are generated from web/openapi.json: `just gen-api` refreshes it.
    let app = spawn_app(Backend::Sqlite).await;
    let served = app.request("GET", "/api/openapi.json", None, None).await.body;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/openapi.json");
    let committed: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default()).unwrap_or_default();
    assert!(committed == served, "web/openapi.json is stale: run `just gen-api` with a server on :8090");
    app.cleanup().await;
}
