//! The staff directory: admins create, list, change and deactivate managers and admins within
//! their part of the organisation; new accounts choose their own password first.

use futures_util::future::{join, join_all};
use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::TestApp;

async fn root(app: &TestApp, admin: &str) -> i64 {
    app.get("/api/admin/units", admin).await.body["units"][0]["id"].as_i64().unwrap_or(-1)
}

async fn unit(app: &TestApp, admin: &str, code: &str, parent: i64) -> i64 {
    let reply = app.post("/api/admin/units", admin, json!({"code": code, "name": code, "parent_id": parent})).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.body["id"].as_i64().unwrap_or(-1)
}

fn manager(username: &str, unit_id: i64) -> Value {
    json!({"username": username, "name": "李娜", "role": "manager", "unit_id": unit_id, "password": "first-pass-1",
        "grade": 3, "phone": "+86 21 6888 8888", "email": "li.na@bank.example", "capacity": 40})
}

/// Logs in with the first password and chooses another: the session to use.
pub async fn first_login(app: &TestApp, username: &str) -> String {
    let login = app.login(username, "first-pass-1").await;
    assert_eq!(login.body["user"]["must_change_password"], true, "{}", login.text);
    let token = login.body["token"].as_str().unwrap_or_default().to_owned();
    let changed = app.put("/api/auth/password", &token, json!({"current_password": "first-pass-1", "new_password": "own-pass-12"})).await;
    changed.body["token"].as_str().unwrap_or_default().to_owned()
}

each_backend! {
    async fn an_admin_creates_a_manager_who_chooses_a_password_and_then_works(app) {
        let (admin, _) = app.login_as("admin").await;
        let branch = unit(&app, &admin, "SH", root(&app, &admin).await).await;
        let created = app.post("/api/admin/staff", &admin, manager("li.na", branch)).await;
        assert_eq!(created.status, 201, "{}", created.text);
        let body = &created.body;
        assert_eq!((body["unit_code"].as_str(), body["grade"].as_u64(), body["capacity"].as_u64()), (Some("SH"), Some(3), Some(40)));
        assert_eq!((body["must_change_password"].as_bool(), body["email"].as_str()), (Some(true), Some("li.na@bank.example")));
        let id = body["id"].as_i64().unwrap_or(-1);
        let token = first_login(&app, "li.na").await;
        assert_eq!(app.get(&format!("/api/managers/{id}/profile"), &token).await.status, 200, "a manager like any other");
        let listed = app.get("/api/admin/staff?search=LI.N&role=manager", &admin).await;
        assert_eq!((listed.body["total"].as_u64(), listed.body["items"][0]["must_change_password"].as_bool()), (Some(1), Some(false)), "{}", listed.text);
        let all = app.get("/api/admin/staff?per_page=500", &admin).await;
        assert_eq!(all.body["total"].as_u64(), Some(7), "five managers, the admin and the new one: {}", all.text);
        let changed = app.put(&format!("/api/admin/staff/{id}"), &admin, json!({"grade": 5, "phone": "", "name": "李娜娜"})).await;
        assert_eq!((changed.status, changed.body["grade"].as_u64(), changed.body["phone"].is_null()), (200, Some(5), true), "{}", changed.text);
        assert_eq!(app.number("SELECT COUNT(*) FROM audit_log WHERE action IN ('staff.create', 'staff.update')").await, 2);
    }
}

