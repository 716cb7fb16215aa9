//! Assignment runs end to end: previews, commits, conflicts, capacity,
//! manual changes, transfers, explanations and who may do what.

use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::{Backend, TestApp};

async fn managers_of_all(app: &TestApp, admin: &str) -> Vec<Value> {
    app.get("/api/customers?per_page=500", admin).await.body["items"].as_array().cloned().unwrap_or_default()
}

async fn committed_run(app: &TestApp, admin: &str) -> Value {
    let reply = app.post("/api/admin/auto-assign", admin, json!({})).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.body["status"], "committed", "{}", reply.text);
    reply.body
}

each_backend! {
    async fn a_dry_run_changes_nobody_until_it_is_committed(app) {
        let (admin, _) = app.login_as("admin").await;
        let reply = app.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_eq!(reply.body["status"], "proposed");
        assert_eq!(reply.body["assigned_count"], 20, "5 managers × 50 hold all 20 demo customers");
        assert_eq!(reply.body["unassigned_count"], 0);
        assert_eq!(reply.body["capacity_shortfall"], 0);
        let run_id = reply.body["run_id"].as_i64().unwrap_or_default();
        assert!(managers_of_all(&app, &admin).await.iter().all(|c| c["manager_id"].is_null()), "a dry run writes no assignment");

        let changes = app.get(&format!("/api/admin/assignment-runs/{run_id}/changes?per_page=100"), &admin).await;
        assert_eq!(changes.body["total"], 20);
        let first = &changes.body["items"][0];
        assert!(first["to_manager_id"].is_i64());
        let matched = first["matched_needs"].as_array().map(Vec::len).unwrap_or(0) + first["matched_hobbies"].as_array().map(Vec::len).unwrap_or(0);
        assert_eq!(Some(matched as i64), first["score_after"].as_i64(), "the explanation adds up to the score");
        assert_eq!(first["reason"], "best_match", "nothing binds with this much capacity");

        let commit = app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &admin, json!({})).await;
        assert_eq!(commit.status, 200, "{}", commit.text);
        assert_eq!(commit.body["status"], "committed");
        let customers = managers_of_all(&app, &admin).await;
        assert!(customers.iter().all(|c| c["manager_id"].is_i64() && c["class"].is_string()));
        let history = sea_orm::ConnectionTrait::query_one_raw(&app.store.db, sea_orm::Statement::from_string(app.store.backend(), format!("SELECT COUNT(*) AS n FROM match_history WHERE run_id = {run_id}")))
            .await.ok().flatten().and_then(|r| r.try_get::<i64>("", "n").ok());
        assert_eq!(history, Some(20), "one history row per changed customer");
        let again = app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &admin, json!({})).await;
        assert_eq!((again.status, again.body["error"].as_str()), (409, Some("run_not_proposed")));
    }
}

each_backend! {
    async fn auto_assign_without_a_dry_run_commits_at_once_like_the_original(app) {
        let (admin, _) = app.login_as("admin").await;
        let body = committed_run(&app, &admin).await;
        assert_eq!(body["assigned_count"], 20);
        assert!(body["msg"].as_str().is_some_and(|m| m.contains("20")));
        assert!(body["total_score"].as_u64().is_some_and(|s| s > 0));
        assert!(body["duration_ms"].is_i64());
        let run = app.get(&format!("/api/admin/assignment-runs/{}", body["run_id"]), &admin).await;
        assert_eq!((run.body["phase"].as_str(), run.body["progress"].as_i64()), (Some("done"), Some(100)));
        assert!(run.body["summary"]["personas"].as_array().is_some_and(|p| !p.is_empty()), "the run segmented the customers");
        let list = app.get("/api/admin/assignment-runs", &admin).await;
        assert_eq!(list.body["items"][0]["id"], body["run_id"]);
        let classes = app.get("/api/customers/classification", &admin).await;
        assert_eq!(classes.body["total"], 20);
        let unclassified = classes.body["classes"].as_array().and_then(|c| c.iter().find(|x| x["class"] == "unclassified")).map(|x| x["count"].clone());
        assert_eq!(unclassified, Some(json!(0)));
    }
}

