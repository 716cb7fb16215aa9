//! Customers' profiles and lists, tags and names, with every object-level rule and every
//! validation rule (managers' profiles: `manager_profiles.rs`).

use serde_json::json;

use crate::each_backend;
use crate::helpers::TestApp;

pub(crate) async fn assign(app: &TestApp, customer: i64, manager: i64) {
    let sql = format!("UPDATE customer_profiles SET manager_id = {manager} WHERE user_id = {customer}");
    sea_orm::ConnectionTrait::execute_unprepared(&app.store.db, &sql).await.ok();
}

each_backend! {
    async fn a_customer_reads_and_edits_their_own_profile(app) {
        let (token, id) = app.login_as("customer1").await;
        let reply = app.get(&format!("/api/customers/{id}/profile"), &token).await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.body["name"], "客户1");
        assert!(reply.body["age"].as_i64().is_some_and(|a| (25..=65).contains(&a)));
        let assets = reply.body["total_assets"].as_i64().unwrap_or_default();
        assert!((10_000_000..=1_000_000_000).contains(&assets), "100k–10M CNY in fen: {assets}");
        let update = app.put(&format!("/api/customers/{id}/profile"), &token, json!({"age": 40, "occupation": "医生", "needs": ["loan", "tax", "loan"], "hobbies": ["wine"]})).await;
        assert_eq!(update.status, 200, "{}", update.text);
        let again = app.get(&format!("/api/customers/{id}/profile"), &token).await;
        assert_eq!(again.body["age"], 40);
        assert_eq!(again.body["occupation"], "医生");
        assert_eq!(again.body["needs"], json!(["loan", "tax"]));
        assert_eq!(again.body["hobbies"], json!(["wine"]));
    }
}

each_backend! {
    async fn customer_cannot_read_another_customers_profile(app) {
        let (token, _) = app.login_as("customer1").await;
        let other = app.user_id("customer2").await;
        let reply = app.get(&format!("/api/customers/{other}/profile"), &token).await;
        assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")));
    }
}

each_backend! {
    async fn customer_cannot_edit_another_customers_profile(app) {
        let (token, _) = app.login_as("customer1").await;
        let other = app.user_id("customer2").await;
        let reply = app.put(&format!("/api/customers/{other}/profile"), &token, json!({"age": 30})).await;
        assert_eq!(reply.status, 403);
    }
}

each_backend! {
    async fn a_manager_reads_only_their_own_customers_profiles(app) {
        let (token, manager) = app.login_as("manager1").await;
        let mine = app.user_id("customer1").await;
        let theirs = app.user_id("customer2").await;
        assign(&app, mine, manager).await;
        assert_eq!(app.get(&format!("/api/customers/{mine}/profile"), &token).await.status, 200);
        assert_eq!(app.get(&format!("/api/customers/{theirs}/profile"), &token).await.status, 403);
        assert_eq!(app.put(&format!("/api/customers/{mine}/profile"), &token, json!({"age": 30})).await.status, 403, "managers read, not write");
    }
}

each_backend! {
    async fn an_admin_reads_and_edits_any_profile_and_gets_404_for_none(app) {
        let (token, _) = app.login_as("admin").await;
        let id = app.user_id("customer9").await;
        assert_eq!(app.get(&format!("/api/customers/{id}/profile"), &token).await.status, 200);
        assert_eq!(app.put(&format!("/api/customers/{id}/profile"), &token, json!({"total_assets": 0})).await.status, 200);
        assert_eq!(app.get("/api/customers/999999/profile", &token).await.status, 404);
        let not_an_id = app.get("/api/customers/not-a-number/profile", &token).await;
        assert_eq!((not_an_id.status, not_an_id.body["error"].as_str()), (400, Some("invalid_path")), "as the document says");
    }
}

each_backend! {
    async fn computed_and_role_fields_are_refused_not_silently_stored(app) {
        let (token, id) = app.login_as("customer1").await;
        for body in [json!({"class": "A"}), json!({"segment": 3}), json!({"manager_id": 1}), json!({"role": "admin"})] {
            let reply = app.put(&format!("/api/customers/{id}/profile"), &token, body.clone()).await;
            assert_eq!(reply.status, 422, "{body}: {}", reply.text);
            assert_eq!(reply.body["error"], "field_not_allowed");
        }
        let profile = app.get(&format!("/api/customers/{id}/profile"), &token).await;
        assert_eq!(profile.body["class"], serde_json::Value::Null);
        assert_eq!(profile.body["manager_id"], serde_json::Value::Null);
        let verify = app.request("POST", "/api/auth/verify", Some(&token), None).await;
        assert_eq!(verify.body["user"]["role"], "customer");
    }
}