each_backend! {
    async fn bad_staff_bodies_create_and_change_nothing(app) {
        let (admin, _) = app.login_as("admin").await;
        let hq = root(&app, &admin).await;
        let closed = unit(&app, &admin, "OLD", hq).await;
        assert_eq!(app.post(&format!("/api/admin/units/{closed}/close"), &admin, json!({})).await.status, 200);
        let users = app.number("SELECT COUNT(*) FROM users").await;
        let with = |key: &str, value: Value| {
            let mut body = manager("new.one", hq);
            body[key] = value;
            body
        };
        let cases = [
            (with("role", json!("customer")), 422, "invalid_role"),
            (with("role", json!("boss")), 422, "invalid_role"),
            (with("email", json!("li.na")), 422, "invalid_email"),
            (with("phone", json!("call me")), 422, "invalid_phone"),
            (with("grade", json!(10)), 422, "invalid_grade"),
            (with("password", json!("short")), 422, "weak_password"),
            (with("capacity", json!(-1)), 422, "invalid_capacity"),
            (with("username", json!("ADMIN")), 409, "username_taken"),
            (with("unit_id", json!(987_654)), 403, "forbidden"),
            (with("unit_id", json!(closed)), 409, "unit_closed"),
            (with("unit_id", json!("1")), 422, "invalid_body"),
            (with("grdae", json!(3)), 422, "invalid_body"),
        ];
        for (body, status, code) in cases {
            let reply = app.post("/api/admin/staff", &admin, body.clone()).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (status, Some(code)), "{body}: {}", reply.text);
        }
        let manager1 = app.user_id("manager1").await;
        for (body, status, code) in [
            (json!({"email": "x@"}), 422, "invalid_email"),
            (json!({"unit_id": closed}), 409, "unit_closed"),
            (json!({"role": "admin"}), 422, "invalid_body"),
        ] {
            let reply = app.put(&format!("/api/admin/staff/{manager1}"), &admin, body.clone()).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (status, Some(code)), "{body}: {}", reply.text);
        }
        let customer1 = app.user_id("customer1").await;
        assert_eq!(app.get(&format!("/api/admin/staff/{customer1}"), &admin).await.status, 404, "customers are not staff");
        assert_eq!(app.number("SELECT COUNT(*) FROM users").await, users, "nothing was created");
        assert_eq!(app.number("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'staff.%'").await, 0);
        let (customer, _) = app.login_as("customer1").await;
        assert_eq!(app.get("/api/admin/staff", &customer).await.status, 403);
        assert_eq!(app.post("/api/admin/staff", &customer, manager("sneaky", hq)).await.status, 403);
    }
}

each_backend! {
    async fn a_branch_admin_manages_only_their_branch_and_cannot_place_anyone_above_it(app) {
        let (admin, _) = app.login_as("admin").await;
        let hq = root(&app, &admin).await;
        let north = unit(&app, &admin, "N", hq).await;
        let north_sub = unit(&app, &admin, "N-1", north).await;
        let south = unit(&app, &admin, "S", hq).await;
        let mut admin_body = manager("north.admin", north);
        admin_body["role"] = json!("admin");
        assert_eq!(app.post("/api/admin/staff", &admin, admin_body).await.status, 201);
        let southerner = app.post("/api/admin/staff", &admin, manager("south.rm", south)).await.body["id"].as_i64().unwrap_or(-1);
        let branch = first_login(&app, "north.admin").await;
        let mine = app.post("/api/admin/staff", &branch, manager("north.rm", north_sub)).await;
        assert_eq!(mine.status, 201, "{}", mine.text);
        let listed = app.get("/api/admin/staff", &branch).await;
        let names: Vec<&str> = listed.body["items"].as_array().map(|l| l.iter().filter_map(|m| m["username"].as_str()).collect()).unwrap_or_default();
        assert_eq!(names, vec!["north.admin", "north.rm"], "only their branch");
        let mine_id = mine.body["id"].as_i64().unwrap_or(-1);
        let refused = [
            app.get(&format!("/api/admin/staff/{southerner}"), &branch).await,
            app.put(&format!("/api/admin/staff/{southerner}"), &branch, json!({"grade": 1})).await,
            app.post("/api/admin/staff", &branch, manager("south.rm2", south)).await,
            app.post("/api/admin/staff", &branch, manager("hq.rm", hq)).await,
            app.put(&format!("/api/admin/staff/{mine_id}"), &branch, json!({"unit_id": south})).await,
            app.get(&format!("/api/admin/staff?unit_id={south}"), &branch).await,
        ];
        for reply in refused {
            assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")), "{}", reply.text);
        }
        assert_eq!(app.number("SELECT COUNT(*) FROM users WHERE username IN ('south.rm2', 'hq.rm')").await, 0);
        // Another branch's customer, figures and accounts are closed to its admins.
        let customer1 = app.user_id("customer1").await;
        for path in [
            format!("/api/customers/{customer1}/profile"),
            format!("/api/admin/dashboard?unit_id={south}"),
            format!("/api/admin/export/customers.csv?unit_id={south}"),
        ] {
            let reply = app.get(&path, &branch).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")), "{path}: {}", reply.text);
        }
        let reset = app.put(&format!("/api/admin/users/{southerner}/password"), &branch, json!({"password": "reset-pass-9"})).await;
        assert_eq!((reset.status, reset.body["error"].as_str()), (403, Some("forbidden")), "another branch's password: {}", reset.text);
        let own = app.put(&format!("/api/admin/users/{mine_id}/password"), &branch, json!({"password": "reset-pass-9"})).await;
        assert_eq!(own.status, 200, "their own branch's account: {}", own.text);
        let run = app.post("/api/admin/auto-assign", &branch, json!({"dry_run": true, "unit_id": south})).await;
        assert_eq!(run.status, 403, "a run over another branch: {}", run.text);
        assert_eq!(app.number(&format!("SELECT unit_id FROM users WHERE id = {mine_id}")).await, north_sub, "not moved");
    }
}

