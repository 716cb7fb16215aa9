//! The organisation's units: built, renamed, moved and closed by head-office admins only,
//! every rule of the tree held under parallel requests and bad bodies.

use futures_util::future::{join, join_all};
use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::TestApp;

async fn units(app: &TestApp, token: &str) -> Vec<Value> {
    let reply = app.get("/api/admin/units", token).await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.body["units"].as_array().cloned().unwrap_or_default()
}

async fn create(app: &TestApp, token: &str, code: &str, parent_id: i64) -> i64 {
    let reply = app.post("/api/admin/units", token, json!({"code": code, "name": format!("{code} 支行"), "parent_id": parent_id})).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.body["id"].as_i64().unwrap_or(-1)
}

each_backend! {
    async fn the_demo_bank_is_a_head_office_with_two_branches_and_everyone_in_a_unit(app) {
        let (admin, _) = app.login_as("admin").await;
        let list = units(&app, &admin).await;
        let codes: Vec<&str> = list.iter().filter_map(|u| u["code"].as_str()).collect();
        assert_eq!(codes, vec!["HQ", "GZ", "HZ", "GZ-TH", "GZ-YX", "HZ-XH"], "parents first");
        let root = &list[0];
        assert_eq!((root["parent_id"].is_null(), root["depth"].as_u64(), root["admins"].as_u64()), (true, Some(0), Some(1)));
        let sum = |key: &str| list.iter().filter_map(|u| u[key].as_i64()).sum::<i64>();
        assert_eq!((sum("customers"), sum("managers"), sum("admins")), (20, 5, 1), "every account in one unit");
        let managers = app.get("/api/managers?per_page=100", &admin).await.body;
        let seats: i64 = managers["items"].as_array().map_or(0, |list| list.iter().filter_map(|m| m["capacity"].as_i64()).sum());
        assert!(seats > 0, "{managers}");
        assert_eq!(sum("capacity"), seats);
        let load = app.number("SELECT COUNT(*) FROM customer_profiles WHERE manager_id IS NOT NULL").await;
        assert_eq!(sum("load"), load);
        // An account written without a unit (a DBA's script) is the head office's.
        app.exec("INSERT INTO users (username, display_name, role, active, token_version, created_at, updated_at) VALUES ('dba.made', 'x', 'admin', TRUE, 0, 0, 0)").await;
        assert_eq!(app.number("SELECT u.unit_id FROM users u WHERE u.username = 'dba.made'").await, root["id"].as_i64().unwrap_or(-1));
    }
}

each_backend! {
    async fn a_head_office_admin_builds_renames_moves_and_closes_units(app) {
        let (admin, _) = app.login_as("admin").await;
        let root = units(&app, &admin).await[0]["id"].as_i64().unwrap_or(-1);
        let shanghai = create(&app, &admin, "sh", root).await; // not a demo code
        let beijing = create(&app, &admin, "BJ", root).await;
        let pudong = create(&app, &admin, "SH-PD", shanghai).await;
        let list = units(&app, &admin).await;
        let pd = list.iter().find(|u| u["id"] == pudong).cloned().unwrap_or_default();
        assert_eq!((pd["depth"].as_u64(), pd["parent_id"].as_i64()), (Some(2), Some(shanghai)));
        assert!(list.iter().any(|u| u["code"] == "SH"), "codes are kept in capitals: {list:?}");

        let moved = app.put(&format!("/api/admin/units/{shanghai}"), &admin, json!({"name": "上海分行", "parent_id": beijing})).await;
        assert_eq!((moved.status, moved.body["depth"].as_u64(), moved.body["name"].as_str()), (200, Some(2), Some("上海分行")), "{}", moved.text);
        let list = units(&app, &admin).await;
        assert_eq!(list.iter().find(|u| u["id"] == pudong).and_then(|u| u["depth"].as_u64()), Some(3), "sub-units follow their unit");

        let not_empty = app.post(&format!("/api/admin/units/{shanghai}/close"), &admin, json!({})).await;
        assert_eq!((not_empty.status, not_empty.body["error"].as_str()), (409, Some("unit_not_empty")), "{}", not_empty.text);
        let closed = app.post(&format!("/api/admin/units/{pudong}/close"), &admin, json!({})).await;
        assert_eq!((closed.status, closed.body["closed"].as_bool()), (200, Some(true)), "{}", closed.text);
        let under_closed = app.post("/api/admin/units", &admin, json!({"code": "PD-1", "name": "x", "parent_id": pudong})).await;
        assert_eq!((under_closed.status, under_closed.body["error"].as_str()), (409, Some("unit_closed")));
        let audit = app.number("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'unit.%'").await;
        assert_eq!(audit, 5, "three creations, one change and one closing are audited");
    }
}