each_backend! {
    async fn customer_profile_values_are_validated(app) {
        let (token, id) = app.login_as("customer1").await;
        let path = format!("/api/customers/{id}/profile");
        for (body, code) in [
            (json!({"age": 17}), "invalid_age"),
            (json!({"age": 121}), "invalid_age"),
            (json!({"total_assets": -1}), "invalid_assets"),
            (json!({"occupation": "x".repeat(101)}), "invalid_occupation"),
            (json!({"needs": ["flying"]}), "unknown_tag"),
            (json!({"hobbies": ["savings"]}), "unknown_tag"),
            (json!({"hobbies": (0..51).map(|i| format!("t{i}")).collect::<Vec<_>>()}), "too_many_tags"),
            (json!({"name": ""}), "invalid_name"),
        ] {
            let reply = app.put(&path, &token, body.clone()).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (422, Some(code)), "{body}");
        }
        let wrong_type = app.put(&path, &token, json!({"age": "forty"})).await;
        assert_eq!(wrong_type.status, 422);
        let fractional = app.put(&path, &token, json!({"total_assets": 1.5})).await;
        assert_eq!(fractional.status, 422, "assets are an integer number of fen");
    }
}

each_backend! {
    async fn a_rejected_change_writes_nothing(app) {
        let (token, id) = app.login_as("customer1").await;
        let path = format!("/api/customers/{id}/profile");
        let before = app.get(&path, &token).await.body;
        let reply = app.put(&path, &token, json!({"age": 50, "needs": ["nope"]})).await;
        assert_eq!(reply.status, 422);
        assert_eq!(app.get(&path, &token).await.body, before);
    }
}

each_backend! {
    async fn profile_changes_are_audited_with_before_and_after(app) {
        let (token, id) = app.login_as("customer1").await;
        app.put(&format!("/api/customers/{id}/profile"), &token, json!({"age": 33})).await;
        let (admin, _) = app.login_as("admin").await;
        let log = app.get("/api/admin/audit-log", &admin).await;
        let entry = log.body["items"].as_array().and_then(|items| items.iter().find(|i| i["action"] == "customer.profile_update")).cloned().unwrap_or_default();
        assert_eq!(entry["actor_id"], id);
        assert_eq!(entry["after"]["age"], 33);
        assert!(entry["before"]["age"].is_number());
    }
}

each_backend! {
    async fn the_customer_list_is_for_admins_and_a_managers_own_book(app) {
        let (admin, _) = app.login_as("admin").await;
        let all = app.get("/api/customers?per_page=500", &admin).await;
        assert_eq!(all.status, 200);
        assert_eq!(all.body["total"], 20);
        let (manager_token, manager) = app.login_as("manager1").await;
        for name in ["customer1", "customer2"] {
            let id = app.user_id(name).await;
            assign(&app, id, manager).await;
        }
        let mine = app.get("/api/customers", &manager_token).await;
        assert_eq!(mine.body["total"], 2);
        let ids: Vec<i64> = mine.body["items"].as_array().map(|a| a.iter().filter_map(|i| i["manager_id"].as_i64()).collect()).unwrap_or_default();
        assert_eq!(ids, vec![manager, manager]);
        let other = app.user_id("manager2").await;
        assert_eq!(app.get(&format!("/api/customers?manager_id={other}"), &manager_token).await.status, 403);
        let (customer, _) = app.login_as("customer3").await;
        assert_eq!(app.get("/api/customers", &customer).await.status, 403);
    }
}