each_backend! {
    async fn a_departing_manager_is_deactivated_only_with_an_empty_book_and_is_never_proposed(app) {
        let (admin, admin_id) = app.login_as("admin").await;
        let (manager_token, manager1) = app.login_as("manager1").await;
        let customer1 = app.user_id("customer1").await;
        app.exec(&format!("UPDATE customer_profiles SET manager_id = {manager1} WHERE user_id = {customer1}")).await;
        let busy = app.put(&format!("/api/admin/staff/{manager1}"), &admin, json!({"active": false})).await;
        assert_eq!((busy.status, busy.body["error"].as_str()), (409, Some("manager_has_customers")), "{}", busy.text);
        app.exec(&format!("UPDATE customer_profiles SET manager_id = NULL WHERE manager_id = {manager1}")).await;
        let gone = app.put(&format!("/api/admin/staff/{manager1}"), &admin, json!({"active": false})).await;
        assert_eq!((gone.status, gone.body["active"].as_bool()), (200, Some(false)), "{}", gone.text);
        assert_eq!(app.request("POST", "/api/auth/verify", Some(&manager_token), None).await.status, 401, "their sessions end");
        let run = app.post("/api/admin/auto-assign", &admin, json!({"dry_run": true})).await;
        let run_id = run.body["run_id"].as_i64().unwrap_or(-1);
        assert_eq!(run.body["status"], "proposed", "{}", run.text);
        let proposals = app.number(&format!("SELECT COUNT(*) FROM assignment_changes WHERE run_id = {run_id}")).await;
        assert!(proposals > 0, "the run proposed someone");
        let proposed = app.number(&format!("SELECT COUNT(*) FROM assignment_changes WHERE run_id = {run_id} AND to_manager_id = {manager1}")).await;
        assert_eq!(proposed, 0, "a deactivated manager is never proposed");
        let myself = app.put(&format!("/api/admin/staff/{admin_id}"), &admin, json!({"active": false})).await;
        assert_eq!(myself.status, 403, "nobody locks themselves out");
    }
}

each_backend! {
    async fn two_admins_cannot_create_one_username_twice_nor_fill_a_closing_unit(app) {
        let (admin, _) = app.login_as("admin").await;
        let hq = root(&app, &admin).await;
        let replies = join_all((0..6).map(|_| app.post("/api/admin/staff", &admin, manager("twin", hq)))).await;
        assert_eq!(replies.iter().filter(|r| r.status == 201).count(), 1, "{:?}", replies.iter().map(|r| &r.text).collect::<Vec<_>>());
        assert!(replies.iter().all(|r| r.status == 201 || r.body["error"] == "username_taken"));
        for round in 0..3 {
            let closing = unit(&app, &admin, &format!("C{round}"), hq).await;
            let (created, closed) = join(
                app.post("/api/admin/staff", &admin, manager(&format!("late.{round}"), closing)),
                app.post(&format!("/api/admin/units/{closing}/close"), &admin, json!({})),
            )
            .await;
            let members = app.number(&format!("SELECT COUNT(*) FROM users WHERE unit_id = {closing}")).await;
            let is_closed = app.number(&format!("SELECT COUNT(*) FROM org_units WHERE id = {closing} AND closed_at IS NOT NULL")).await == 1;
            assert!(!(is_closed && members > 0), "a closed unit holds nobody: {} / {}", created.text, closed.text);
            assert_eq!(created.status == 201, members == 1);
        }
    }
}
