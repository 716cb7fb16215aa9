//! Everyone changes their own password: the current one is checked and guessing it is
//! throttled like a login, every other session ends, this one goes on; an account whose
//! password an admin made or set must choose its own before anything else.

use futures_util::future::join_all;
use serde_json::json;

use crate::each_backend;

each_backend! {
    async fn a_user_changes_their_own_password_and_every_other_session_ends(app) {
        let (phone, _) = app.login_as("customer1").await;
        let (laptop, _) = app.login_as("customer1").await;
        let changed = app.put("/api/auth/password", &laptop, json!({"current_password": "123456", "new_password": "my-new-secret-1"})).await;
        assert_eq!((changed.status, changed.body["user"]["username"].as_str()), (200, Some("customer1")), "{}", changed.text);
        let fresh = changed.body["token"].as_str().unwrap_or_default().to_owned();
        for old in [&phone, &laptop] {
            assert_eq!(app.request("POST", "/api/auth/verify", Some(old), None).await.status, 401, "old sessions end");
        }
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&fresh), None).await.status, 200, "this one goes on");
        assert_eq!(app.login("customer1", "123456").await.status, 401);
        assert_eq!(app.login("customer1", "my-new-secret-1").await.status, 200);
        let audited = app.number("SELECT COUNT(*) FROM audit_log WHERE action = 'user.password_change'").await;
        assert_eq!(audited, 1);
    }
}

each_backend! {
    async fn a_wrong_current_password_or_a_bad_body_changes_nothing(app) {
        let (token, _) = app.login_as("manager1").await;
        let bodies = [
            (json!({"current_password": "654321", "new_password": "my-new-secret-1"}), 422, "wrong_password"),
            (json!({"current_password": "123456", "new_password": "short"}), 422, "weak_password"),
            (json!({"current_password": "123456", "new_password": "x".repeat(73)}), 422, "password_too_long"),
            (json!({"current_password": "123456"}), 422, "invalid_body"),
            (json!({"current_password": "123456", "new_passwort": "my-new-secret-1"}), 422, "invalid_body"),
            (json!({"current_password": 123_456, "new_password": "my-new-secret-1"}), 422, "invalid_body"),
        ];
        for (body, status, code) in bodies {
            let reply = app.put("/api/auth/password", &token, body.clone()).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (status, Some(code)), "{body}: {}", reply.text);
        }
        let anonymous = app.request("PUT", "/api/auth/password", None, Some(json!({"current_password": "123456", "new_password": "my-new-secret-1"}))).await;
        assert_eq!(anonymous.status, 401);
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&token), None).await.status, 200, "the session is untouched");
        assert_eq!(app.login("manager1", "123456").await.status, 200, "the password is untouched");
    }
}

each_backend! {
    async fn guessing_the_current_password_is_throttled_like_a_login(app) {
        let (token, _) = app.login_as("customer2").await;
        let guesses = (0..30).map(|i| app.put("/api/auth/password", &token, json!({"current_password": format!("guess-{i}"), "new_password": "my-new-secret-1"})));
        let replies = join_all(guesses).await;
        assert!(replies.iter().all(|r| r.status == 422 || r.status == 429), "{:?}", replies.iter().map(|r| r.status).collect::<Vec<_>>());
        assert!(replies.iter().any(|r| r.status == 429 && r.headers.contains_key("retry-after")), "guesses are cut off");
        assert_eq!(app.number("SELECT COUNT(*) FROM audit_log WHERE action = 'user.password_change'").await, 0);
    }
}

each_backend! {
    async fn an_account_an_admin_made_must_choose_its_own_password_before_anything_else(app) {
        let (admin, _) = app.login_as("admin").await;
        let made = app.post("/api/auth/register", &admin, json!({"username": "newbie", "password": "given-by-admin-1", "role": "manager"})).await;
        assert_eq!(made.status, 201, "{}", made.text);
        let newbie = made.body["id"].as_i64().unwrap_or(-1);
        let login = app.login("newbie", "given-by-admin-1").await;
        assert_eq!((login.status, login.body["user"]["must_change_password"].as_bool()), (200, Some(true)), "{}", login.text);
        let first = login.body["token"].as_str().unwrap_or_default().to_owned();
        let profile = format!("/api/managers/{newbie}/profile");
        let refused = app.get(&profile, &first).await;
        assert_eq!((refused.status, refused.body["error"].as_str()), (403, Some("password_change_required")), "{}", refused.text);
        let verified = app.request("POST", "/api/auth/verify", Some(&first), None).await;
        assert_eq!((verified.status, verified.body["user"]["must_change_password"].as_bool()), (200, Some(true)));
        let same = app.put("/api/auth/password", &first, json!({"current_password": "given-by-admin-1", "new_password": "chosen-by-me-1"})).await;
        assert_eq!((same.status, same.body["user"]["must_change_password"].as_bool()), (200, Some(false)), "{}", same.text);
        let token = same.body["token"].as_str().unwrap_or_default().to_owned();
        assert_eq!(app.get(&profile, &token).await.status, 200, "free once the password is their own");

        // An admin's reset puts the account back in that state; the user's own change does not.
        let (customer, customer_id) = app.login_as("customer1").await;
        assert_eq!(app.get(&format!("/api/customers/{customer_id}/profile"), &customer).await.status, 200);
        let reset = app.put(&format!("/api/admin/users/{customer_id}/password"), &admin, json!({"password": "reset-by-admin-1"})).await;
        assert_eq!(reset.status, 200, "{}", reset.text);
        let again = app.login("customer1", "reset-by-admin-1").await;
        assert_eq!(again.body["user"]["must_change_password"], true);
        let token = again.body["token"].as_str().unwrap_or_default().to_owned();
        assert_eq!(app.get(&format!("/api/customers/{customer_id}/profile"), &token).await.body["error"], "password_change_required");
        assert_eq!(app.request("POST", "/api/auth/logout", Some(&token), None).await.status, 200, "logging out is still allowed");
    }
}

each_backend! {
    async fn the_login_hint_is_offered_only_while_the_demo_admin_opens_with_the_demo_password(app) {
        let about = app.request("GET", "/api/about", None, None).await;
        assert_eq!((about.status, about.body["demo_accounts"].as_bool()), (200, Some(true)), "{}", about.text);
        assert!(about.body["version"].is_string());
        let (admin, _) = app.login_as("admin").await;
        let changed = app.put("/api/auth/password", &admin, json!({"current_password": "admin123", "new_password": "a-real-secret-9"})).await;
        assert_eq!(changed.status, 200, "{}", changed.text);
        let after = app.request("GET", "/api/about", None, None).await;
        assert_eq!(after.body["demo_accounts"].as_bool(), Some(false), "no hint once the demo password is gone: {}", after.text);
    }
}
