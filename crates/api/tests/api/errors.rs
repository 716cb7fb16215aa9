//! Every error is `{error, message}` JSON with the right status; security headers; CORS;
//! health.

use crate::each_backend;
use crate::helpers::{Backend, Payload, spawn_app, spawn_app_with};

#[actix_web::test]
async fn malformed_json_is_a_400_with_a_stable_code() {
    let app = spawn_app(Backend::Sqlite).await;
    let reply = app.raw("POST", "/api/auth/login", "application/json", b"{not json".to_vec()).await;
    assert_eq!(reply.status, 400);
    assert_eq!(reply.body["error"], "malformed_json");
    assert!(reply.body["message"].as_str().is_some());
    app.cleanup().await;
}

#[actix_web::test]
async fn a_null_body_wrong_types_and_missing_fields_are_client_errors() {
    let app = spawn_app(Backend::Sqlite).await;
    for body in [&b"null"[..], br#"{"username": 5, "password": "x"}"#, br#"{"username": "a"}"#, br#"[]"#] {
        let reply = app.raw("POST", "/api/auth/login", "application/json", body.to_vec()).await;
        assert!(matches!(reply.status, 400 | 422), "{}: {}", String::from_utf8_lossy(body), reply.text);
        assert!(reply.body["error"].as_str().is_some(), "{}", reply.text);
    }
    app.cleanup().await;
}

#[actix_web::test]
async fn unknown_fields_in_a_body_are_refused() {
    let app = spawn_app(Backend::Sqlite).await;
    let reply = app.raw("POST", "/api/auth/login", "application/json", br#"{"username":"a","password":"b","admin":true}"#.to_vec()).await;
    assert_eq!(reply.status, 422, "{}", reply.text);
    app.cleanup().await;
}

#[actix_web::test]
async fn an_unknown_route_is_a_json_404() {
    let app = spawn_app(Backend::Sqlite).await;
    let reply = app.request("GET", "/api/nothing-here", None, None).await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.body["error"], "not_found");
    app.cleanup().await;
}

#[actix_web::test]
async fn a_wrong_method_is_a_json_405_with_allow() {
    let app = spawn_app(Backend::Sqlite).await;
    let reply = app.request("DELETE", "/api/auth/login", None, None).await;
    assert_eq!(reply.status, 405);
    assert_eq!(reply.body["error"], "method_not_allowed");
    assert_eq!(reply.headers.get("allow").and_then(|v| v.to_str().ok()), Some("POST"));
    let profile = app.request("POST", "/api/customers/5/profile", None, None).await;
    assert_eq!(profile.status, 405);
    app.cleanup().await;
}

#[actix_web::test]
async fn a_body_over_the_limit_is_a_413() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.server.body_limit_bytes = 1024).await;
    let big = format!(r#"{{"username":"{}","password":"x"}}"#, "a".repeat(4096));
    let reply = app.raw("POST", "/api/auth/login", "application/json", big.into_bytes()).await;
    assert_eq!(reply.status, 413, "{}", reply.text);
    assert_eq!(reply.body["error"], "payload_too_large");
    app.cleanup().await;
}

#[actix_web::test]
async fn a_one_mebibyte_body_is_the_default_limit() {
    let app = spawn_app(Backend::Sqlite).await;
    let big = format!(r#"{{"username":"{}","password":"x"}}"#, "a".repeat(1_100_000));
    let reply = app.raw("POST", "/api/auth/login", "application/json", big.into_bytes()).await;
    assert_eq!(reply.status, 413);
    app.cleanup().await;
}

#[actix_web::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app(Backend::Sqlite).await;
    for path in ["/api/health", "/api/nothing"] {
        let reply = app.request("GET", path, None, None).await;
        let header = |name: &str| reply.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        assert_eq!(header("x-content-type-options").as_deref(), Some("nosniff"), "{path}");
        assert_eq!(header("x-frame-options").as_deref(), Some("DENY"), "{path}");
        assert_eq!(header("referrer-policy").as_deref(), Some("no-referrer"), "{path}");
        assert!(header("x-request-id").is_some(), "{path}");
    }
    app.cleanup().await;
}

#[actix_web::test]
async fn cross_origin_calls_get_no_cors_grant_by_default_and_one_from_the_allow_list() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.server.cors_origins = vec!["https://portal.bank.example".into()]).await;
    let client = awc::Client::default();
    for (origin, allowed) in [("https://evil.example", false), ("https://portal.bank.example", true)] {
        let res = client.get(format!("{}/api/health", app.address)).insert_header(("Origin", origin)).send().await;
        let granted =
            res.ok().and_then(|r| r.headers().get("access-control-allow-origin").map(|v| v.to_str().unwrap_or_default().to_owned()));
        assert_eq!(granted.as_deref() == Some(origin), allowed, "{origin}");
    }
    app.cleanup().await;
}

each_backend! {
    async fn health_pings_the_database(app) {
        let reply = app.request("GET", "/api/health", None, None).await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.body["status"], "ok");
        assert_eq!(reply.body["database"], "ok");
        assert_eq!(reply.body["version"], env!("CARGO_PKG_VERSION"));
    }
}

