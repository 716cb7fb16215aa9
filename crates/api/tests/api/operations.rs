//! Probes and metrics as an orchestrator and Prometheus see them.

use serde_json::json;

use crate::each_backend;

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
