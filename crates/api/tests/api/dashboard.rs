//! The admin dashboard and statistics, checked against a book whose answers are known.

use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::{Backend, TestApp};

fn count(list: &Value, class: &str) -> i64 {
    list.as_array().and_then(|l| l.iter().find(|c| c["class"] == class)).and_then(|c| c["count"].as_i64()).unwrap_or(-1)
}

/// customer1–3 with manager1 (scores 4, 6, 8; classes A, B, B), customer4 with manager2
/// (score 2, class E), manager5 on leave.
async fn known_book(app: &TestApp) -> (i64, i64) {
    let m1 = app.user_id("manager1").await;
    let m2 = app.user_id("manager2").await;
    for (customer, manager, score, class) in
        [("customer1", m1, 4, "A"), ("customer2", m1, 6, "B"), ("customer3", m1, 8, "B"), ("customer4", m2, 2, "E")]
    {
        let id = app.user_id(customer).await;
        app.exec(&format!(
            "UPDATE customer_profiles SET manager_id = {manager}, match_score = {score}, class = '{class}' WHERE user_id = {id}"
        ))
        .await;
    }
    let m5 = app.user_id("manager5").await;
    let off = if app.backend == Backend::Postgres { "FALSE" } else { "0" };
    app.exec(&format!("UPDATE manager_profiles SET active = {off} WHERE user_id = {m5}")).await;
    (m1, m2)
}

each_backend! {
    async fn the_dashboard_counts_an_empty_book(app) {
        let (admin, _) = app.login_as("admin").await;
        let reply = app.get("/api/admin/dashboard", &admin).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let b = &reply.body;
        assert_eq!((b["total_customers"].as_i64(), b["total_managers"].as_i64(), b["unassigned_customers"].as_i64()), (Some(20), Some(5), Some(20)));
        assert_eq!(count(&b["customer_classes"], "unclassified"), 20);
        assert_eq!(count(&b["customer_classes"], "A"), 0);
        assert_eq!((b["capacity_used"].as_i64(), b["capacity_total"].as_i64()), (Some(0), Some(250)));
        assert!(b["last_run"].is_null());
    }
}

each_backend! {
    async fn the_dashboard_and_stats_report_a_known_book_exactly(app) {
        let (m1, m2) = known_book(&app).await;
        let (admin, _) = app.login_as("admin").await;
        let d = app.get("/api/admin/dashboard", &admin).await.body;
        assert_eq!(d["unassigned_customers"], 16);
        assert_eq!((count(&d["customer_classes"], "A"), count(&d["customer_classes"], "B"), count(&d["customer_classes"], "E"), count(&d["customer_classes"], "unclassified")), (1, 2, 1, 16));
        assert_eq!(d["mean_match_score"].as_f64(), Some(5.0));
        assert_eq!((d["active_managers"].as_i64(), d["capacity_used"].as_i64(), d["capacity_total"].as_i64()), (Some(4), Some(4), Some(200)));
        let s = app.get("/api/admin/stats", &admin).await.body;
        assert_eq!((s["total_customers"].as_i64(), s["total_managers"].as_i64(), s["total_matches"].as_i64()), (Some(20), Some(5), Some(4)));
        assert_eq!(count(&s["class_stats"], "B"), 2);
        let load = |id: i64| s["manager_loads"].as_array().and_then(|l| l.iter().find(|m| m["manager_id"] == json!(id))).cloned().unwrap_or_default();
        assert_eq!(load(m1)["customer_count"], 3);
        assert_eq!(load(m1)["mean_score"].as_f64(), Some(6.0));
        assert_eq!(load(m1)["utilisation"].as_f64(), Some(0.06));
        assert_eq!(load(m1)["manager_name"], "经理1");
        assert_eq!(load(m2)["mean_score"].as_f64(), Some(2.0));
        let idle = s["manager_loads"].as_array().and_then(|l| l.iter().find(|m| m["customer_count"] == 0)).cloned().unwrap_or_default();
        assert!(idle["mean_score"].is_null());
        assert_eq!(s["manager_loads"].as_array().map(|l| l.iter().filter(|m| m["active"] == false).count()), Some(1));
    }
}

each_backend! {
    async fn the_dashboard_shows_the_last_run(app) {
        let (admin, _) = app.login_as("admin").await;
        let run = app.post("/api/admin/auto-assign", &admin, json!({})).await;
        let d = app.get("/api/admin/dashboard", &admin).await.body;
        assert_eq!(d["last_run"]["id"], run.body["run_id"]);
        assert_eq!(d["unassigned_customers"], 0);
        assert_eq!(d["capacity_used"], 20);
        assert_eq!(count(&d["customer_classes"], "unclassified"), 0);
    }
}

each_backend! {
    async fn only_admins_see_the_dashboard_and_stats(app) {
        for user in ["customer1", "manager1"] {
            let (token, _) = app.login_as(user).await;
            assert_eq!(app.get("/api/admin/dashboard", &token).await.status, 403, "{user}");
            assert_eq!(app.get("/api/admin/stats", &token).await.status, 403, "{user}");
        }
        assert_eq!(app.request("GET", "/api/admin/stats", None, None).await.status, 401);
    }
}

each_backend! {
    async fn insights_follow_the_original_path_in_chinese_or_english(app) {
        let (admin, _) = app.login_as("admin").await;
        app.post("/api/admin/auto-assign", &admin, json!({})).await;
        let (customer, id) = app.login_as("customer1").await;
        let zh = app.get(&format!("/api/customers/{id}/insights"), &customer).await;
        assert_eq!(zh.status, 200, "{}", zh.text);
        let needs = zh.body["needs"].as_array().map(Vec::len).unwrap_or(0);
        assert_eq!(zh.body["recommendations"].as_array().map(Vec::len), Some(needs), "one piece of advice per need");
        assert!(zh.body["class_description"].as_str().is_some_and(|d| d.contains("类")));
        assert!(zh.body["summary"].as_str().is_some_and(|s| s.contains("经理")));
        assert!(zh.body["persona"]["size"].as_u64().is_some_and(|n| n > 0), "the segment persona is included");
        let covered = zh.body["needs_covered"].as_array().map(Vec::len).unwrap_or(0) + zh.body["needs_uncovered"].as_array().map(Vec::len).unwrap_or(0);
        assert_eq!(covered, needs);
        let en = app.request_with_language(&format!("/api/customers/{id}/insights"), &customer, "en-US,en;q=0.9").await;
        assert!(en.body["class_description"].as_str().is_some_and(|d| d.starts_with("Class")), "{}", en.text);
        let other = app.user_id("customer2").await;
        assert_eq!(app.get(&format!("/api/customers/{other}/insights"), &customer).await.status, 403);
        assert_eq!(app.get(&format!("/api/customers/{id}/insights"), &admin).await.status, 200);
    }
}
