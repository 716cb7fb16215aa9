//! The relationship record: a manager records a call with a follow-up and finds it due, a
//! life event suggests needs without changing the portrait, a customer's contact request
//! reaches their manager once however often it is sent, and nobody else reads or writes any of it.

use futures_util::future::join_all;
use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::TestApp;
use crate::scoped_admin::{guangzhou_admin, members};

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn items(body: &Value) -> Vec<Value> {
    body["items"].as_array().cloned().unwrap_or_default()
}

/// Everybody assigned; customer1's id and their manager's session and id.
async fn customer_and_manager(app: &TestApp) -> (i64, String, i64) {
    let (admin, _) = app.login_as("admin").await;
    assert_eq!(app.post("/api/admin/auto-assign", &admin, json!({})).await.status, 200);
    let customer = app.user_id("customer1").await;
    let manager = app.number(&format!("SELECT manager_id FROM customer_profiles WHERE user_id = {customer}")).await;
    let username = crate::faults_support::text(app, &format!("SELECT username FROM users WHERE id = {manager}")).await;
    (customer, app.login_as(&username).await.0, manager)
}

each_backend! {
    async fn a_manager_records_a_call_with_a_follow_up_and_finds_it_in_their_due_list(app) {
        let (customer, manager, _) = customer_and_manager(&app).await;
        let tomorrow = now() + 86_400;
        let call = json!({"kind": "call", "note": "谈到子女教育金", "follow_up_at": tomorrow});
        let recorded = app.post(&format!("/api/customers/{customer}/interactions"), &manager, call).await;
        assert_eq!(recorded.status, 201, "{}", recorded.text);
        let id = recorded.body["interaction"]["id"].as_i64().unwrap_or(-1);
        let timeline = app.get(&format!("/api/customers/{customer}/interactions"), &manager).await;
        assert_eq!(items(&timeline.body).first().and_then(|i| i["id"].as_i64()), Some(id), "{}", timeline.text);
        let due = app.get(&format!("/api/follow-ups?due_before={}", tomorrow + 60), &manager).await;
        let listed = items(&due.body);
        assert_eq!(listed.iter().filter_map(|i| i["id"].as_i64()).collect::<Vec<_>>(), [id], "{}", due.text);
        assert_eq!((listed[0]["customer_name"].as_str(), listed[0]["note"].as_str()), (Some("客户1"), Some("谈到子女教育金")));
        let not_yet = app.get(&format!("/api/follow-ups?due_before={}", tomorrow - 60), &manager).await;
        assert_eq!(not_yet.body["total"].as_u64(), Some(0), "not due before its time");
        let done = app.post(&format!("/api/interactions/{id}/done"), &manager, json!({})).await;
        assert_eq!((done.status, done.body["follow_up_done"].as_bool()), (200, Some(true)), "{}", done.text);
        let again = app.post(&format!("/api/interactions/{id}/done"), &manager, json!({})).await;
        assert_eq!((again.status, again.body["follow_up_done"].as_bool()), (200, Some(true)), "done twice stays done");
        assert_eq!(app.get("/api/follow-ups", &manager).await.body["total"].as_u64(), Some(0));
        assert_eq!(app.number("SELECT COUNT(*) FROM audit_log WHERE action = 'interaction.follow_up_done'").await, 1, "one transition");
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.get(&format!("/api/customers/{customer}/interactions"), &admin).await.body["total"].as_u64(), Some(1));
    }
}

each_backend! {
    async fn a_life_event_suggests_the_needs_it_brings_and_changes_nothing_by_itself(app) {
        let (customer, manager, _) = customer_and_manager(&app).await;
        let before = app.number(&format!("SELECT needs_mask FROM customer_profiles WHERE user_id = {customer}")).await;
        let event = json!({"kind": "life_event", "life_event": "child", "note": "二胎"});
        let recorded = app.post(&format!("/api/customers/{customer}/interactions"), &manager, event).await;
        assert_eq!(recorded.status, 201, "{}", recorded.text);
        let profile = app.get(&format!("/api/customers/{customer}/profile"), &manager).await;
        let has: Vec<Value> = profile.body["needs"].as_array().cloned().unwrap_or_default();
        let suggested = recorded.body["suggested_needs"].as_array().cloned().unwrap_or_default();
        for need in &suggested {
            assert!(["education", "insurance", "savings"].contains(&need.as_str().unwrap_or("")) && !has.contains(need), "{need} for {}", profile.text);
        }
        let expected = ["education", "insurance", "savings"].iter().filter(|n| !has.contains(&json!(n))).count();
        assert_eq!(suggested.len(), expected, "{}", recorded.text);
        assert_eq!(app.number(&format!("SELECT needs_mask FROM customer_profiles WHERE user_id = {customer}")).await, before, "a suggestion, not a change");
    }
}

