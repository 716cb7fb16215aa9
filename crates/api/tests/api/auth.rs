//! Registration, login, token checks, logout and throttling.

use serde_json::json;

use crate::each_backend;
use crate::helpers::request_at;

each_backend! {
    async fn every_demo_account_can_log_in(app) {
        for (user, role) in [("admin", "admin"), ("manager1", "manager"), ("manager5", "manager"), ("customer1", "customer"), ("customer20", "customer")] {
            let reply = app.login(user, if user == "admin" { "admin123" } else { "123456" }).await;
            assert_eq!(reply.status, 200, "{user}: {}", reply.text);
            assert_eq!(reply.body["user"]["role"], role);
            assert_eq!(reply.body["user"]["username"], user);
            assert!(reply.body["token"].as_str().is_some_and(|t| t.split('.').count() == 3));
        }
        let admin = app.login("admin", "admin123").await;
        assert_eq!(admin.body["user"]["name"], "系统管理员");
        assert_eq!(admin.headers.get("cache-control").map(|v| v.to_str().unwrap_or_default()), Some("no-store"));
    }
}

each_backend! {
    async fn a_wrong_password_and_an_unknown_user_get_the_same_answer(app) {
        let wrong = app.login("customer1", "nope-nope").await;
        let unknown = app.login("nobody-here", "nope-nope").await;
        assert_eq!((wrong.status, unknown.status), (401, 401));
        assert_eq!(wrong.body, unknown.body);
        assert_eq!(wrong.body["error"], "invalid_credentials");
    }
}

each_backend! {
    async fn anyone_can_register_as_a_customer_and_then_log_in(app) {
        let reply = app.request("POST", "/api/auth/register", None, Some(json!({"username": "alice", "password": "long-enough", "name": "爱丽丝"}))).await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        assert_eq!(reply.body["role"], "customer");
        assert_eq!(reply.body["name"], "爱丽丝");
        let login = app.login("alice", "long-enough").await;
        assert_eq!(login.status, 200);
        let id = login.body["user"]["id"].as_i64().unwrap_or_default();
        let token = login.body["token"].as_str().unwrap_or_default().to_owned();
        let profile = app.get(&format!("/api/customers/{id}/profile"), &token).await;
        assert_eq!(profile.status, 200, "a new customer has a profile: {}", profile.text);
    }
}

each_backend! {
    async fn an_anonymous_caller_cannot_register_a_manager_or_an_admin(app) {
        for role in ["manager", "admin"] {
            let reply = app.request("POST", "/api/auth/register", None, Some(json!({"username": format!("x-{role}"), "password": "long-enough", "role": role}))).await;
            assert_eq!(reply.status, 403, "{role}: {}", reply.text);
            assert_eq!(reply.body["error"], "forbidden");
        }
        assert_eq!(app.login("x-admin", "long-enough").await.status, 401, "nothing was created");
    }
}

each_backend! {
    async fn a_customer_cannot_register_an_admin_either(app) {
        let (token, _) = app.login_as("customer1").await;
        let reply = app.request("POST", "/api/auth/register", Some(&token), Some(json!({"username": "sneaky", "password": "long-enough", "role": "admin"}))).await;
        assert_eq!(reply.status, 403);
    }
}

each_backend! {
    async fn an_admin_can_create_a_manager_with_the_default_capacity(app) {
        let (token, _) = app.login_as("admin").await;
        let reply = app.request("POST", "/api/auth/register", Some(&token), Some(json!({"username": "newrm", "password": "long-enough", "role": "manager", "name": "新经理"}))).await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        let id = reply.body["id"].as_i64().unwrap_or_default();
        let profile = app.get(&format!("/api/managers/{id}/profile"), &token).await;
        assert_eq!(profile.body["capacity"], 50);
    }
}

each_backend! {
    async fn registration_refuses_short_passwords_taken_usernames_and_bad_names(app) {
        let short = app.request("POST", "/api/auth/register", None, Some(json!({"username": "bob", "password": "1234567"}))).await;
        assert_eq!((short.status, short.body["error"].as_str()), (422, Some("weak_password")));
        let taken = app.request("POST", "/api/auth/register", None, Some(json!({"username": "customer1", "password": "long-enough"}))).await;
        assert_eq!((taken.status, taken.body["error"].as_str()), (409, Some("username_taken")));
        let bad = app.request("POST", "/api/auth/register", None, Some(json!({"username": "a b", "password": "long-enough"}))).await;
        assert_eq!((bad.status, bad.body["error"].as_str()), (422, Some("invalid_username")));
        let role = app.request("POST", "/api/auth/register", None, Some(json!({"username": "carol", "password": "long-enough", "role": "root"}))).await;
        assert_eq!(role.status, 422);
    }
}

each_backend! {
    async fn verify_returns_the_user_behind_the_token(app) {
        let (token, id) = app.login_as("manager2").await;
        let reply = app.request("POST", "/api/auth/verify", Some(&token), None).await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.body["user"]["id"], id);
        assert_eq!(reply.body["user"]["role"], "manager");
        let bad = app.request("POST", "/api/auth/verify", Some("not.a.token"), None).await;
        assert_eq!((bad.status, bad.body["error"].as_str()), (401, Some("unauthenticated")));
        let none = app.request("POST", "/api/auth/verify", None, None).await;
        assert_eq!(none.status, 401);
    }
}

