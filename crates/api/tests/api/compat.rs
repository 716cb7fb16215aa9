//! The original system's clients (see docs/migrating.md): one test per original endpoint
//! sends the original's request and checks the original's keys and their JSON types, as that
//! page lists them ("The original's replies") — written from there, not from Portrait's
//! output; and its health check, its manual assignment without a reason, and the `msg` key
//! it read in every error. One file though over 300 lines: it is read side by side with
//! that page's list, endpoint by endpoint.

use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::TestApp;

/// Keys and the JSON type each has: `integer`, `number`, `string`, `boolean`, `object`,
/// `string[]`, `datetime` (an RFC 3339 string), alternatives joined by `|` (`string|null`).
type Shape = &'static [(&'static str, &'static str)];

const USER: Shape = &[("id", "integer"), ("username", "string"), ("name", "string"), ("role", "string")];
const CUSTOMER_PROFILE: Shape = &[
    ("id", "integer"),
    ("user_id", "integer"),
    ("name", "string"),
    ("age", "integer|null"),
    ("occupation", "string"),
    ("total_assets", "number"),
    ("needs", "string[]"),
    ("hobbies", "string[]"),
    ("customer_class", "string|null"),
    ("manager_id", "integer|null"),
    ("created_at", "datetime"),
    ("updated_at", "datetime"),
];
const MANAGER_PROFILE: Shape =
    &[("user_id", "integer"), ("name", "string"), ("capabilities", "string[]"), ("hobbies", "string[]"), ("capacity", "integer")];
const CLASS_COUNT: Shape = &[("class", "string"), ("count", "integer")];

fn is(kind: &str, v: &Value) -> bool {
    match kind {
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "object" => v.is_object(),
        "string[]" => v.as_array().is_some_and(|a| a.iter().all(Value::is_string)),
        "datetime" => v.as_str().is_some_and(|s| chrono::DateTime::parse_from_rfc3339(s).is_ok()),
        other => panic!("unknown kind {other}"),
    }
}

/// Every key of `shape` is present in `value` with its type.
fn assert_shape(what: &str, value: &Value, shape: Shape) {
    for (key, kind) in shape {
        let present = value.get(*key).is_some_and(|v| kind.split('|').any(|k| is(k, v)));
        assert!(present, "{what}: `{key}` should be {kind} in {value}");
    }
}

/// `value` is a non-empty array whose every element has `shape`.
fn assert_each(what: &str, value: &Value, shape: Shape) {
    let items = value.as_array().unwrap_or_else(|| panic!("{what} should be an array: {value}"));
    assert!(!items.is_empty(), "{what} is empty");
    for item in items {
        assert_shape(what, item, shape);
    }
}

async fn assign_everyone(app: &TestApp, admin: &str) {
    let run = app.request("POST", "/api/admin/auto-assign", Some(admin), None).await;
    assert_eq!(run.status, 200, "{}", run.text);
}

each_backend! {
    async fn the_original_health_check_at_slash_health_answers(app) {
        let reply = app.request("GET", "/health", None, None).await;
        assert_eq!((reply.status, reply.body["status"].as_str()), (200, Some("ok")), "{}", reply.text);
        assert_shape("health", &reply.body, &[("status", "string")]);
    }
}

each_backend! {
    async fn registering_answers_the_originals_msg_token_and_user_and_the_token_is_a_real_session(app) {
        let body = json!({"username": "newcustomer", "password": "new-pass-123", "name": "新客户", "role": "customer"});
        let reply = app.request("POST", "/api/auth/register", None, Some(body)).await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        assert_shape("register", &reply.body, &[("msg", "string"), ("token", "string"), ("user", "object")]);
        assert_shape("register.user", &reply.body["user"], USER);
        assert_eq!((reply.body["user"]["username"].as_str(), reply.body["user"]["role"].as_str()), (Some("newcustomer"), Some("customer")));
        let token = reply.body["token"].as_str().unwrap_or_default();
        let verified = app.request("POST", "/api/auth/verify", Some(token), None).await;
        assert_eq!((verified.status, &verified.body["id"]), (200, &reply.body["user"]["id"]), "{}", verified.text);
        assert_eq!(app.request("POST", "/api/auth/logout", Some(token), None).await.status, 200);
        assert_eq!(app.request("POST", "/api/auth/verify", Some(token), None).await.status, 401, "logout revokes it like any session");
        let (admin, _) = app.login_as("admin").await;
        let staff = app.request("POST", "/api/auth/register", Some(&admin), Some(json!({"username": "newstaff", "password": "new-pass-123", "role": "manager"}))).await;
        assert_eq!((staff.status, staff.body["token"].is_null()), (201, true), "an admin gets no session of the account they create: {}", staff.text);
    }
}