each_backend! {
    async fn when_capacity_runs_out_nobody_is_overloaded_and_the_shortfall_is_reported(app) {
        app.exec("UPDATE manager_profiles SET capacity = 2").await;
        let (admin, _) = app.login_as("admin").await;
        let body = committed_run(&app, &admin).await;
        assert_eq!(body["assigned_count"], 10);
        assert_eq!(body["unassigned_count"], 10);
        assert_eq!(body["capacity_shortfall"], 10);
        assert_eq!(body["load_max"], 2);
        let managers = app.get("/api/managers", &admin).await;
        assert!(managers.body["items"].as_array().is_some_and(|m| m.iter().all(|m| m["customer_count"].as_u64() <= Some(2))));
        let unassigned = app.get("/api/customers?unassigned=true", &admin).await;
        assert_eq!(unassigned.body["total"], 10);
    }
}

each_backend! {
    async fn assigned_customers_stay_put_unless_the_run_rebalances(app) {
        let (admin, _) = app.login_as("admin").await;
        committed_run(&app, &admin).await;
        let before: Vec<Value> = managers_of_all(&app, &admin).await.iter().map(|c| c["manager_id"].clone()).collect();
        let manager = app.user_id("manager1").await;
        app.exec(&format!("UPDATE manager_profiles SET capabilities_mask = 511, hobbies_mask = 131071 WHERE user_id = {manager}")).await;
        let sticky = committed_run(&app, &admin).await;
        let after: Vec<Value> = managers_of_all(&app, &admin).await.iter().map(|c| c["manager_id"].clone()).collect();
        assert_eq!(before, after, "a run without rebalance moves nobody");
        assert_eq!((sticky["assigned_count"].as_u64(), sticky["recorded_matches"].as_u64()), (Some(0), Some(0)), "the second run assigned nobody");
        assert_eq!(sticky["assigned_total"], 20, "everyone still has their manager");
        let rebalanced = app.post("/api/admin/auto-assign", &admin, json!({"rebalance": true})).await;
        assert_eq!(rebalanced.body["status"], "committed");
        let moved: Vec<Value> = managers_of_all(&app, &admin).await.iter().map(|c| c["manager_id"].clone()).collect();
        assert!(moved.iter().all(|m| m.as_i64() == Some(manager)), "manager1 now matches everything best: {moved:?}");
    }
}

each_backend! {
    async fn a_second_run_while_one_holds_the_lock_gets_409_with_its_id(app) {
        let (admin, admin_id) = app.login_as("admin").await;
        app.exec(&format!("INSERT INTO assignment_runs (kind, status, phase, progress, dry_run, rebalance, requested_by, created_at) VALUES ('auto', 'running', 'solving', 40, {f}, {f}, {admin_id}, 0)", f = if app.backend == Backend::Postgres { "FALSE" } else { "0" })).await;
        let now = chrono::Utc::now().timestamp();
        app.exec(&format!("INSERT INTO job_locks (name, holder, run_id, acquired_at, heartbeat_at) VALUES ('assignment', 'another-server', 1, {now}, {now})")).await;
        let reply = app.post("/api/admin/auto-assign", &admin, json!({})).await;
        assert_eq!((reply.status, reply.body["error"].as_str()), (409, Some("run_in_progress")), "{}", reply.text);
        assert!(reply.body["message"].as_str().is_some_and(|m| m.contains("run 1")));
        // A lock whose holder stopped refreshing it is taken over.
        app.exec("UPDATE job_locks SET heartbeat_at = 0").await;
        assert_eq!(app.post("/api/admin/auto-assign", &admin, json!({})).await.status, 200);
    }
}

each_backend! {
    async fn a_commit_is_refused_when_the_data_changed_underneath(app) {
        let (admin, _) = app.login_as("admin").await;
        let proposed = app.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        let run_id = proposed.body["run_id"].as_i64().unwrap_or_default();
        let customer = app.user_id("customer1").await;
        let manager = app.user_id("manager2").await;
        let manual = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": customer, "manager_id": manager, "reason": "VIP request"})).await;
        assert_eq!(manual.status, 200, "{}", manual.text);
        let commit = app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &admin, json!({})).await;
        assert_eq!((commit.status, commit.body["error"].as_str()), (409, Some("run_conflict")), "{}", commit.text);
        let assigned = managers_of_all(&app, &admin).await.iter().filter(|c| c["manager_id"].is_i64()).count();
        assert_eq!(assigned, 1, "nothing of the run was written");
        let run = app.get(&format!("/api/admin/assignment-runs/{run_id}"), &admin).await;
        assert_eq!(run.body["status"], "proposed");
    }
}

