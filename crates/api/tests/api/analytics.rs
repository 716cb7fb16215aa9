//! Book analytics and a manager's own statistics, checked against a book whose answers are known.

use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::TestApp;

/// Bit positions in the default vocabularies (the order the original system listed them).
const SAVINGS: u32 = 0;
const INVESTMENT: u32 = 1;
const INSURANCE: u32 = 2;
const TRAVEL: u32 = 0;

async fn give_tags(app: &TestApp, kind: &str, user: i64, needs: &[(&str, u32)], hobbies: &[(&str, u32)]) {
    let mask = |tags: &[(&str, u32)]| tags.iter().map(|(_, bit)| 1i64 << bit).sum::<i64>();
    let (table, join, need_column) = if kind == "customer" {
        ("customer_profiles", "customer_tags", "needs_mask")
    } else {
        ("manager_profiles", "manager_tags", "capabilities_mask")
    };
    app.exec(&format!("UPDATE {table} SET {need_column} = {}, hobbies_mask = {} WHERE user_id = {user}", mask(needs), mask(hobbies))).await;
    for (tag_kind, tags) in [("need", needs), ("hobby", hobbies)] {
        for (name, _) in tags {
            app.exec(&format!(
                "INSERT INTO {join} (user_id, tag_id) SELECT {user}, id FROM tags WHERE kind = '{tag_kind}' AND name = '{name}'"
            ))
            .await;
        }
    }
}

/// manager1 offers savings + investment and likes travel; manager2 offers insurance; the rest
/// offer nothing. customer1 (savings, investment, travel) has manager1 at score 3, class D;
/// customer2 (savings, insurance) has manager1 at score 1, class E; customer3 (savings) has
/// no manager; everyone else has no tags and no manager.
async fn known_book(app: &TestApp) -> (i64, i64) {
    for sql in [
        "DELETE FROM customer_tags",
        "DELETE FROM manager_tags",
        "UPDATE customer_profiles SET needs_mask = 0, hobbies_mask = 0, manager_id = NULL, match_score = NULL, class = NULL",
        "UPDATE manager_profiles SET capabilities_mask = 0, hobbies_mask = 0",
    ] {
        app.exec(sql).await;
    }
    let (m1, m2) = (app.user_id("manager1").await, app.user_id("manager2").await);
    give_tags(app, "manager", m1, &[("savings", SAVINGS), ("investment", INVESTMENT)], &[("travel", TRAVEL)]).await;
    give_tags(app, "manager", m2, &[("insurance", INSURANCE)], &[]).await;
    let c1 = app.user_id("customer1").await;
    let c2 = app.user_id("customer2").await;
    let c3 = app.user_id("customer3").await;
    give_tags(app, "customer", c1, &[("savings", SAVINGS), ("investment", INVESTMENT)], &[("travel", TRAVEL)]).await;
    give_tags(app, "customer", c2, &[("savings", SAVINGS), ("insurance", INSURANCE)], &[]).await;
    give_tags(app, "customer", c3, &[("savings", SAVINGS)], &[]).await;
    for (customer, score, class) in [(c1, 3, "D"), (c2, 1, "E")] {
        app.exec(&format!(
            "UPDATE customer_profiles SET manager_id = {m1}, match_score = {score}, class = '{class}' WHERE user_id = {customer}"
        ))
        .await;
    }
    (m1, m2)
}

fn column(body: &Value, list: &str, field: &str) -> Vec<i64> {
    body[list].as_array().map(|l| l.iter().map(|b| b[field].as_i64().unwrap_or(-1)).collect()).unwrap_or_default()
}

each_backend! {
    async fn score_distribution_sets_current_scores_beside_the_best_possible(app) {
        known_book(&app).await;
        let (admin, _) = app.login_as("admin").await;
        let reply = app.get("/api/admin/analytics/scores", &admin).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let s = &reply.body;
        assert_eq!(column(s, "buckets", "score"), vec![0, 1, 2, 3]);
        assert_eq!(column(s, "buckets", "current"), vec![0, 1, 0, 1]);
        assert_eq!(column(s, "buckets", "best_possible"), vec![17, 2, 0, 1]);
        assert_eq!((s["assigned"].as_i64(), s["unassigned"].as_i64()), (Some(2), Some(18)));
        assert_eq!(s["mean_current"].as_f64(), Some(2.0));
        assert_eq!(s["mean_best_possible"].as_f64(), Some(0.25));
    }
}