each_backend! {
    async fn the_tree_keeps_its_root_and_never_loops(app) {
        let (admin, _) = app.login_as("admin").await;
        let root = units(&app, &admin).await[0]["id"].as_i64().unwrap_or(-1);
        let branch = create(&app, &admin, "BR", root).await;
        let sub = create(&app, &admin, "BR-1", branch).await;
        for (id, parent, code) in [(branch, sub, "unit_cycle"), (branch, branch, "unit_cycle"), (root, branch, "unit_is_root")] {
            let reply = app.put(&format!("/api/admin/units/{id}"), &admin, json!({"parent_id": parent})).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (409, Some(code)), "{id} under {parent}: {}", reply.text);
        }
        let close_root = app.post(&format!("/api/admin/units/{root}/close"), &admin, json!({})).await;
        assert_eq!(close_root.body["error"], "unit_is_root");
        // A member keeps a unit open.
        app.exec(&format!("UPDATE users SET unit_id = {sub} WHERE username = 'manager1'")).await;
        let occupied = app.post(&format!("/api/admin/units/{sub}/close"), &admin, json!({})).await;
        assert_eq!(occupied.body["error"], "unit_not_empty", "{}", occupied.text);
        assert_eq!(app.number("SELECT COUNT(*) FROM org_units WHERE closed_at IS NOT NULL").await, 0);
    }
}

each_backend! {
    async fn malformed_and_misspelt_unit_bodies_change_nothing(app) {
        let (admin, _) = app.login_as("admin").await;
        let root = units(&app, &admin).await[0]["id"].as_i64().unwrap_or(-1);
        let bodies = [
            (json!({"code": "上海", "name": "x", "parent_id": root}), 422, "invalid_unit_code"),
            (json!({"code": "A", "name": "", "parent_id": root}), 422, "invalid_name"),
            (json!({"code": "A", "name": "x"}), 422, "invalid_body"),
            (json!({"code": "A", "name": "x", "parent_id": "1"}), 422, "invalid_body"),
            (json!({"code": "A", "name": "x", "parent_id": root, "parnet": 1}), 422, "invalid_body"),
            (json!({"code": "A", "name": "x", "parent_id": 987_654}), 404, "not_found"),
            (json!({"code": "HQ", "name": "x", "parent_id": root}), 409, "unit_code_taken"),
        ];
        for (body, status, code) in bodies {
            let reply = app.post("/api/admin/units", &admin, body.clone()).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (status, Some(code)), "{body}: {}", reply.text);
        }
        let misspelt = app.put(&format!("/api/admin/units/{root}"), &admin, json!({"nmae": "x"})).await;
        assert_eq!(misspelt.status, 422, "{}", misspelt.text);
        let missing = app.put("/api/admin/units/987654", &admin, json!({"name": "x"})).await;
        assert_eq!(missing.status, 404);
        assert_eq!(app.number("SELECT COUNT(*) FROM org_units").await, 6, "nothing was written");
        assert_eq!(app.number("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'unit.%'").await, 0);
    }
}

