//! A customer's candidate managers: ranked by the run's score, each with seats left and
//! whether they could take the customer now, for the admins over the customer and their manager.

use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::TestApp;
use crate::scoped_admin::{guangzhou_admin, members};

fn list(reply: &Value) -> Vec<Value> {
    reply["candidates"].as_array().cloned().unwrap_or_default()
}

async fn assigned(app: &TestApp, admin: &str, username: &str) -> (i64, i64) {
    assert_eq!(app.post("/api/admin/auto-assign", admin, json!({})).await.status, 200);
    let customer = app.user_id(username).await;
    (customer, app.number(&format!("SELECT manager_id FROM customer_profiles WHERE user_id = {customer}")).await)
}

each_backend! {
    async fn an_admin_sees_the_managers_who_fit_a_customer_best_first_with_their_current_one(app) {
        let (admin, _) = app.login_as("admin").await;
        let (customer, current) = assigned(&app, &admin, "customer1").await;
        let reply = app.get(&format!("/api/customers/{customer}/candidates?limit=3"), &admin).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let candidates = list(&reply.body);
        assert_eq!(candidates.len(), 3, "{}", reply.text);
        let scores: Vec<u64> = candidates.iter().filter_map(|c| c["score"].as_u64()).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]) || candidates[2]["availability"] == "current", "best first: {}", reply.text);
        assert_eq!(reply.body["considered"].as_i64(), Some(app.number("SELECT COUNT(*) FROM manager_profiles").await));
        assert_eq!(reply.body["current_manager_id"].as_i64(), Some(current));
        let mine = candidates.iter().find(|c| c["availability"] == "current").cloned().unwrap_or_default();
        assert_eq!(mine["manager_id"].as_i64(), Some(current), "the current manager is always listed: {}", reply.text);
        let explained = app.get(&format!("/api/customers/{customer}/assignment"), &admin).await;
        assert_eq!(reply.body["current_score"], explained.body["score"], "one scoring rule");
        assert_eq!(mine["score"], explained.body["score"]);
        for c in &candidates {
            let parts = c["needs_match"].as_u64().unwrap_or(99) + c["hobbies_match"].as_u64().unwrap_or(99);
            assert_eq!(c["score"].as_u64(), Some(parts), "{c}");
            assert_eq!(c["matched_needs"].as_array().map(Vec::len) as Option<usize>, c["needs_match"].as_u64().map(|n| n as usize));
        }
    }
}

each_backend! {
    async fn a_full_manager_and_one_on_leave_are_listed_with_why_they_cannot_take_the_customer(app) {
        let (admin, _) = app.login_as("admin").await;
        let customer = app.user_id("customer3").await;
        let (full, away) = (app.user_id("manager1").await, app.user_id("manager2").await);
        app.exec(&format!("UPDATE manager_profiles SET capacity = 0 WHERE user_id = {full}")).await;
        let leave = app.post(&format!("/api/admin/staff/{away}/departure"), &admin, json!({"status": "on_leave"})).await;
        assert!(leave.status < 300, "{}", leave.text);
        let reply = app.get(&format!("/api/customers/{customer}/candidates?limit=50"), &admin).await;
        let find = |id: i64| list(&reply.body).into_iter().find(|c| c["manager_id"].as_i64() == Some(id)).unwrap_or_default();
        assert_eq!((find(full)["availability"].as_str(), find(full)["seats_left"].as_u64()), (Some("full"), Some(0)), "{}", reply.text);
        assert_eq!(find(away)["availability"], "not_taking_customers", "{}", reply.text);
        assert!(list(&reply.body).iter().any(|c| c["availability"] == "available"));
    }
}

each_backend! {
    async fn only_the_customers_manager_and_the_admins_over_them_see_the_candidates(app) {
        let (admin, _) = app.login_as("admin").await;
        let (customer, current) = assigned(&app, &admin, "customer1").await;
        let username = crate::faults_support::text(&app, &format!("SELECT username FROM users WHERE id = {current}")).await;
        let (manager, _) = app.login_as(&username).await;
        let own = app.get(&format!("/api/customers/{customer}/candidates"), &manager).await;
        assert_eq!(own.status, 200, "{}", own.text);
        let branch = members(&app, "manager", "GZ").await.len() as u64;
        assert_eq!(own.body["considered"].as_u64(), Some(branch), "their manager compares within the customer's branch: {}", own.text);
        let other = app.numbers(&format!("SELECT id FROM users WHERE role = 'manager' AND id <> {current} ORDER BY id")).await[0];
        let other_name = crate::faults_support::text(&app, &format!("SELECT username FROM users WHERE id = {other}")).await;
        let (stranger, _) = app.login_as(&other_name).await;
        let (own_customer, _) = app.login_as("customer1").await;
        let hz_customer = members(&app, "customer", "HZ").await[0];
        let gz_admin = guangzhou_admin(&app).await;
        for (token, id) in [(&stranger, customer), (&own_customer, customer), (&gz_admin, hz_customer)] {
            let reply = app.get(&format!("/api/customers/{id}/candidates"), token).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")), "{}", reply.text);
        }
        let gz = app.get(&format!("/api/customers/{customer}/candidates?limit=50"), &gz_admin).await;
        assert!(list(&gz.body).iter().all(|c| c["unit_code"].as_str().is_some_and(|u| u.starts_with("GZ"))), "{}", gz.text);
        for (query, status, code) in [("limit=0", 422, "invalid_limit"), ("limit=51", 422, "invalid_limit"), ("limit=x", 400, "invalid_query"), ("top=3", 400, "invalid_query")] {
            let reply = app.get(&format!("/api/customers/{customer}/candidates?{query}"), &admin).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (status, Some(code)), "{query}: {}", reply.text);
        }
        assert_eq!(app.get("/api/customers/987654/candidates", &admin).await.status, 404);
    }
}