each_backend! {
    async fn capability_gaps_set_demand_against_managers_and_free_capacity(app) {
        known_book(&app).await;
        let (admin, _) = app.login_as("admin").await;
        let reply = app.get("/api/admin/analytics/capability-gaps", &admin).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let need = |name: &str| reply.body["needs"].as_array().and_then(|l| l.iter().find(|n| n["need"] == name)).cloned().unwrap_or_default();
        let row = |name: &str| {
            let n = need(name);
            (n["customers"].as_i64(), n["served"].as_i64(), n["managers"].as_i64(), n["capacity_left"].as_i64())
        };
        assert_eq!(row("savings"), (Some(3), Some(2), Some(1), Some(48)));
        assert_eq!(row("investment"), (Some(1), Some(1), Some(1), Some(48)));
        assert_eq!(row("insurance"), (Some(1), Some(0), Some(1), Some(50)));
        assert_eq!(row("loan"), (Some(0), Some(0), Some(0), Some(0)));
        assert_eq!(reply.body["needs"].as_array().map(Vec::len), Some(9));
    }
}

each_backend! {
    async fn analytics_follow_a_change_to_the_book(app) {
        let (m1, _) = known_book(&app).await;
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.get("/api/admin/analytics/scores", &admin).await.body["assigned"], 2);
        let c3 = app.user_id("customer3").await;
        let assign = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": c3, "manager_id": m1, "reason": "test"})).await;
        assert_eq!(assign.status, 200, "{}", assign.text);
        let after = app.get("/api/admin/analytics/scores", &admin).await.body;
        assert_eq!(after["assigned"], 3);
        let gaps = app.get("/api/admin/analytics/capability-gaps", &admin).await.body;
        let savings = gaps["needs"].as_array().and_then(|l| l.iter().find(|n| n["need"] == "savings")).cloned().unwrap_or_default();
        assert_eq!((savings["served"].as_i64(), savings["capacity_left"].as_i64()), (Some(3), Some(47)));
    }
}

each_backend! {
    async fn the_projection_places_every_customer_of_a_small_book_with_segment_and_class(app) {
        known_book(&app).await;
        let (admin, _) = app.login_as("admin").await;
        let before = app.get("/api/admin/analytics/projection", &admin).await;
        assert_eq!(before.status, 200, "{}", before.text);
        assert_eq!(before.body["population"], 20);
        assert_eq!(before.body["points"].as_array().map(Vec::len), Some(20));
        let c1 = app.user_id("customer1").await;
        let point = before.body["points"].as_array().and_then(|l| l.iter().find(|p| p["customer_id"] == c1)).cloned().unwrap_or_default();
        assert_eq!(point["class"], "D");
        assert!(point["segment"].is_null(), "no segmentation yet");
        let shares: Vec<f64> = before.body["explained_variance"].as_array().map(|v| v.iter().filter_map(Value::as_f64).collect()).unwrap_or_default();
        assert!(shares.len() == 2 && shares[0] >= shares[1] && shares[0] + shares[1] <= 1.0 + 1e-9, "{shares:?}");
        app.post("/api/admin/auto-assign", &admin, json!({})).await;
        let after = app.get("/api/admin/analytics/projection", &admin).await.body;
        assert!(after["points"].as_array().is_some_and(|l| l.iter().all(|p| p["segment"].is_u64())), "segments appear after a run");
    }
}