each_backend! {
    async fn parallel_contact_requests_make_one_and_it_reaches_the_customers_manager(app) {
        let (customer, manager, _) = customer_and_manager(&app).await;
        let (own, _) = app.login_as("customer1").await;
        let replies = join_all((0..8).map(|_| app.post("/api/me/contact-request", &own, json!({"note": "想了解养老理财"})))).await;
        let created = replies.iter().filter(|r| r.status == 201).count();
        assert_eq!(created, 1, "{:?}", replies.iter().map(|r| (r.status, r.text.clone())).collect::<Vec<_>>());
        assert!(replies.iter().all(|r| r.status == 201 || r.status == 200));
        let ids: Vec<i64> = replies.iter().filter_map(|r| r.body["id"].as_i64()).collect();
        assert!(ids.windows(2).all(|w| w[0] == w[1]), "the same request: {ids:?}");
        assert_eq!(app.number(&format!("SELECT COUNT(*) FROM interactions WHERE customer_id = {customer}")).await, 1);
        let due = app.get("/api/follow-ups", &manager).await;
        assert_eq!(items(&due.body).first().and_then(|i| i["kind"].as_str()), Some("contact_request"), "{}", due.text);
        assert_eq!(app.post(&format!("/api/interactions/{}/done", ids[0]), &manager, json!({})).await.status, 200);
        let next = app.post("/api/me/contact-request", &own, json!({})).await;
        assert_eq!(next.status, 201, "a new request once the last one is answered: {}", next.text);
    }
}

each_backend! {
    async fn nobody_but_the_customers_manager_and_the_admins_over_them_keeps_their_record(app) {
        let (customer, manager, manager_id) = customer_and_manager(&app).await;
        let path = format!("/api/customers/{customer}/interactions");
        let call = app.post(&path, &manager, json!({"kind": "visit", "follow_up_at": now() + 3_600})).await;
        let id = call.body["interaction"]["id"].as_i64().unwrap_or(-1);
        let other = app.numbers(&format!("SELECT id FROM users WHERE role = 'manager' AND id <> {manager_id} ORDER BY id")).await[0];
        let other = crate::faults_support::text(&app, &format!("SELECT username FROM users WHERE id = {other}")).await;
        let (stranger, _) = app.login_as(&other).await;
        let (own, _) = app.login_as("customer1").await;
        let gz = guangzhou_admin(&app).await;
        let hz_customer = members(&app, "customer", "HZ").await[0];
        let refused = [
            app.post(&path, &stranger, json!({"kind": "call"})).await,
            app.get(&path, &stranger).await,
            app.post(&format!("/api/interactions/{id}/done"), &stranger, json!({})).await,
            app.post(&path, &own, json!({"kind": "call"})).await,
            app.get(&path, &own).await,
            app.get("/api/follow-ups", &own).await,
            app.post("/api/me/contact-request", &manager, json!({})).await,
            app.post(&format!("/api/customers/{hz_customer}/interactions"), &gz, json!({"kind": "call"})).await,
        ];
        for reply in refused {
            assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")), "{}", reply.text);
        }
        for (body, field) in [
            (json!({"kind": "phone"}), "kind"),
            (json!({"kind": "contact_request"}), "kind"),
            (json!({"kind": "call", "follow_up_at": now() - 86_400}), "follow_up_at"),
            (json!({"kind": "call", "happened_at": now() + 86_400}), "happened_at"),
            (json!({"kind": "life_event"}), "life_event"),
            (json!({"kind": "call", "note": "字".repeat(1_001)}), "note"),
        ] {
            let reply = app.post(&path, &manager, body).await;
            assert_eq!((reply.status, reply.body["error"].as_str(), reply.body["field"].as_str()), (422, Some("invalid_interaction"), Some(field)), "{}", reply.text);
        }
        assert_eq!(app.number(&format!("SELECT COUNT(*) FROM interactions WHERE customer_id = {customer}")).await, 1, "nothing else was written");
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.get("/api/customers/987654/interactions", &admin).await.status, 404);
        let plain = app.post(&path, &manager, json!({"kind": "message"})).await;
        let no_follow_up = plain.body["interaction"]["id"].as_i64().unwrap_or(-1);
        assert_eq!(app.post(&format!("/api/interactions/{no_follow_up}/done"), &manager, json!({})).await.status, 404, "nothing to follow up");
        assert_eq!(app.get("/api/follow-ups", &gz).await.status, 200, "an admin sees the follow-ups of their part");
    }
}

each_backend! {
    async fn a_customer_sees_where_their_manager_works_and_how_to_reach_them(app) {
        let (_, _, manager_id) = customer_and_manager(&app).await;
        let (admin, _) = app.login_as("admin").await;
        let contact = json!({"phone": "+86 20 8888 0001", "email": "rm1@bank.example"});
        assert_eq!(app.put(&format!("/api/admin/staff/{manager_id}"), &admin, contact).await.status, 200);
        let (own, _) = app.login_as("customer1").await;
        let card = app.get(&format!("/api/managers/{manager_id}/profile"), &own).await;
        assert_eq!(card.status, 200, "{}", card.text);
        assert_eq!((card.body["phone"].as_str(), card.body["email"].as_str()), (Some("+86 20 8888 0001"), Some("rm1@bank.example")), "{}", card.text);
        assert!(card.body["unit_code"].is_string() && card.body["unit_name"].is_string(), "{}", card.text);
        assert!(card.body.get("capacity").is_none() && card.body.get("username").is_none(), "still the public card: {}", card.text);
    }
}