each_backend! {
    async fn logging_in_answers_the_originals_msg_token_and_user(app) {
        let reply = app.login("customer1", "123456").await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_shape("login", &reply.body, &[("msg", "string"), ("token", "string"), ("user", "object")]);
        assert_shape("login.user", &reply.body["user"], USER);
    }
}

each_backend! {
    async fn verify_answers_the_users_fields_at_the_top_level_as_the_original_did(app) {
        let (token, id) = app.login_as("manager2").await;
        let reply = app.request("POST", "/api/auth/verify", Some(&token), None).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_shape("verify", &reply.body, USER);
        assert_eq!((reply.body["id"].as_i64(), reply.body["role"].as_str()), (Some(id), Some("manager")));
    }
}

each_backend! {
    async fn a_customer_profile_has_the_originals_keys_and_types(app) {
        let (admin, _) = app.login_as("admin").await;
        assign_everyone(&app, &admin).await;
        let (token, id) = app.login_as("customer1").await;
        let reply = app.get(&format!("/api/customers/{id}/profile"), &token).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_shape("profile", &reply.body, CUSTOMER_PROFILE);
        assert_eq!((reply.body["id"].as_i64(), reply.body["user_id"].as_i64()), (Some(id), Some(id)));
        assert!(reply.body["customer_class"].as_str().is_some_and(|c| ["A", "B", "C", "D", "E"].contains(&c)), "{}", reply.text);
        assert_eq!(reply.body["customer_class"], reply.body["class"]);
    }
}

each_backend! {
    async fn a_profile_update_with_the_originals_body_answers_the_originals_profile(app) {
        let (token, id) = app.login_as("customer2").await;
        // A minute old, so the change visibly moves it.
        app.exec(&format!("UPDATE customer_profiles SET updated_at = updated_at - 60 WHERE user_id = {id}")).await;
        let before = app.get(&format!("/api/customers/{id}/profile"), &token).await;
        let body = json!({"age": 36, "occupation": "教师", "total_assets": 800000, "needs": ["savings", "insurance"], "hobbies": ["reading"]});
        let reply = app.put(&format!("/api/customers/{id}/profile"), &token, body).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_shape("updated profile", &reply.body, CUSTOMER_PROFILE);
        assert_eq!((reply.body["age"].as_i64(), reply.body["occupation"].as_str()), (Some(36), Some("教师")));
        assert_eq!(reply.body["created_at"], before.body["created_at"], "made once");
        let time = |v: &Value| v.as_str().and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
        assert!(time(&reply.body["updated_at"]) > time(&before.body["updated_at"]), "the change moves updated_at: {}", reply.text);
        assert!(time(&reply.body["updated_at"]) >= time(&reply.body["created_at"]));
    }
}

each_backend! {
    async fn a_manager_profile_has_the_originals_keys_and_types(app) {
        let (token, id) = app.login_as("manager1").await;
        let reply = app.get(&format!("/api/managers/{id}/profile"), &token).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_shape("manager profile", &reply.body, MANAGER_PROFILE);
    }
}

each_backend! {
    async fn every_item_of_the_customer_list_has_the_originals_profile_keys(app) {
        let (admin, _) = app.login_as("admin").await;
        let reply = app.get("/api/customers", &admin).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_each("customers", &reply.body["items"], CUSTOMER_PROFILE);
    }
}

each_backend! {
    async fn every_item_of_the_manager_list_has_the_originals_manager_keys(app) {
        let (admin, _) = app.login_as("admin").await;
        let reply = app.get("/api/managers", &admin).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_each("managers", &reply.body["items"], MANAGER_PROFILE);
    }
}