each_backend! {
    async fn personas_and_the_run_trend_appear_after_runs(app) {
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.get("/api/admin/analytics/personas", &admin).await.body["personas"], json!([]));
        assert_eq!(app.get("/api/admin/analytics/trend", &admin).await.body["runs"], json!([]));
        let first = app.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await.body["run_id"].clone();
        let second = app.post("/api/admin/auto-assign", &admin, json!({})).await.body["run_id"].clone();
        let personas = app.get("/api/admin/analytics/personas", &admin).await.body;
        let sizes: i64 = personas["personas"].as_array().map(|l| l.iter().filter_map(|p| p["size"].as_i64()).sum()).unwrap_or(0);
        assert_eq!(sizes, 20, "every customer is in one segment: {personas}");
        let trend = app.get("/api/admin/analytics/trend", &admin).await.body;
        assert_eq!(column(&trend, "runs", "run_id"), vec![first.as_i64().unwrap_or(0), second.as_i64().unwrap_or(0)], "oldest first");
        let last = &trend["runs"][1];
        assert_eq!((last["assigned"].as_i64(), last["unassigned"].as_i64(), last["status"].as_str()), (Some(20), Some(0), Some("committed")));
        assert!(last["mean_score"].as_f64().is_some_and(|s| s > 0.0) && last["duration_ms"].is_i64());
        assert_eq!(trend["runs"][0]["dry_run"], true);
        let limited = app.get("/api/admin/analytics/trend?limit=1", &admin).await.body;
        assert_eq!(column(&limited, "runs", "run_id"), vec![second.as_i64().unwrap_or(0)]);
        let bad = app.get("/api/admin/analytics/trend?limit=0", &admin).await;
        assert_eq!((bad.status, bad.body["error"].as_str()), (422, Some("invalid_limit")));
        assert_eq!(app.get("/api/admin/analytics/trend?limit=many", &admin).await.status, 400);
    }
}

each_backend! {
    async fn a_manager_sees_the_statistics_of_their_own_book(app) {
        let (m1, m2) = known_book(&app).await;
        let (manager, _) = app.login_as("manager1").await;
        let reply = app.get(&format!("/api/managers/{m1}/stats"), &manager).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let s = &reply.body;
        assert_eq!((s["customer_count"].as_i64(), s["capacity"].as_i64(), s["active"].as_bool()), (Some(2), Some(50), Some(true)));
        assert_eq!((s["utilisation"].as_f64(), s["mean_score"].as_f64()), (Some(0.04), Some(2.0)));
        let class = |c: &str| s["class_mix"].as_array().and_then(|l| l.iter().find(|x| x["class"] == c)).map(|x| x["count"].clone());
        assert_eq!((class("D"), class("E"), class("A")), (Some(json!(1)), Some(json!(1)), Some(json!(0))));
        assert_eq!(s["top_needs"], json!([{"need": "savings", "customers": 2}, {"need": "insurance", "customers": 1}, {"need": "investment", "customers": 1}]));
        let idle = app.get(&format!("/api/managers/{m2}/stats"), &app.login_as("admin").await.0).await.body;
        assert_eq!((idle["customer_count"].as_i64(), idle["mean_score"].is_null(), idle["top_needs"].clone()), (Some(0), true, json!([])));
    }
}

each_backend! {
    async fn analytics_are_for_admins_and_manager_statistics_for_the_manager_alone(app) {
        let (m1, m2) = (app.user_id("manager1").await, app.user_id("manager2").await);
        let paths = ["personas", "scores", "capability-gaps", "projection", "trend"];
        for user in ["customer1", "manager1"] {
            let (token, _) = app.login_as(user).await;
            for path in paths {
                assert_eq!(app.get(&format!("/api/admin/analytics/{path}"), &token).await.status, 403, "{user} {path}");
            }
        }
        assert_eq!(app.request("GET", "/api/admin/analytics/scores", None, None).await.status, 401);
        let (manager, _) = app.login_as("manager1").await;
        assert_eq!(app.get(&format!("/api/managers/{m2}/stats"), &manager).await.status, 403, "another manager's book");
        let (customer, customer_id) = app.login_as("customer1").await;
        assert_eq!(app.get(&format!("/api/managers/{m1}/stats"), &customer).await.status, 403, "a customer of manager1");
        assert_eq!(app.get(&format!("/api/managers/{customer_id}/stats"), &customer).await.status, 404, "a customer is not a manager");
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.get(&format!("/api/managers/{m1}/stats"), &admin).await.status, 200);
        assert_eq!(app.get("/api/managers/999999/stats", &admin).await.status, 404);
        assert_eq!(app.request("GET", &format!("/api/managers/{m1}/stats"), None, None).await.status, 401);
    }
}