each_backend! {
    async fn a_logged_out_token_stays_revoked_after_a_restart(app) {
        let (token, _) = app.login_as("customer2").await;
        assert_eq!(app.request("POST", "/api/auth/logout", Some(&token), None).await.status, 200);
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&token), None).await.status, 401);
        app.restart().await;
        let after = app.request("POST", "/api/auth/verify", Some(&token), None).await;
        assert_eq!(after.status, 401, "still revoked after a restart ({:?}): {}", app.backend, after.text);
        let (fresh, _) = app.login_as("customer2").await;
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&fresh), None).await.status, 200, "a new login works");
    }
}

each_backend! {
    async fn a_deactivated_users_token_is_refused(app) {
        let (token, id) = app.login_as("customer3").await;
        let sql = format!("UPDATE users SET active = {} WHERE id = {id}", if app.backend == crate::helpers::Backend::Postgres { "FALSE" } else { "0" });
        sea_orm::ConnectionTrait::execute_unprepared(&app.store.db, &sql).await.ok();
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&token), None).await.status, 401);
        assert_eq!(app.login("customer3", "123456").await.status, 401, "and it cannot log in again");
    }
}

each_backend! {
    async fn a_deleted_users_token_is_refused(app) {
        let (token, id) = app.login_as("customer4").await;
        sea_orm::ConnectionTrait::execute_unprepared(&app.store.db, &format!("DELETE FROM users WHERE id = {id}")).await.ok();
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&token), None).await.status, 401);
    }
}

each_backend! {
    async fn the_sixth_failed_login_is_throttled_with_retry_after(app) {
        for _ in 0..5 {
            assert_eq!(app.login("customer5", "wrong-password").await.status, 401);
        }
        let reply = app.login("customer5", "123456").await;
        assert_eq!(reply.status, 429, "even the right password waits: {}", reply.text);
        assert_eq!(reply.body["error"], "too_many_attempts");
        let retry: u64 = reply.headers.get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok()).unwrap_or(0);
        assert!(retry > 0 && retry <= 900, "retry-after {retry}");
        assert_eq!(app.login("customer6", "123456").await.status, 200, "other users are not affected");
    }
}

each_backend! {
    async fn two_servers_on_one_database_throttle_the_same_failed_logins(app) {
        let (second, handle) = app.another_server().await;
        let attempt = |address: String, password: &'static str| async move {
            request_at(&address, "POST", "/api/auth/login", None, Some(json!({"username": "Customer8", "password": password}))).await
        };
        for _ in 0..3 {
            assert_eq!(attempt(app.address.clone(), "wrong-password").await.status, 401);
        }
        for _ in 0..2 {
            assert_eq!(attempt(second.clone(), "wrong-password").await.status, 401);
        }
        let first_server = attempt(app.address.clone(), "123456").await;
        assert_eq!(first_server.status, 429, "five failures across two servers: {}", first_server.text);
        let second_server = attempt(second.clone(), "123456").await;
        assert_eq!(second_server.body["error"], "too_many_attempts");
        handle.stop(true).await;
        app.restart().await;
        let after = app.login("customer8", "123456").await;
        assert_eq!(after.status, 429, "a restart forgets nothing ({:?}): {}", app.backend, after.text);
        assert_eq!(app.login("customer9", "123456").await.status, 200, "other users are not affected");
    }
}

each_backend! {
    async fn a_successful_login_clears_that_usernames_failures(app) {
        for _ in 0..4 {
            assert_eq!(app.login("customer10", "wrong-password").await.status, 401);
        }
        assert_eq!(app.login("customer10", "123456").await.status, 200);
        for _ in 0..4 {
            assert_eq!(app.login("customer10", "wrong-password").await.status, 401, "the count started again");
        }
        assert_eq!(app.login("customer10", "123456").await.status, 200);
    }
}

each_backend! {
    async fn failed_and_successful_logins_are_audited(app) {
        app.login("customer7", "wrong-password").await;
        app.login_as("customer7").await;
        let (token, _) = app.login_as("admin").await;
        let log = app.get("/api/admin/audit-log?per_page=50", &token).await;
        let actions: Vec<&str> = log.body["items"].as_array().map(|a| a.iter().filter_map(|i| i["action"].as_str()).collect()).unwrap_or_default();
        assert!(actions.contains(&"auth.login_failed"), "{actions:?}");
        assert!(actions.contains(&"auth.login"), "{actions:?}");
    }
}

#[actix_web::test]
async fn a_token_signed_with_another_secret_is_refused() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await;
    let other = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await;
    let (token, _) = other.login_as("admin").await;
    assert_eq!(app.request("POST", "/api/auth/verify", Some(&token), None).await.status, 401);
    app.cleanup().await;
    other.cleanup().await;
}
