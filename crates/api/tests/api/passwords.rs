//! An admin sets a user's password: imported users get one, old sessions end.

use serde_json::json;

use crate::each_backend;
use crate::exchange::{CUSTOMER_HEADER, upload};

each_backend! {
    async fn an_imported_user_logs_in_once_an_admin_sets_their_password(app) {
        let (admin, _) = app.login_as("admin").await;
        let imported = upload(&app, &admin, "/api/admin/import/customers", format!("{CUSTOMER_HEADER}\nnew.client,新客户,30,,1,,\n")).await;
        assert_eq!(imported.body["status"], "committed", "{}", imported.text);
        assert_eq!(app.login("new.client", "").await.status, 401, "no password yet");
        let id = app.user_id("new.client").await;
        let set = app.put(&format!("/api/admin/users/{id}/password"), &admin, json!({"password": "first-password"})).await;
        assert_eq!(set.status, 200, "{}", set.text);
        assert_eq!((set.body["username"].as_str(), set.body["role"].as_str()), (Some("new.client"), Some("customer")));
        let login = app.login("new.client", "first-password").await;
        assert_eq!(login.status, 200);
        let old_token = login.body["token"].as_str().unwrap_or_default().to_owned();
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&old_token), None).await.status, 200);
        assert_eq!(app.put(&format!("/api/admin/users/{id}/password"), &admin, json!({"password": "second-password"})).await.status, 200);
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&old_token), None).await.status, 401, "a reset ends old sessions");
        assert_eq!(app.login("new.client", "first-password").await.status, 401);
        assert_eq!(app.login("new.client", "second-password").await.status, 200);
        let audit = app.get("/api/admin/audit-log", &admin).await;
        assert!(audit.text.contains("user.password_set"));
        assert!(!audit.text.contains("second-password"), "the password is never recorded");
    }
}

each_backend! {
    async fn only_admins_set_passwords_and_the_rules_are_the_registration_rules(app) {
        let (admin, _) = app.login_as("admin").await;
        let id = app.user_id("customer2").await;
        let path = format!("/api/admin/users/{id}/password");
        for user in ["customer1", "manager1"] {
            let (token, _) = app.login_as(user).await;
            assert_eq!(app.put(&path, &token, json!({"password": "hijacked-password"})).await.status, 403, "{user}");
        }
        assert_eq!(app.request("PUT", &path, None, Some(json!({"password": "whatever-long"}))).await.status, 401);
        let weak = app.put(&path, &admin, json!({"password": "short"})).await;
        assert_eq!((weak.status, weak.body["error"].as_str()), (422, Some("weak_password")));
        let long = app.put(&path, &admin, json!({"password": "x".repeat(73)})).await;
        assert_eq!(long.body["error"], "password_too_long", "bcrypt uses 72 bytes");
        assert_eq!(app.put("/api/admin/users/999999/password", &admin, json!({"password": "long-enough"})).await.status, 404);
        assert_eq!(app.put(&path, &admin, json!({"password": "long-enough", "extra": 1})).await.status, 422);
        assert_eq!(app.login("customer2", "123456").await.status, 200, "nothing changed");
    }
}
