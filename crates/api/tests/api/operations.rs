//! Probes and metrics as an orchestrator and Prometheus see them.

use serde_json::json;

use crate::each_backend;
use crate::helpers::{Backend, spawn_app, spawn_app_with};

each_backend! {
    async fn liveness_and_readiness_answer_without_a_token(app) {
        let live = app.request("GET", "/api/health/live", None, None).await;
        assert_eq!((live.status, live.body["status"].as_str()), (200, Some("ok")));
        let ready = app.request("GET", "/api/health/ready", None, None).await;
        assert_eq!((ready.status, ready.body["database"].as_str()), (200, Some("ok")), "{}", ready.text);
    }
}

each_backend! {
    async fn a_server_with_pending_migrations_is_not_ready_but_alive(app) {
        sea_orm::ConnectionTrait::execute_unprepared(&app.store.db, "DELETE FROM seaql_migrations WHERE version = 'm20261130_000007_index_profile_changes'")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let ready = app.request("GET", "/api/health/ready", None, None).await;
        assert_eq!((ready.status, ready.body["database"].as_str()), (503, Some("migrations_pending")), "{}", ready.text);
        assert_eq!(app.request("GET", "/api/health/live", None, None).await.status, 200);
    }
}

each_backend! {
    async fn metrics_count_requests_by_route_pattern_and_runs_by_outcome(app) {
        let (customer, id) = app.login_as("customer1").await;
        assert_eq!(app.get(&format!("/api/customers/{id}/profile"), &customer).await.status, 200);
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.post("/api/admin/auto-assign", &admin, json!({})).await.status, 200);
        let metrics = app.request("GET", "/metrics", None, None).await;
        assert_eq!(metrics.status, 200);
        let text = metrics.text;
        assert!(text.contains(r#"portrait_http_requests_total{method="GET",route="/api/customers/{id}/profile",status="200"} 1"#), "{text}");
        assert!(!text.contains(&format!("/api/customers/{id}/profile")), "raw ids never become labels");
        assert!(text.contains(r#"portrait_http_request_duration_seconds_bucket{method="POST",route="/api/auth/login",status="200",le="+Inf"} 2"#), "{text}");
        assert!(text.contains(r#"portrait_db_pool_connections{state="max"}"#));
        assert!(text.contains(r#"portrait_assignment_runs_total{kind="auto",status="committed"} 1"#), "{text}");
        assert!(text.contains(r#"portrait_assignment_run_duration_seconds_count{kind="auto",status="committed"} 1"#));
    }
}

each_backend! {
    async fn a_migration_from_a_newer_release_keeps_an_older_server_ready(app) {
        sea_orm::ConnectionTrait::execute_unprepared(&app.store.db, "INSERT INTO seaql_migrations (version, applied_at) VALUES ('m20991231_000001_from_the_future', 0)")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(app.request("GET", "/api/health/ready", None, None).await.status, 200, "a rolling upgrade must not take old replicas out");
    }
}

#[actix_web::test]
async fn an_exhausted_connection_pool_answers_503_with_retry_after_and_recovers() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.database.max_connections = 1;
        s.database.acquire_timeout_secs = 1;
    })
    .await;
    let (token, id) = app.login_as("customer1").await;
    // Hold the pool's only connection, as a burst of slow requests would.
    let held = sea_orm::TransactionTrait::begin(&app.store.db).await.unwrap_or_else(|e| panic!("{e}"));
    let started = std::time::Instant::now();
    let reply = app.get(&format!("/api/customers/{id}/profile"), &token).await;
    assert_eq!((reply.status, reply.body["error"].as_str()), (503, Some("service_unavailable")), "{}", reply.text);
    assert!(reply.headers.contains_key("retry-after"));
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "answered within the acquire timeout, not hanging");
    held.rollback().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(app.get(&format!("/api/customers/{id}/profile"), &token).await.status, 200, "recovers once a connection is free");
    app.cleanup().await;
}

#[test]
fn a_database_that_drops_every_connection_gives_503_at_worst_and_the_server_recovers_by_itself() {
    let Ok(server) = std::env::var("PORTRAIT_TEST_POSTGRES_URL") else { return };
    actix_web::rt::System::new().block_on(async move {
        let app = spawn_app(Backend::Postgres).await;
        let (token, id) = app.login_as("customer1").await;
        let name = app.database_url.rsplit('/').next().unwrap_or_default().to_owned();
        let admin = sea_orm::Database::connect(&server).await.unwrap_or_else(|e| panic!("{e}"));
        let kill = format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
        sea_orm::ConnectionTrait::execute_unprepared(&admin, &kill).await.unwrap_or_else(|e| panic!("{e}"));
        let during = app.get(&format!("/api/customers/{id}/profile"), &token).await;
        assert!(during.status == 200 || during.status == 503, "never a 500: {} {}", during.status, during.text);
        let mut recovered = false;
        for _ in 0..20 {
            if app.get(&format!("/api/customers/{id}/profile"), &token).await.status == 200 {
                recovered = true;
                break;
            }
            actix_web::rt::time::sleep(std::time::Duration::from_millis(250)).await;
        }
        assert!(recovered, "the pool reconnects without a restart");
        admin.close().await.ok();
        app.cleanup().await;
    });
}
