//! Runs over one unit's subtree: a branch admin's runs cover their branch only, runs over
//! disjoint branches hold the job lock side by side, and an overlapping run is refused.

use futures_util::future::join_all;
use serde_json::json;

use crate::each_backend;
use crate::helpers::TestApp;
use crate::scoped_admin::{guangzhou_admin, members, unit_of};

/// Customers of units whose code starts with `prefix` who have a manager.
async fn assigned(app: &TestApp, prefix: &str) -> i64 {
    app.number(&format!(
        "SELECT COUNT(*) FROM customer_profiles cp JOIN users u ON u.id = cp.user_id JOIN org_units o ON o.id = u.unit_id \
         WHERE o.code LIKE '{prefix}%' AND cp.manager_id IS NOT NULL"
    ))
    .await
}

each_backend! {
    async fn a_branch_admins_run_places_their_branchs_customers_with_their_branchs_managers_only(app) {
        let branch = guangzhou_admin(&app).await;
        let gz = unit_of(&app, "GZ").await;
        let run = app.post("/api/admin/auto-assign", &branch, json!({})).await;
        assert_eq!((run.status, run.body["status"].as_str(), run.body["run"]["unit_id"].as_i64()), (200, Some("committed"), Some(gz)), "{}", run.text);
        assert_eq!(assigned(&app, "GZ").await, members(&app, "customer", "GZ").await.len() as i64, "the whole branch is placed");
        assert_eq!(assigned(&app, "HZ").await, 0, "another branch is left alone");
        let managers = members(&app, "manager", "GZ").await.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let outside = app.number(&format!("SELECT COUNT(*) FROM customer_profiles WHERE manager_id IS NOT NULL AND manager_id NOT IN ({managers})")).await;
        assert_eq!(outside, 0, "with the branch's managers only");
        let run_id = run.body["run_id"].as_i64().unwrap_or(-1);
        let listed = app.get("/api/admin/assignment-runs", &branch).await;
        assert_eq!(listed.body["items"].as_array().map(|l| l.iter().filter_map(|r| r["id"].as_i64()).collect::<Vec<_>>()), Some(vec![run_id]), "{}", listed.text);
        let hz = unit_of(&app, "HZ").await;
        for (body, status, code) in [
            (json!({"unit_id": hz, "dry_run": true}), 403, "forbidden"),
            (json!({"unit_id": 987_654, "dry_run": true}), 404, "not_found"),
            (json!({"k": 3, "dry_run": true}), 422, "invalid_k"),
            (json!({"unit_id": "GZ"}), 422, "invalid_body"),
        ] {
            let reply = app.post("/api/admin/auto-assign", &branch, body.clone()).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (status, Some(code)), "{body}: {}", reply.text);
        }
        // The head office's runs over the whole bank are its own.
        let (admin, _) = app.login_as("admin").await;
        let bank = app.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        let bank_id = bank.body["run_id"].as_i64().unwrap_or(-1);
        assert!(bank.body["run"]["unit_id"].is_null(), "{}", bank.text);
        for reply in [
            app.get(&format!("/api/admin/assignment-runs/{bank_id}"), &branch).await,
            app.get(&format!("/api/admin/assignment-runs/{bank_id}/changes"), &branch).await,
            app.post(&format!("/api/admin/assignment-runs/{bank_id}/commit"), &branch, json!({})).await,
            app.post(&format!("/api/admin/assignment-runs/{bank_id}/discard"), &branch, json!({})).await,
        ] {
            assert_eq!(reply.status, 403, "{}", reply.text);
        }
        assert_eq!(app.get(&format!("/api/admin/assignment-runs/{run_id}"), &admin).await.status, 200, "the head office sees the branch's");
    }
}

each_backend! {
    async fn runs_over_disjoint_branches_run_side_by_side_and_overlapping_ones_are_refused(app) {
        let (admin, _) = app.login_as("admin").await;
        let (gz, hz, gz_sub) = (unit_of(&app, "GZ").await, unit_of(&app, "HZ").await, unit_of(&app, "GZ-TH").await);
        // A live run over Guangzhou, held by another server.
        let now = unix_now();
        app.exec(&format!("INSERT INTO job_locks (name, holder, run_id, acquired_at, heartbeat_at) VALUES ('assignment:unit:{gz}', 'elsewhere', 77, {now}, {now})")).await;
        let beside = app.post("/api/admin/auto-assign", &admin, json!({"unit_id": hz, "dry_run": true})).await;
        assert_eq!((beside.status, beside.body["status"].as_str()), (200, Some("proposed")), "Hangzhou runs beside it: {}", beside.text);
        for body in [json!({"unit_id": gz}), json!({"unit_id": gz_sub}), json!({})] {
            let reply = app.post("/api/admin/auto-assign", &admin, body.clone()).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (409, Some("run_in_progress")), "{body}: {}", reply.text);
        }
        let hz_run = beside.body["run_id"].as_i64().unwrap_or(-1);
        let manager = members(&app, "manager", "GZ").await[0];
        let transfer = app.post(&format!("/api/admin/managers/{manager}/transfer"), &admin, json!({"dry_run": true})).await;
        assert_eq!(transfer.status, 409, "a transfer over the bank overlaps too: {}", transfer.text);
        assert_eq!(app.number("SELECT COUNT(*) FROM job_locks").await, 1, "Hangzhou's lock went back, Guangzhou's stays");
        assert_eq!(app.post(&format!("/api/admin/assignment-runs/{hz_run}/commit"), &admin, json!({})).await.status, 200, "a commit over Hangzhou too");
        app.exec("DELETE FROM job_locks").await;
        // Both branches at once, several times: disjoint runs never refuse each other.
        let requests = (0..6).map(|i| app.post("/api/admin/auto-assign", &admin, json!({"unit_id": if i % 2 == 0 { gz } else { hz }, "dry_run": true})));
        let replies = join_all(requests).await;
        for reply in &replies {
            assert!(reply.status == 200 || reply.body["error"] == "run_in_progress", "{}", reply.text);
        }
        assert!(replies.iter().any(|r| r.status == 200), "at least one ran");
        assert_eq!(app.number("SELECT COUNT(*) FROM job_locks").await, 0, "every lock went back");
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}
