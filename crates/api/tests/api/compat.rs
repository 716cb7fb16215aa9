//! The original system's clients, as far as this release keeps them working (see
//! docs/migrating.md): its health check, its manual assignment without a reason, and the
//! `msg` key it read in every error.

use serde_json::json;

use crate::each_backend;

each_backend! {
    async fn the_original_health_check_at_slash_health_answers(app) {
        let reply = app.request("GET", "/health", None, None).await;
        assert_eq!((reply.status, reply.body["status"].as_str()), (200, Some("ok")), "{}", reply.text);
    }
}

each_backend! {
    async fn a_manual_assignment_without_a_reason_is_recorded_as_such(app) {
        let (admin, _) = app.login_as("admin").await;
        let customer = app.user_id("customer5").await;
        let manager = app.user_id("manager2").await;
        let reply = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": customer, "manager_id": manager})).await;
        assert_eq!(reply.status, 200, "the original's body: {}", reply.text);
        let notes = app.number(&format!("SELECT COUNT(*) FROM match_history WHERE customer_id = {customer} AND note = 'no reason given'")).await;
        assert_eq!(notes, 1, "the history says no reason was given");
        let blank = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": customer, "manager_id": manager, "reason": " "})).await;
        assert_eq!(blank.body["error"], "reason_required", "a reason sent blank is still refused");
    }
}

each_backend! {
    async fn every_error_also_carries_the_original_msg_key(app) {
        let (admin, _) = app.login_as("admin").await;
        let replies = [
            app.login("admin", "wrong").await,
            app.get("/api/customers/999999/profile", &admin).await,
            app.request("GET", "/api/no-such-route", None, None).await,
            app.request("DELETE", "/api/customers", Some(&admin), None).await,
        ];
        for reply in replies {
            assert!(reply.status >= 400, "{}", reply.text);
            assert_eq!(reply.body["msg"], reply.body["message"], "{}", reply.text);
            assert!(reply.body["msg"].as_str().is_some_and(|m| !m.is_empty()), "{}", reply.text);
        }
    }
}
