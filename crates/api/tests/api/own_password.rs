//! Everyone changes their own password: the current one is checked and guessing it is
//! throttled like a login, every other session ends, this one goes on.

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