each_backend! {
    async fn only_head_office_admins_change_the_tree_and_a_branch_admin_sees_only_their_branch(app) {
        let (admin, _) = app.login_as("admin").await;
        let root = units(&app, &admin).await[0]["id"].as_i64().unwrap_or(-1);
        let north = create(&app, &admin, "N", root).await;
        let south = create(&app, &admin, "S", root).await;
        create(&app, &admin, "N-1", north).await;
        for username in ["customer1", "manager1"] {
            let (token, _) = app.login_as(username).await;
            assert_eq!(app.get("/api/admin/units", &token).await.status, 403, "{username}");
            let reply = app.post("/api/admin/units", &token, json!({"code": "X", "name": "x", "parent_id": root})).await;
            assert_eq!(reply.status, 403, "{username}");
        }
        let made = app.post("/api/auth/register", &admin, json!({"username": "north.admin", "password": "north-pass-1", "role": "admin"})).await;
        assert_eq!(made.status, 201, "{}", made.text);
        app.exec(&format!("UPDATE users SET unit_id = {north} WHERE username = 'north.admin'")).await;
        let login = app.login("north.admin", "north-pass-1").await;
        let first = login.body["token"].as_str().unwrap_or_default().to_owned();
        let chosen = app.put("/api/auth/password", &first, json!({"current_password": "north-pass-1", "new_password": "north-pass-2"})).await;
        let branch_admin = chosen.body["token"].as_str().unwrap_or_default().to_owned();
        let seen: Vec<String> = units(&app, &branch_admin).await.iter().filter_map(|u| u["code"].as_str().map(str::to_owned)).collect();
        assert_eq!(seen, vec!["N".to_owned(), "N-1".to_owned()]);
        let refused = [
            app.post("/api/admin/units", &branch_admin, json!({"code": "N-2", "name": "x", "parent_id": north})).await,
            app.put(&format!("/api/admin/units/{south}"), &branch_admin, json!({"name": "x"})).await,
            app.post(&format!("/api/admin/units/{south}/close"), &branch_admin, json!({})).await,
        ];
        for reply in refused {
            assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")), "{}", reply.text);
        }
        assert_eq!(app.number("SELECT COUNT(*) FROM org_units").await, 9, "the six of the demo bank and three new");
    }
}

each_backend! {
    async fn two_admins_cannot_take_one_code_twice(app) {
        let (admin, _) = app.login_as("admin").await;
        let root = units(&app, &admin).await[0]["id"].as_i64().unwrap_or(-1);
        let body = json!({"code": "TWIN", "name": "双子", "parent_id": root});
        let replies = join_all((0..8).map(|_| app.post("/api/admin/units", &admin, body.clone()))).await;
        let created = replies.iter().filter(|r| r.status == 201).count();
        assert_eq!(created, 1, "{:?}", replies.iter().map(|r| (r.status, r.text.clone())).collect::<Vec<_>>());
        assert!(replies.iter().all(|r| r.status == 201 || r.body["error"] == "unit_code_taken"), "the others are told why");
        assert_eq!(app.number("SELECT COUNT(*) FROM org_units WHERE code = 'TWIN'").await, 1);
    }
}

each_backend! {
    async fn two_crossing_moves_cannot_make_a_loop(app) {
        let (admin, _) = app.login_as("admin").await;
        let root = units(&app, &admin).await[0]["id"].as_i64().unwrap_or(-1);
        for round in 0..4 {
            let a = create(&app, &admin, &format!("A{round}"), root).await;
            let b = create(&app, &admin, &format!("B{round}"), root).await;
            let (first, second) = join(
                app.put(&format!("/api/admin/units/{a}"), &admin, json!({"parent_id": b})),
                app.put(&format!("/api/admin/units/{b}"), &admin, json!({"parent_id": a})),
            )
            .await;
            let moved = [&first, &second].iter().filter(|r| r.status == 200).count();
            assert_eq!(moved, 1, "one move wins, the other is a cycle: {} / {}", first.text, second.text);
            assert!([&first, &second].iter().all(|r| r.status == 200 || r.body["error"] == "unit_cycle"));
            // Every unit still reaches the root.
            let list = units(&app, &admin).await;
            for unit in &list {
                let mut at = unit.clone();
                for _ in 0..=list.len() {
                    let Some(parent) = at["parent_id"].as_i64() else { break };
                    at = list.iter().find(|u| u["id"] == parent).cloned().unwrap_or_default();
                }
                assert!(at["parent_id"].is_null() && at["id"] == root, "{} does not reach the root", unit["code"]);
            }
        }
    }
}
