//! Maker-checker: with approval required, another administrator — one independent of the
//! proposer — must commit a run.

use serde_json::json;

use crate::helpers::{TestApp, spawn_app_with};

/// An admin account made outside the API (as `portrait` commands make them): nobody's puppet.
async fn independent_admin(app: &TestApp, username: &str, password: &str) -> i64 {
    use portrait_domain::ports::{NewUser, PasswordHasher, UserRepository};
    let hash = portrait_infra::hashing::BcryptHasher { cost: 4 }.hash(password).await.unwrap_or_default();
    let user = UserRepository::create(
        &app.store,
        NewUser {
            username: username.into(),
            display_name: username.into(),
            password_hash: Some(hash),
            role: portrait_domain::user::Role::Admin,
            manager_capacity: 0,
            created_by: None,
        },
    )
    .await
    .unwrap_or_else(|e| panic!("create {username}: {e}"));
    // Created well before any proposal of the test, not in the same second.
    app.exec(&format!("UPDATE users SET created_at = created_at - 60 WHERE id = {}", user.id)).await;
    user.id
}

#[test]
fn with_maker_checker_another_admin_must_commit() {
    actix_web::rt::System::new().block_on(async {
        for backend in crate::helpers::backends() {
            let app = spawn_app_with(backend, |s| s.assignment.require_approval = true).await;
            let checker_id = independent_admin(&app, "checker", "checker-pass").await;
            let (maker, _) = app.login_as("admin").await;
            let proposed = app.post("/api/admin/auto-assign", &maker, json!({})).await;
            assert_eq!(proposed.body["status"], "proposed", "a run waits for approval: {}", proposed.text);
            let run_id = proposed.body["run_id"].as_i64().unwrap_or_default();
            let own = app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &maker, json!({})).await;
            assert_eq!(own.status, 403, "{}", own.text);
            let checker = app.login("checker", "checker-pass").await.body["token"].as_str().unwrap_or_default().to_owned();
            let approved = app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &checker, json!({})).await;
            assert_eq!(approved.status, 200, "{}", approved.text);
            assert_eq!(approved.body["committed_by"], checker_id);
            assert_eq!(
                (approved.body["requested_by_name"].as_str(), approved.body["committed_by_name"].as_str()),
                (Some("系统管理员"), Some("checker")),
                "the history names both admins"
            );
            app.cleanup().await;
        }
    });
}

#[test]
fn with_maker_checker_the_proposer_cannot_approve_through_an_account_of_their_own() {
    actix_web::rt::System::new().block_on(async {
        for backend in crate::helpers::backends() {
            let app = spawn_app_with(backend, |s| s.assignment.require_approval = true).await;
            let old_admin = independent_admin(&app, "old-admin", "old-admin-pass").await;
            let (maker, _) = app.login_as("admin").await;
            // An account the proposer made before proposing, and one whose password they reset.
            let puppet = app
                .request(
                    "POST",
                    "/api/auth/register",
                    Some(&maker),
                    Some(json!({"username": "puppet", "password": "puppet-pass-1", "role": "admin"})),
                )
                .await;
            assert_eq!(puppet.status, 201, "{}", puppet.text);
            app.exec("UPDATE users SET created_at = created_at - 60 WHERE username = 'puppet'").await;
            let reset = app.put(&format!("/api/admin/users/{old_admin}/password"), &maker, json!({"password": "taken-over-pass"})).await;
            assert_eq!(reset.status, 200, "{}", reset.text);
            let proposed = app.post("/api/admin/auto-assign", &maker, json!({})).await;
            let run_id = proposed.body["run_id"].as_i64().unwrap_or_default();
            // And one made after the proposal.
            let late = app
                .request(
                    "POST",
                    "/api/auth/register",
                    Some(&maker),
                    Some(json!({"username": "late", "password": "late-pass-12", "role": "admin"})),
                )
                .await;
            assert_eq!(late.status, 201, "{}", late.text);
            for (username, password) in [("puppet", "puppet-pass-1"), ("old-admin", "taken-over-pass"), ("late", "late-pass-12")] {
                let login = app.login(username, password).await;
                let mut token = login.body["token"].as_str().unwrap_or_default().to_owned();
                // Each must choose its own password first (the proposer made or set it), and
                // changing it as that user does not wash the proposer's hand away.
                let body = json!({"current_password": password, "new_password": "changed-as-them-1"});
                let changed = app.put("/api/auth/password", &token, body).await;
                assert_eq!(changed.status, 200, "{}", changed.text);
                token = changed.body["token"].as_str().unwrap_or_default().to_owned();
                let commit = app.post(&format!("/api/admin/assignment-runs/{run_id}/commit"), &token, json!({})).await;
                assert_eq!(
                    (commit.status, commit.body["error"].as_str()),
                    (403, Some("forbidden")),
                    "{backend:?} {username}: {}",
                    commit.text
                );
            }
            let run = app.get(&format!("/api/admin/assignment-runs/{run_id}"), &maker).await;
            assert_eq!(run.body["status"], "proposed", "nothing was committed");
            app.cleanup().await;
        }
    });
}