each_backend! {
    async fn a_page_beyond_any_list_is_refused_not_a_crash(app) {
        let (admin, _) = app.login_as("admin").await;
        for path in ["/api/customers", "/api/managers", "/api/admin/audit-log", "/api/admin/assignment-runs", "/api/admin/imports"] {
            let reply = app.get(&format!("{path}?page=9223372036854775807"), &admin).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (422, Some("invalid_page")), "{path}: {}", reply.text);
        }
        assert_eq!(app.get("/api/customers?page=1000000000", &admin).await.status, 200, "the last page allowed is still answered");
    }
}

/// A built web app of one page, in a directory removed when dropped.
struct WebApp(std::path::PathBuf);

impl WebApp {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("portrait-web-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("web dir: {e}"));
        std::fs::write(dir.join("index.html"), "<!doctype html><title>Portrait</title>").unwrap_or_else(|e| panic!("index.html: {e}"));
        Self(dir)
    }
}

impl Drop for WebApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn with_the_web_app_served_a_wrong_method_is_still_a_json_405_with_allow() {
    actix_web::rt::System::new().block_on(async {
        for backend in crate::helpers::backends() {
            let web = WebApp::new();
            let static_dir = web.0.display().to_string();
            let app = spawn_app_with(backend, |s| s.server.static_dir = static_dir).await;
            let reply = app.request("DELETE", "/api/customers", None, None).await;
            assert_eq!(reply.status, 405, "{backend:?}: {}", reply.text);
            assert_eq!(reply.body["error"], "method_not_allowed", "{}", reply.text);
            assert!(reply.body["message"].as_str().is_some());
            assert_eq!(reply.headers.get("allow").and_then(|v| v.to_str().ok()), Some("GET"));
            let page = app.request("POST", "/login", None, None).await;
            assert_eq!((page.status, page.body["error"].as_str()), (405, Some("method_not_allowed")), "{}", page.text);
            assert_eq!(page.headers.get("allow").and_then(|v| v.to_str().ok()), Some("GET, HEAD"));
            let missing = app.request("GET", "/api/nothing-here", None, None).await;
            assert_eq!((missing.status, missing.body["error"].as_str()), (404, Some("not_found")), "{}", missing.text);
            let index = app.request("GET", "/runs/5", None, None).await;
            assert!(index.status == 200 && index.text.contains("<title>Portrait</title>"), "client routes get the web app");
            app.cleanup().await;
        }
    });
}

#[test]
fn a_refused_cors_preflight_answers_json() {
    actix_web::rt::System::new().block_on(async {
        for backend in crate::helpers::backends() {
            let app = spawn_app_with(backend, |s| s.server.cors_origins = vec!["https://portal.bank.example".into()]).await;
            let preflight = |origin: &str| {
                crate::helpers::client()
                    .request(actix_web::http::Method::OPTIONS, format!("{}/api/customers", app.address))
                    .insert_header(("Origin", origin.to_owned()))
                    .insert_header(("Access-Control-Request-Method", "GET"))
            };
            let refused = crate::helpers::send(preflight("https://evil.example"), Payload::Empty).await;
            assert_eq!(refused.status, 400, "{backend:?}: {}", refused.text);
            assert_eq!(refused.body["error"], "cors_not_allowed", "{}", refused.text);
            assert!(refused.body["message"].as_str().is_some_and(|m| m.contains("not allowed")), "{}", refused.text);
            assert!(refused.headers.get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("application/json")));
            let allowed = crate::helpers::send(preflight("https://portal.bank.example"), Payload::Empty).await;
            assert_eq!(allowed.status, 200, "{}", allowed.text);
            assert_eq!(
                allowed.headers.get("access-control-allow-origin").and_then(|v| v.to_str().ok()),
                Some("https://portal.bank.example")
            );
            app.cleanup().await;
        }
    });
}

each_backend! {
    async fn responses_with_personal_data_are_never_stored_and_the_api_description_may_be(app) {
        let (admin, _) = app.login_as("admin").await;
        let (customer, customer_id) = app.login_as("customer1").await;
        let manager_id = app.user_id("manager1").await;
        let no_store = |reply: &crate::helpers::Reply| reply.headers.get("cache-control").and_then(|v| v.to_str().ok()) == Some("no-store");
        for (path, token) in [
            (format!("/api/customers/{customer_id}/profile"), &customer),
            (format!("/api/customers/{customer_id}/insights"), &customer),
            ("/api/customers".to_owned(), &admin),
            ("/api/managers".to_owned(), &admin),
            (format!("/api/managers/{manager_id}/profile"), &admin),
            (format!("/api/managers/{manager_id}/customers"), &admin),
            ("/api/admin/audit-log".to_owned(), &admin),
            ("/api/admin/assignment-runs".to_owned(), &admin),
            ("/api/admin/imports".to_owned(), &admin),
            ("/api/admin/dashboard".to_owned(), &admin),
            ("/api/admin/export/customers.csv".to_owned(), &admin),
        ] {
            let reply = app.get(&path, token).await;
            assert_eq!(reply.status, 200, "{path}: {}", reply.text);
            assert!(no_store(&reply), "{path}: {:?}", reply.headers.get("cache-control"));
        }
        let refused = app.get(&format!("/api/customers/{customer_id}/profile"), "not-a-token").await;
        assert!(no_store(&refused), "errors too");
        let document = app.request("GET", "/api/openapi.json", None, None).await;
        assert!(!no_store(&document), "the API's description holds nothing about anyone");
    }
}