each_backend! {
    async fn the_customer_list_filters_searches_sorts_and_pages(app) {
        let (admin, _) = app.login_as("admin").await;
        let page = app.get("/api/customers?page=2&per_page=5&sort=age&order=desc", &admin).await;
        assert_eq!(page.body["items"].as_array().map(Vec::len), Some(5));
        assert_eq!(page.body["page"], 2);
        let ages: Vec<i64> = page.body["items"].as_array().map(|a| a.iter().filter_map(|i| i["age"].as_i64()).collect()).unwrap_or_default();
        assert!(ages.windows(2).all(|w| w[0] >= w[1]), "{ages:?}");
        let search = app.get("/api/customers?q=customer12", &admin).await;
        assert_eq!(search.body["total"], 1);
        let chinese = app.get(&format!("/api/customers?q={}", "%E5%AE%A2%E6%88%B71"), &admin).await;
        assert_eq!(chinese.body["total"], 11, "客户1 and 客户10–19");
        let loan = app.get("/api/customers?need=loan&per_page=500", &admin).await;
        let all_have_loan = loan.body["items"].as_array().is_some_and(|a| a.iter().all(|i| i["needs"].as_array().is_some_and(|n| n.iter().any(|t| t == "loan"))));
        assert!(all_have_loan);
        let everyone = app.get("/api/customers?per_page=500", &admin).await;
        let expected = everyone.body["items"].as_array().map(|a| a.iter().filter(|i| i["needs"].as_array().is_some_and(|n| n.iter().any(|t| t == "loan"))).count()).unwrap_or(0);
        assert_eq!(loan.body["total"], expected);
        let unassigned = app.get("/api/customers?unassigned=true", &admin).await;
        assert_eq!(unassigned.body["total"], 20);
        assert_eq!(app.get("/api/customers?per_page=501", &admin).await.status, 422);
        assert_eq!(app.get("/api/customers?page=0", &admin).await.status, 422);
        assert_eq!(app.get("/api/customers?class=Z", &admin).await.status, 422);
        assert_eq!(app.get("/api/customers?sort=password", &admin).await.status, 422);
        assert_eq!(app.get("/api/customers?per_page=abc", &admin).await.status, 400);
    }
}

each_backend! {
    async fn tags_are_listed_for_everyone_and_added_by_admins(app) {
        let (customer, _) = app.login_as("customer1").await;
        let tags = app.get("/api/tags", &customer).await;
        assert_eq!(tags.body["needs"].as_array().map(Vec::len), Some(9));
        assert_eq!(tags.body["hobbies"].as_array().map(Vec::len), Some(17));
        assert_eq!(app.post("/api/tags", &customer, json!({"kind": "hobby", "name": "sailing"})).await.status, 403);
        let (admin, _) = app.login_as("admin").await;
        let added = app.post("/api/tags", &admin, json!({"kind": "hobby", "name": "sailing"})).await;
        assert_eq!(added.status, 201, "{}", added.text);
        assert_eq!(app.post("/api/tags", &admin, json!({"kind": "hobby", "name": "sailing"})).await.status, 409);
        let id = app.user_id("customer1").await;
        let update = app.put(&format!("/api/customers/{id}/profile"), &customer, json!({"hobbies": ["sailing", "wine"]})).await;
        assert_eq!(update.body["hobbies"], json!(["sailing", "wine"]));
        let filtered = app.get("/api/customers?hobby=sailing", &admin).await;
        assert_eq!(filtered.body["total"], 1);
    }
}

each_backend! {
    async fn chinese_names_survive_a_round_trip(app) {
        let (token, id) = app.login_as("customer1").await;
        let reply = app.put(&format!("/api/customers/{id}/profile"), &token, json!({"name": "张三丰", "occupation": "退休人员"})).await;
        assert_eq!(reply.body["name"], "张三丰");
        assert_eq!(app.get(&format!("/api/customers/{id}/profile"), &token).await.body["occupation"], "退休人员");
    }
}

each_backend! {
    async fn pages_in_every_sort_order_tile_the_whole_list_without_gaps_or_repeats(app) {
        let (admin, _) = app.login_as("admin").await;
        let ids = |reply: &crate::helpers::Reply| -> Vec<i64> {
            reply.body["items"].as_array().map(|a| a.iter().filter_map(|i| i["user_id"].as_i64()).collect()).unwrap_or_default()
        };
        for sort in ["id", "name", "age", "assets", "class", "score"] {
            for (order, filter) in [("asc", ""), ("desc", ""), ("asc", "&q=customer1"), ("desc", "&need=loan")] {
                let whole = app.get(&format!("/api/customers?per_page=500&sort={sort}&order={order}{filter}"), &admin).await;
                assert_eq!(whole.status, 200);
                let expected = ids(&whole);
                let mut paged = Vec::new();
                for page in 1..=8 {
                    let reply = app.get(&format!("/api/customers?per_page=3&page={page}&sort={sort}&order={order}{filter}"), &admin).await;
                    assert_eq!(reply.body["total"], whole.body["total"]);
                    paged.extend(ids(&reply));
                }
                assert!(!expected.is_empty(), "{sort} {order}{filter}");
                assert_eq!(paged, expected, "{sort} {order}{filter}");
            }
        }
    }
}