each_backend! {
    async fn every_customer_in_a_managers_book_has_the_originals_profile_keys(app) {
        let (admin, _) = app.login_as("admin").await;
        assign_everyone(&app, &admin).await;
        let (token, id) = app.login_as("manager1").await;
        let reply = app.get(&format!("/api/managers/{id}/customers"), &token).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_each("book", &reply.body["items"], CUSTOMER_PROFILE);
    }
}

each_backend! {
    async fn insights_have_the_originals_keys_with_recommendations_as_text(app) {
        let (admin, _) = app.login_as("admin").await;
        assign_everyone(&app, &admin).await;
        let (token, id) = app.login_as("customer1").await;
        let reply = app.get(&format!("/api/customers/{id}/insights"), &token).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let body = &reply.body;
        assert_shape("insights", body, &[("customer_name", "string"), ("customer_class", "string|null"), ("recommendations", "string[]")]);
        assert_each("needs_analysis", &body["needs_analysis"], &[("need", "string"), ("matched", "boolean")]);
        assert_each("hobbies_analysis", &body["hobbies_analysis"], &[("hobby", "string"), ("matched", "boolean")]);
        let profile = app.get(&format!("/api/customers/{id}/profile"), &token).await.body;
        let listed: Vec<Value> = body["needs_analysis"].as_array().into_iter().flatten().map(|n| n["need"].clone()).collect();
        assert_eq!(Some(&listed), profile["needs"].as_array(), "one entry per need, in order");
        assert_eq!((&body["customer_name"], &body["customer_class"]), (&profile["name"], &profile["customer_class"]));
        let advice: Vec<Value> = body["recommendation_details"].as_array().into_iter().flatten().map(|r| r["advice"].clone()).collect();
        assert_eq!(body["recommendations"].as_array(), Some(&advice), "the structured advice moved to recommendation_details");
    }
}

each_backend! {
    async fn the_classification_keeps_the_originals_list_under_classes(app) {
        let (admin, _) = app.login_as("admin").await;
        assign_everyone(&app, &admin).await;
        let reply = app.get("/api/customers/classification", &admin).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_each("classes", &reply.body["classes"], CLASS_COUNT);
        let names: Vec<&str> = reply.body["classes"].as_array().into_iter().flatten().filter_map(|c| c["class"].as_str()).collect();
        assert_eq!(names, ["A", "B", "C", "D", "E", "unclassified"]);
        let sum: u64 = reply.body["classes"].as_array().into_iter().flatten().filter_map(|c| c["count"].as_u64()).sum();
        assert_eq!(reply.body["total"].as_u64(), Some(sum));
    }
}

each_backend! {
    async fn the_class_filter_accepts_every_class_the_classification_counts_unclassified_included(app) {
        let (admin, _) = app.login_as("admin").await;
        let counts = |body: &Value| -> Vec<(String, u64)> {
            body["classes"].as_array().into_iter().flatten().map(|c| (c["class"].as_str().unwrap_or_default().to_owned(), c["count"].as_u64().unwrap_or(0))).collect()
        };
        let before = counts(&app.get("/api/customers/classification", &admin).await.body);
        assert!(before.contains(&("unclassified".to_owned(), 20)), "nobody is classified before the first run: {before:?}");
        assign_everyone(&app, &admin).await;
        app.exec(&format!("UPDATE customer_profiles SET class = NULL WHERE user_id = {}", app.user_id("customer1").await)).await;
        let after = counts(&app.get("/api/customers/classification", &admin).await.body);
        for (class, count) in after {
            let list = app.get(&format!("/api/customers?class={class}&per_page=1"), &admin).await;
            assert_eq!((list.status, list.body["total"].as_u64()), (200, Some(count)), "class={class}: {}", list.text);
        }
        let unclassified = app.get("/api/customers?class=unclassified", &admin).await;
        assert!(unclassified.body["items"].as_array().is_some_and(|i| i.len() == 1 && i[0]["class"].is_null()), "{}", unclassified.text);
        assert_eq!(app.get("/api/customers?class=F", &admin).await.body["error"], "invalid_class");
    }
}

each_backend! {
    async fn the_dashboard_has_the_originals_keys_and_types(app) {
        let (admin, _) = app.login_as("admin").await;
        let reply = app.get("/api/admin/dashboard", &admin).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        let totals = &[("total_customers", "integer"), ("total_managers", "integer"), ("unassigned_customers", "integer")];
        assert_shape("dashboard", &reply.body, totals);
        assert_each("customer_classes", &reply.body["customer_classes"], CLASS_COUNT);
    }
}

