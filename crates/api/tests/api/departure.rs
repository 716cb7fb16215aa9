//! A manager's departure in one step: their book re-homed (previewable, as a transfer) and
//! their status — on leave or deactivated — changed in the same transaction; never proposed
//! again by any run.

use futures_util::future::join_all;
use serde_json::json;

use crate::each_backend;
use crate::helpers::TestApp;

/// manager1 with customer1–3 in their book: their id.
async fn manager_with_a_book(app: &TestApp) -> i64 {
    let manager = app.user_id("manager1").await;
    for n in 1..=3 {
        let customer = app.user_id(&format!("customer{n}")).await;
        app.exec(&format!("UPDATE customer_profiles SET manager_id = {manager} WHERE user_id = {customer}")).await;
    }
    manager
}

async fn book(app: &TestApp, manager: i64) -> i64 {
    app.number(&format!("SELECT COUNT(*) FROM customer_profiles WHERE manager_id = {manager}")).await
}

async fn takes_customers(app: &TestApp, manager: i64) -> bool {
    app.number(&format!("SELECT COUNT(*) FROM manager_profiles WHERE user_id = {manager} AND active <> {}", app.sql_false())).await == 1
}

each_backend! {
    async fn a_manager_going_on_leave_has_their_book_re_homed_in_the_same_step(app) {
        let (admin, _) = app.login_as("admin").await;
        let (session, _) = app.login_as("manager1").await;
        let manager = manager_with_a_book(&app).await;
        let reply = app.post(&format!("/api/admin/staff/{manager}/departure"), &admin, json!({"status": "on_leave"})).await;
        assert_eq!((reply.status, reply.body["status"].as_str()), (200, Some("committed")), "{}", reply.text);
        assert_eq!((reply.body["run"]["departure"].as_str(), reply.body["run"]["subject_id"].as_i64()), (Some("on_leave"), Some(manager)));
        assert_eq!(book(&app, manager).await, 0, "the book went to the others");
        assert_eq!(app.number("SELECT COUNT(*) FROM customer_profiles WHERE manager_id IS NULL").await, app.number("SELECT COUNT(*) FROM customer_profiles").await - 3);
        assert!(!takes_customers(&app, manager).await);
        let member = app.get(&format!("/api/admin/staff/{manager}"), &admin).await;
        assert_eq!((member.body["status"].as_str(), member.body["active"].as_bool()), (Some("on_leave"), Some(true)), "{}", member.text);
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&session), None).await.status, 200, "on leave still logs in");
        assert_eq!(app.number(&format!("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.departure' AND target = 'user:{manager}'")).await, 1);
        let run = app.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        let run_id = run.body["run_id"].as_i64().unwrap_or(-1);
        assert_eq!(app.number(&format!("SELECT COUNT(*) FROM assignment_changes WHERE run_id = {run_id} AND to_manager_id = {manager}")).await, 0);
        assert_eq!(run.body["run"]["summary"]["managers_unavailable"].as_u64(), Some(1), "the preview says who is left out: {}", run.text);
    }
}

each_backend! {
    async fn a_previewed_deactivation_changes_nothing_until_its_commit_applies_both(app) {
        let (admin, _) = app.login_as("admin").await;
        let (session, _) = app.login_as("manager1").await;
        let manager = manager_with_a_book(&app).await;
        let preview = app.post(&format!("/api/admin/staff/{manager}/departure"), &admin, json!({"status": "deactivated", "dry_run": true})).await;
        assert_eq!((preview.status, preview.body["status"].as_str()), (200, Some("proposed")), "{}", preview.text);
        assert_eq!(preview.body["run"]["summary"]["managers_unavailable"].as_u64(), Some(1), "{}", preview.text);
        let run_id = preview.body["run_id"].as_i64().unwrap_or(-1);
        assert_eq!((book(&app, manager).await, takes_customers(&app, manager).await), (3, true), "a preview changes nothing");
        let commit = app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &admin, json!({})).await;
        assert_eq!(commit.status, 200, "{}", commit.text);
        assert_eq!((book(&app, manager).await, takes_customers(&app, manager).await), (0, false));
        assert_eq!(app.get(&format!("/api/admin/staff/{manager}"), &admin).await.body["status"], "deactivated");
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&session), None).await.status, 401, "their sessions end");
        assert_eq!(app.login("manager1", "123456").await.status, 401, "and they no longer log in");
    }
}

each_backend! {
    async fn a_customer_given_to_the_departing_manager_after_the_preview_makes_its_commit_a_conflict(app) {
        let (admin, _) = app.login_as("admin").await;
        let manager = manager_with_a_book(&app).await;
        let preview = app.post(&format!("/api/admin/staff/{manager}/departure"), &admin, json!({"status": "on_leave", "dry_run": true})).await;
        let run_id = preview.body["run_id"].as_i64().unwrap_or(-1);
        let late = app.user_id("customer9").await;
        let assigned = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": late, "manager_id": manager, "reason": "asked for them"})).await;
        assert_eq!(assigned.status, 200, "{}", assigned.text);
        let commit = app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &admin, json!({})).await;
        assert_eq!((commit.status, commit.body["error"].as_str()), (409, Some("run_conflict")), "{}", commit.text);
        assert_eq!((book(&app, manager).await, takes_customers(&app, manager).await), (4, true), "nothing of the run was applied");
        assert_eq!(app.number("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.departure'").await, 0);
    }
}

each_backend! {
    async fn bad_departures_start_nothing_and_two_at_once_run_one(app) {
        let (admin, _) = app.login_as("admin").await;
        let manager = manager_with_a_book(&app).await;
        let customer = app.user_id("customer1").await;
        let path = format!("/api/admin/staff/{manager}/departure");
        let cases = [
            (path.clone(), json!({"status": "retired"}), 422, "invalid_departure"),
            (path.clone(), json!({"status": "on_leave", "dryrun": true}), 422, "invalid_body"),
            (path.clone(), json!({"dry_run": true}), 422, "invalid_body"),
            (path.clone(), json!({"status": 1}), 422, "invalid_body"),
            (format!("/api/admin/staff/{customer}/departure"), json!({"status": "on_leave"}), 404, "not_found"),
        ];
        for (path, body, status, code) in cases {
            let reply = app.post(&path, &admin, body.clone()).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (status, Some(code)), "{body}: {}", reply.text);
        }
        let (manager_token, _) = app.login_as("manager2").await;
        assert_eq!(app.post(&path, &manager_token, json!({"status": "on_leave"})).await.status, 403);
        assert_eq!(app.number("SELECT COUNT(*) FROM assignment_runs").await, 0, "nothing started");
        assert_eq!((book(&app, manager).await, takes_customers(&app, manager).await), (3, true));
        let replies = join_all((0..4).map(|_| app.post(&path, &admin, json!({"status": "on_leave", "dry_run": true})))).await;
        let started = replies.iter().filter(|r| r.status == 200 || r.status == 202).count();
        assert!(started >= 1, "{:?}", replies.iter().map(|r| &r.text).collect::<Vec<_>>());
        assert!(replies.iter().all(|r| r.status < 300 || r.body["error"] == "run_in_progress"), "{:?}", replies.iter().map(|r| &r.text).collect::<Vec<_>>());
    }
}
