//! Parallel requests against the invariants they could break: a manager's last seat, a
//! manager going on leave, one customer's profile, many customers' profiles, a proposal
//! committed and discarded at once. A race may cost a request a clear 409, never an
//! invariant, and never a 500.

use futures_util::future::{join, join_all};
use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::TestApp;

async fn customer_ids(app: &TestApp, n: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 1..=n {
        ids.push(app.user_id(&format!("customer{i}")).await);
    }
    ids
}

fn statuses(replies: &[crate::helpers::Reply]) -> Vec<(u16, String)> {
    let mut all: Vec<(u16, String)> = replies.iter().map(|r| (r.status, r.body["error"].as_str().unwrap_or_default().to_owned())).collect();
    all.sort();
    all
}

each_backend! {
    async fn eight_admins_cannot_fill_the_last_seats_of_a_manager_with_seven_twice(app) {
        let (admin, _) = app.login_as("admin").await;
        let manager = app.user_id("manager1").await;
        assert_eq!(app.put(&format!("/api/managers/{manager}/profile"), &admin, json!({"capacity": 7})).await.status, 200);
        let customers = customer_ids(&app, 8).await;
        let replies = join_all(customers.iter().map(|c| {
            app.post("/api/admin/manual-assign", &admin, json!({"customer_id": c, "manager_id": manager, "reason": "walk-in"}))
        }))
        .await;
        let seen = statuses(&replies);
        assert_eq!(seen.iter().filter(|(s, _)| *s == 200).count(), 7, "{:?}: {seen:?}", app.backend);
        assert_eq!(seen.iter().filter(|(s, e)| *s == 409 && e == "over_capacity").count(), 1, "{:?}: {seen:?}", app.backend);
        let load = app.number(&format!("SELECT COUNT(*) FROM customer_profiles WHERE manager_id = {manager}")).await;
        assert_eq!(load, 7, "{:?}: the capacity holds", app.backend);
    }
}

each_backend! {
    async fn a_manager_put_on_leave_while_being_given_a_customer_ends_up_holding_nobody(app) {
        let (admin, _) = app.login_as("admin").await;
        let manager = app.user_id("manager2").await;
        let customers = customer_ids(&app, 6).await;
        for round in 0..4 {
            let path = format!("/api/managers/{manager}/profile");
            assert_eq!(app.put(&path, &admin, json!({"active": true})).await.status, 200);
            let assign = customers.iter().map(|c| {
                app.post("/api/admin/manual-assign", &admin, json!({"customer_id": c, "manager_id": manager, "reason": "cover"}))
            });
            let leave = app.put(&path, &admin, json!({"active": false}));
            let (assigned, left) = join(join_all(assign), leave).await;
            assert_eq!(left.status, 200, "{}", left.text);
            for reply in &assigned {
                assert!(matches!(reply.status, 200 | 404), "{:?} round {round}: {} {}", app.backend, reply.status, reply.text);
            }
            let held = app.number(&format!("SELECT COUNT(*) FROM customer_profiles WHERE manager_id = {manager}")).await;
            assert_eq!(held, 0, "{:?} round {round}: a manager on leave holds no customer", app.backend);
        }
    }
}

each_backend! {
    async fn sixty_four_parallel_profile_writes_of_different_customers_all_succeed(app) {
        app.store.seed_synthetic(64, 1, 50, 5, &|_, _| {}).await.unwrap_or_else(|e| panic!("seed: {e}"));
        let (admin, _) = app.login_as("admin").await;
        let mut targets = app.numbers("SELECT user_id FROM customer_profiles ORDER BY user_id").await;
        targets.truncate(64);
        assert_eq!(targets.len(), 64);
        let paths: Vec<String> = targets.iter().map(|id| format!("/api/customers/{id}/profile")).collect();
        let replies = join_all(paths.iter().enumerate().map(|(i, path)| {
            app.put(path, &admin, json!({"age": 20 + i, "needs": ["savings", "insurance"]}))
        }))
        .await;
        let seen = statuses(&replies);
        assert!(seen.iter().all(|(s, _)| *s == 200), "{:?}: {seen:?}", app.backend);
        for (i, id) in targets.iter().enumerate() {
            let age = app.number(&format!("SELECT age FROM customer_profiles WHERE user_id = {id}")).await;
            assert_eq!(age, 20 + i as i64, "{:?}: every write stayed", app.backend);
        }
    }
}

each_backend! {
    async fn parallel_writes_of_one_customer_leave_exactly_one_of_them(app) {
        let (admin, _) = app.login_as("admin").await;
        let customer = app.user_id("customer3").await;
        let path = format!("/api/customers/{customer}/profile");
        let bodies: Vec<Value> = (0..32)
            .map(|i| json!({"age": 30 + i, "hobbies": if i % 2 == 0 { json!(["travel"]) } else { json!(["art", "music"]) }}))
            .collect();
        let replies = join_all(bodies.iter().map(|b| app.put(&path, &admin, b.clone()))).await;
        let seen = statuses(&replies);
        assert!(seen.iter().all(|(s, _)| matches!(s, 200 | 409)), "{:?}: {seen:?}", app.backend);
        let now = app.get(&path, &admin).await.body;
        let matches_one = bodies.iter().any(|b| now["age"] == b["age"] && now["hobbies"] == b["hobbies"]);
        assert!(matches_one, "{:?}: the profile is one request's, not a mix: {now}", app.backend);
    }
}

each_backend! {
    async fn a_proposal_committed_and_discarded_at_once_is_exactly_one_of_the_two(app) {
        let (admin, _) = app.login_as("admin").await;
        for round in 0..4 {
            app.exec("UPDATE customer_profiles SET manager_id = NULL, assigned_run = NULL").await;
            let preview = app.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
            assert_eq!(preview.body["status"], "proposed", "{}", preview.text);
            let run = preview.body["run_id"].as_i64().unwrap_or_default();
            let (commit_path, discard_path) = (format!("/api/admin/assignment-runs/{run}/commit"), format!("/api/admin/assignment-runs/{run}/discard"));
            let commit = app.post(&commit_path, &admin, json!({}));
            let discard = app.post(&discard_path, &admin, json!({}));
            let (commit, discard) = if round % 2 == 0 { join(commit, discard).await } else {
                let (d, c) = join(discard, commit).await;
                (c, d)
            };
            let winners = [commit.status, discard.status].iter().filter(|s| **s == 200).count();
            assert_eq!(winners, 1, "{:?} round {round}: commit {} {}, discard {} {}", app.backend, commit.status, commit.text, discard.status, discard.text);
            let loser = if commit.status == 200 { &discard } else { &commit };
            assert_eq!((loser.status, loser.body["error"].as_str()), (409, Some("run_not_proposed")), "{}", loser.text);
            let status = app.get(&format!("/api/admin/assignment-runs/{run}"), &admin).await.body["status"].clone();
            let carried = app.number(&format!("SELECT COUNT(*) FROM customer_profiles WHERE assigned_run = {run}")).await;
            if commit.status == 200 {
                assert_eq!((status.as_str(), carried), (Some("committed"), 20), "{:?} round {round}", app.backend);
            } else {
                assert_eq!((status.as_str(), carried), (Some("discarded"), 0), "{:?} round {round}", app.backend);
            }
        }
    }
}