each_backend! {
    async fn a_discarded_run_cannot_be_committed(app) {
        let (admin, _) = app.login_as("admin").await;
        let proposed = app.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        let run_id = proposed.body["run_id"].as_i64().unwrap_or_default();
        assert_eq!(app.post(&format!("/api/admin/assignment-runs/{run_id}/discard"), &admin, json!({})).await.body["status"], "discarded");
        assert_eq!(app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &admin, json!({})).await.status, 409);
        assert_eq!(app.post("/api/admin/assignment-runs/999999/commit", &admin, json!({})).await.status, 404);
    }
}

each_backend! {
    async fn only_admins_run_assignments_and_see_runs(app) {
        for user in ["customer1", "manager1"] {
            let (token, _) = app.login_as(user).await;
            assert_eq!(app.post("/api/admin/auto-assign", &token, json!({})).await.status, 403, "{user}");
            assert_eq!(app.get("/api/admin/assignment-runs", &token).await.status, 403, "{user}");
            assert_eq!(app.post("/api/admin/segmentation", &token, json!({})).await.status, 403, "{user}");
            assert_eq!(app.post("/api/admin/manual-assign", &token, json!({"customer_id": 1, "manager_id": 2, "reason": "x"})).await.status, 403, "{user}");
            assert_eq!(app.post("/api/admin/unassign", &token, json!({"customer_id": 1, "reason": "x"})).await.status, 403, "{user}");
            assert_eq!(app.post("/api/admin/managers/2/transfer", &token, json!({})).await.status, 403, "{user}");
        }
        assert_eq!(app.request("POST", "/api/admin/auto-assign", None, Some(json!({}))).await.status, 401);
        let (customer, _) = app.login_as("customer1").await;
        assert_eq!(app.get("/api/customers/classification", &customer).await.status, 403);
    }
}

each_backend! {
    async fn manual_assignment_checks_its_target_capacity_and_reason(app) {
        let (admin, _) = app.login_as("admin").await;
        let customer = app.user_id("customer3").await;
        let manager = app.user_id("manager3").await;
        let other_customer = app.user_id("customer4").await;
        let assign = |c: i64, m: i64, reason: &str, over: bool| json!({"customer_id": c, "manager_id": m, "reason": reason, "override": over});
        assert_eq!(app.post("/api/admin/manual-assign", &admin, assign(999_999, manager, "x", false)).await.status, 404);
        assert_eq!(app.post("/api/admin/manual-assign", &admin, assign(customer, other_customer, "x", false)).await.status, 404, "a customer is not a manager");
        assert_eq!(app.post("/api/admin/manual-assign", &admin, assign(customer, manager, "  ", false)).await.body["error"], "reason_required");
        let ok = app.post("/api/admin/manual-assign", &admin, assign(customer, manager, "moved branch", false)).await;
        assert_eq!(ok.status, 200, "{}", ok.text);
        assert!(ok.body["similarity_score"].is_u64());
        assert_eq!(ok.body["similarity"]["score"], ok.body["similarity_score"]);
        assert!(ok.body["class"].is_string());
        assert_eq!(ok.body["assignment"]["reason"], "manual");
        app.exec(&format!("UPDATE manager_profiles SET capacity = 1 WHERE user_id = {manager}")).await;
        let full = app.post("/api/admin/manual-assign", &admin, assign(other_customer, manager, "wants them", false)).await;
        assert_eq!((full.status, full.body["error"].as_str()), (409, Some("over_capacity")));
        let forced = app.post("/api/admin/manual-assign", &admin, assign(other_customer, manager, "wants them", true)).await;
        assert_eq!(forced.status, 200);
        let audit = app.get("/api/admin/audit-log", &admin).await;
        assert!(audit.text.contains("capacity override"), "the override is recorded");
        app.exec(&format!("UPDATE manager_profiles SET active = {} WHERE user_id = {manager}", if app.backend == Backend::Postgres { "FALSE" } else { "0" })).await;
        let away = app.post("/api/admin/manual-assign", &admin, assign(customer, manager, "x", true)).await;
        assert_eq!(away.status, 404, "an inactive manager takes nobody");
        let unassigned = app.post("/api/admin/unassign", &admin, json!({"customer_id": customer, "reason": "left the bank"})).await;
        assert_eq!(unassigned.status, 200);
        assert!(unassigned.body["manager_id"].is_null());
    }
}

