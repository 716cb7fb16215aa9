//! Managers' profiles: what a manager may edit of their own, what only an admin sets, the
//! public card a customer sees, and who may list managers and their books.

use serde_json::json;

use crate::each_backend;
use crate::profiles::assign;

each_backend! {
    async fn a_manager_edits_their_profile_but_not_their_capacity_or_active_flag(app) {
        let (token, id) = app.login_as("manager1").await;
        let path = format!("/api/managers/{id}/profile");
        let ok = app.put(&path, &token, json!({"capabilities": ["loan", "tax"], "hobbies": ["art"]})).await;
        assert_eq!(ok.status, 200, "{}", ok.text);
        assert_eq!(ok.body["capabilities"], json!(["loan", "tax"]));
        for body in [json!({"capacity": 500}), json!({"active": false}), json!({"role": "admin"})] {
            let reply = app.put(&path, &token, body.clone()).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (422, Some("field_not_allowed")), "{body}");
        }
        assert_eq!(app.get(&path, &token).await.body["capacity"], 50);
        let other = app.user_id("manager2").await;
        assert_eq!(app.put(&format!("/api/managers/{other}/profile"), &token, json!({"hobbies": []})).await.status, 403);
        assert_eq!(app.get(&format!("/api/managers/{other}/profile"), &token).await.status, 403);
    }
}

each_backend! {
    async fn an_admin_sets_capacity_and_deactivation_releases_the_book(app) {
        let (admin, _) = app.login_as("admin").await;
        let manager = app.user_id("manager3").await;
        let customer = app.user_id("customer5").await;
        assign(&app, customer, manager).await;
        let path = format!("/api/managers/{manager}/profile");
        assert_eq!(app.put(&path, &admin, json!({"capacity": 10001})).await.status, 422);
        let reply = app.put(&path, &admin, json!({"capacity": 80, "active": false})).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_eq!(reply.body["capacity"], 80);
        assert_eq!(reply.body["active"], false);
        assert_eq!(reply.body["customer_count"], 0);
        let profile = app.get(&format!("/api/customers/{customer}/profile"), &admin).await;
        assert_eq!(profile.body["manager_id"], serde_json::Value::Null);
    }
}

each_backend! {
    async fn a_customer_sees_only_the_public_card_of_their_own_manager(app) {
        let (token, customer) = app.login_as("customer1").await;
        let manager = app.user_id("manager2").await;
        let stranger = app.user_id("manager3").await;
        assert_eq!(app.get(&format!("/api/managers/{manager}/profile"), &token).await.status, 403);
        assign(&app, customer, manager).await;
        let card = app.get(&format!("/api/managers/{manager}/profile"), &token).await;
        assert_eq!(card.status, 200);
        assert_eq!(card.body["name"], "经理2");
        assert!(card.body.get("capacity").is_none(), "no capacity on the card: {}", card.text);
        assert!(card.body.get("customer_count").is_none());
        assert_eq!(app.get(&format!("/api/managers/{stranger}/profile"), &token).await.status, 403);
        assert_eq!(app.get(&format!("/api/managers/{manager}/customers"), &token).await.status, 403);
    }
}

each_backend! {
    async fn the_manager_list_is_for_admins_only(app) {
        let (admin, _) = app.login_as("admin").await;
        let list = app.get("/api/managers", &admin).await;
        assert_eq!(list.body["total"], 5);
        assert!(list.body["items"].as_array().is_some_and(|a| a.iter().all(|m| m["capacity"] == 50)));
        let (manager, _) = app.login_as("manager1").await;
        assert_eq!(app.get("/api/managers", &manager).await.status, 403);
        let (customer, _) = app.login_as("customer1").await;
        assert_eq!(app.get("/api/managers", &customer).await.status, 403);
    }
}

each_backend! {
    async fn a_managers_customers_are_for_that_manager_and_admins(app) {
        let (token, manager) = app.login_as("manager4").await;
        let customer = app.user_id("customer8").await;
        assign(&app, customer, manager).await;
        let mine = app.get(&format!("/api/managers/{manager}/customers"), &token).await;
        assert_eq!(mine.body["total"], 1);
        assert_eq!(mine.body["items"][0]["user_id"], customer);
        let other = app.user_id("manager5").await;
        assert_eq!(app.get(&format!("/api/managers/{other}/customers"), &token).await.status, 403);
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.get(&format!("/api/managers/{manager}/customers"), &admin).await.body["total"], 1);
    }
}
