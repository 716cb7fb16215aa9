//! The audit log answers "who changed this customer, when and why" by its filters — actor,
//! action (or its start), target, time — with the accounts' names beside their ids.

use serde_json::{Value, json};

use crate::each_backend;

fn items(body: &Value) -> Vec<Value> {
    body["items"].as_array().cloned().unwrap_or_default()
}

each_backend! {
    async fn the_audit_log_filters_by_actor_action_target_and_time_and_names_the_accounts(app) {
        let (admin, admin_id) = app.login_as("admin").await;
        let customer = app.user_id("customer1").await;
        let manager = app.user_id("manager1").await;
        assert_eq!(app.put(&format!("/api/customers/{customer}/profile"), &admin, json!({"age": 45})).await.status, 200);
        let assign = json!({"customer_id": customer, "manager_id": manager, "reason": "knows the family"});
        assert_eq!(app.post("/api/admin/manual-assign", &admin, assign).await.status, 200);
        let about = app.get(&format!("/api/admin/audit-log?target=user:{customer}"), &admin).await;
        assert_eq!(about.status, 200, "{}", about.text);
        let entries = items(&about.body);
        let actions: Vec<&str> = entries.iter().filter_map(|i| i["action"].as_str()).map(|a| if a.starts_with("assignment.") { "assignment" } else { a }).collect();
        assert_eq!(actions, ["assignment", "customer.profile_update"], "newest first: {}", about.text);
        let latest = &items(&about.body)[0];
        assert_eq!((latest["actor"]["username"].as_str(), latest["target_account"]["username"].as_str()), (Some("admin"), Some("customer1")), "{latest}");
        assert!(latest["after"]["note"].as_str().is_some_and(|n| n.contains("knows the family")), "why: {latest}");
        let runs = app.get("/api/admin/audit-log?action=assignment.&per_page=500", &admin).await;
        assert!(!items(&runs.body).is_empty() && items(&runs.body).iter().all(|i| i["action"].as_str().is_some_and(|a| a.starts_with("assignment."))), "{}", runs.text);
        let literal = app.get("/api/admin/audit-log?action=%25", &admin).await;
        assert_eq!(literal.body["total"].as_u64(), Some(0), "a % is a character, not a wildcard: {}", literal.text);
        let by_admin = app.get(&format!("/api/admin/audit-log?actor_id={admin_id}&per_page=500"), &admin).await;
        let expected = app.number(&format!("SELECT COUNT(*) FROM audit_log WHERE actor_id = {admin_id}")).await;
        assert_eq!(by_admin.body["total"].as_i64(), Some(expected), "{}", by_admin.text);
        assert!(items(&by_admin.body).iter().all(|i| i["actor_id"].as_i64() == Some(admin_id)));
        let newest = app.number("SELECT MAX(created_at) FROM audit_log").await;
        let window = app.get(&format!("/api/admin/audit-log?from={newest}&to={newest}"), &admin).await;
        let in_window = app.number(&format!("SELECT COUNT(*) FROM audit_log WHERE created_at = {newest}")).await;
        assert_eq!(window.body["total"].as_i64(), Some(in_window), "both ends inclusive: {}", window.text);
        for (query, status, code) in [
            ("from=20&to=10", 422, "invalid_range"),
            ("from=yesterday", 400, "invalid_query"),
            ("actor=1", 400, "invalid_query"),
            ("per_page=501", 422, "invalid_per_page"),
        ] {
            let reply = app.get(&format!("/api/admin/audit-log?{query}"), &admin).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (status, Some(code)), "{query}: {}", reply.text);
        }
    }
}