each_backend! {
    async fn a_transfer_rehomes_a_departing_managers_book_after_a_preview(app) {
        let (admin, _) = app.login_as("admin").await;
        committed_run(&app, &admin).await;
        let manager = app.user_id("manager1").await;
        let book = app.get(&format!("/api/managers/{manager}/customers"), &admin).await.body["total"].as_u64().unwrap_or(0);
        let preview = app.post(&format!("/api/admin/managers/{manager}/transfer"), &admin, json!({"dry_run": true})).await;
        assert_eq!(preview.body["status"], "proposed", "{}", preview.text);
        let run_id = preview.body["run_id"].as_i64().unwrap_or_default();
        let changes = app.get(&format!("/api/admin/assignment-runs/{run_id}/changes?per_page=100"), &admin).await;
        let moving = changes.body["items"].as_array().map(|a| a.iter().filter(|c| c["from_manager_id"] == json!(manager)).count()).unwrap_or(0);
        assert_eq!(moving as u64, book);
        assert!(changes.body["items"].as_array().is_some_and(|a| a.iter().all(|c| c["to_manager_id"] != json!(manager))));
        assert_eq!(app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &admin, json!({})).await.status, 200);
        assert_eq!(app.get(&format!("/api/managers/{manager}/customers"), &admin).await.body["total"], 0);
        assert_eq!(app.get("/api/customers?unassigned=true", &admin).await.body["total"], 0);
    }
}

each_backend! {
    async fn an_assignment_is_explained_to_the_customer_their_manager_and_admins_only(app) {
        let (admin, _) = app.login_as("admin").await;
        committed_run(&app, &admin).await;
        let (customer, customer_id) = app.login_as("customer1").await;
        let mine = app.get(&format!("/api/customers/{customer_id}/assignment"), &customer).await;
        assert_eq!(mine.status, 200, "{}", mine.text);
        assert_eq!(mine.body["reason"], "best_match");
        assert!(mine.body["run_id"].is_i64());
        let manager_id = mine.body["manager_id"].as_i64().unwrap_or_default();
        let total = mine.body["matched_needs"].as_array().map(Vec::len).unwrap_or(0) + mine.body["matched_hobbies"].as_array().map(Vec::len).unwrap_or(0);
        assert_eq!(mine.body["score"].as_u64(), Some(total as u64));
        let other = app.user_id("customer2").await;
        assert_eq!(app.get(&format!("/api/customers/{other}/assignment"), &customer).await.status, 403);
        let manager_name = mine.body["manager_name"].as_str().unwrap_or_default().replace("经理", "manager");
        let (manager_token, _) = app.login_as(&manager_name).await;
        assert_eq!(app.get(&format!("/api/customers/{customer_id}/assignment"), &manager_token).await.status, 200);
        let stranger = if manager_name == "manager5" { "manager4" } else { "manager5" };
        let (stranger_token, stranger_id) = app.login_as(stranger).await;
        assert_ne!(stranger_id, manager_id);
        let stranger_reply = app.get(&format!("/api/customers/{customer_id}/assignment"), &stranger_token).await;
        assert_eq!(stranger_reply.status, 403);
        // The customer can now read their manager's public card.
        assert_eq!(app.get(&format!("/api/managers/{manager_id}/profile"), &customer).await.status, 200);
    }
}

each_backend! {
    async fn segmentation_runs_on_its_own_and_stores_every_customers_segment(app) {
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.post("/api/admin/segmentation", &admin, json!({"k": 1})).await.status, 422);
        let reply = app.post("/api/admin/segmentation", &admin, json!({"k": 3})).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_eq!(reply.body["kind"], "segmentation");
        assert_eq!(reply.body["summary"]["segments"], 3);
        let personas = reply.body["summary"]["personas"].as_array().cloned().unwrap_or_default();
        assert_eq!(personas.iter().map(|p| p["size"].as_u64().unwrap_or(0)).sum::<u64>(), 20);
        let customers = managers_of_all(&app, &admin).await;
        assert!(customers.iter().all(|c| c["segment"].as_i64().is_some_and(|s| (0..3).contains(&s))));
    }
}