each_backend! {
    async fn the_statistics_have_the_originals_keys_and_types(app) {
        let (admin, _) = app.login_as("admin").await;
        assign_everyone(&app, &admin).await;
        let reply = app.get("/api/admin/stats", &admin).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_shape("stats", &reply.body, &[("total_customers", "integer"), ("total_managers", "integer"), ("total_matches", "integer")]);
        assert_each("class_stats", &reply.body["class_stats"], CLASS_COUNT);
        assert_each("manager_loads", &reply.body["manager_loads"], &[("manager_id", "integer"), ("manager_name", "string"), ("customer_count", "integer")]);
    }
}

each_backend! {
    async fn auto_assign_counts_the_customers_it_assigned_and_the_matches_it_recorded_as_the_original(app) {
        let (admin, _) = app.login_as("admin").await;
        let first = app.request("POST", "/api/admin/auto-assign", Some(&admin), None).await;
        assert_eq!(first.status, 200, "{}", first.text);
        assert_shape("auto-assign", &first.body, &[("msg", "string"), ("assigned_count", "integer"), ("recorded_matches", "integer")]);
        let history = app.number(&format!("SELECT COUNT(*) FROM match_history WHERE run_id = {}", first.body["run_id"])).await;
        assert_eq!((first.body["assigned_count"].as_i64(), first.body["recorded_matches"].as_i64()), (Some(20), Some(history)));
        assert_eq!(history, 20, "every demo customer got a manager");
        let second = app.request("POST", "/api/admin/auto-assign", Some(&admin), None).await;
        assert_eq!((second.body["assigned_count"].as_i64(), second.body["recorded_matches"].as_i64()), (Some(0), Some(0)), "{}", second.text);
    }
}

each_backend! {
    async fn a_manual_assignment_answers_the_originals_similarity_object(app) {
        let (admin, _) = app.login_as("admin").await;
        let customer = app.user_id("customer6").await;
        let manager = app.user_id("manager3").await;
        let reply = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": customer, "manager_id": manager})).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
        assert_shape("manual-assign", &reply.body, &[("msg", "string"), ("similarity", "object"), ("class", "string|null")]);
        let similarity = &reply.body["similarity"];
        assert_shape("similarity", similarity, &[("score", "integer"), ("needs", "string[]"), ("hobbies", "string[]")]);
        let matched = similarity["needs"].as_array().map_or(0, Vec::len) + similarity["hobbies"].as_array().map_or(0, Vec::len);
        assert_eq!(similarity["score"].as_u64(), Some(matched as u64), "the score is the matched needs and hobbies");
        assert_eq!(reply.body["similarity_score"], similarity["score"], "Portrait's number stays under similarity_score");
    }
}

each_backend! {
    async fn a_manual_assignment_without_a_reason_is_recorded_as_such(app) {
        let (admin, _) = app.login_as("admin").await;
        let customer = app.user_id("customer5").await;
        let manager = app.user_id("manager2").await;
        let reply = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": customer, "manager_id": manager})).await;
        assert_eq!(reply.status, 200, "the original's body: {}", reply.text);
        let notes = app.number(&format!("SELECT COUNT(*) FROM match_history WHERE customer_id = {customer} AND note = 'no reason given'")).await;
        assert_eq!(notes, 1, "the history says no reason was given");
        let blank = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": customer, "manager_id": manager, "reason": " "})).await;
        assert_eq!(blank.body["error"], "reason_required", "a reason sent blank is still refused");
    }
}

each_backend! {
    async fn every_error_also_carries_the_original_msg_key(app) {
        let (admin, _) = app.login_as("admin").await;
        let replies = [
            app.login("admin", "wrong").await,
            app.get("/api/customers/999999/profile", &admin).await,
            app.request("GET", "/api/no-such-route", None, None).await,
            app.request("DELETE", "/api/customers", Some(&admin), None).await,
        ];
        for reply in replies {
            assert!(reply.status >= 400, "{}", reply.text);
            assert_eq!(reply.body["msg"], reply.body["message"], "{}", reply.text);
            assert!(reply.body["msg"].as_str().is_some_and(|m| !m.is_empty()), "{}", reply.text);
        }
    }
}
