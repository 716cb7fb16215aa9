//! CSV imports end to end: round trips (units included), all or nothing against valid rows,
//! tags in both the masks and the join tables, managers, the job lock, and who may import.

#![allow(clippy::expect_used)]

use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::{Payload, Reply, TestApp, client, send, spawn_app};

pub const CUSTOMER_HEADER: &str = "username,name,age,occupation,total_assets_cny,needs,hobbies";

/// POSTs a CSV body to an import endpoint.
pub async fn upload(app: &TestApp, token: &str, path: &str, csv: impl Into<Vec<u8>>) -> Reply {
    let req = client()
        .post(format!("{}{path}", app.address))
        .insert_header(("Authorization", format!("Bearer {token}")))
        .insert_header(("Content-Type", "text/csv"));
    send(req, Payload::Bytes(csv.into())).await
}

/// GETs an export; the body as raw bytes.
pub async fn download(app: &TestApp, token: &str, path: &str) -> (u16, actix_web::http::header::HeaderMap, Vec<u8>) {
    let client = awc::Client::builder().timeout(std::time::Duration::from_secs(120)).finish();
    let mut res = client
        .get(format!("{}{path}", app.address))
        .insert_header(("Authorization", format!("Bearer {token}")))
        .send()
        .await
        .expect("download");
    let bytes = res.body().limit(256 * 1024 * 1024).await.expect("body");
    (res.status().as_u16(), res.headers().clone(), bytes.to_vec())
}

/// The records of an exported file (BOM stripped), each cut to its first `width` cells.
pub fn records(bytes: &[u8], width: usize) -> Vec<Vec<String>> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text);
    reader.records().map(|r| r.expect("csv").iter().take(width).map(str::to_owned).collect()).collect()
}

fn customers(rows: &[&str]) -> String {
    format!("{CUSTOMER_HEADER}\n{}\n", rows.join("\n"))
}

pub async fn by_username(app: &TestApp, admin: &str, username: &str) -> Value {
    let found = app.get(&format!("/api/customers?q={username}"), admin).await;
    found.body["items"].as_array().and_then(|items| items.iter().find(|c| c["username"] == username).cloned()).unwrap_or(Value::Null)
}

each_backend! {
    async fn an_exported_file_imports_into_another_database_as_the_same_data(app) {
        let (admin, _) = app.login_as("admin").await;
        let file = format!(
            "{CUSTOMER_HEADER},unit\n{}\n",
            [
                "zhang.san,张三,35,\"工程师, 高级\",1250000.50,loan;tax,travel;wine,gz-yx",
                "li.si,\"李 \"\"四\"\"\",,,0,,,",
                "formula.fan,=1+1,40,@risk,10.00,savings,,HZ",
            ]
            .join("\n")
        );
        let imported = upload(&app, &admin, "/api/admin/import/customers", file).await;
        assert_eq!((imported.status, imported.body["status"].as_str()), (200, Some("committed")), "{}", imported.text);
        let (_, _, first) = download(&app, &admin, "/api/admin/export/customers.csv").await;
        let other = spawn_app(app.backend).await;
        let (other_admin, _) = other.login_as("admin").await;
        let again = upload(&other, &other_admin, "/api/admin/import/customers", first.clone()).await;
        assert_eq!(again.body["status"], "committed", "{}", again.text);
        assert_eq!((again.body["report"]["created"].as_u64(), again.body["report"]["updated"].as_u64()), (Some(3), Some(20)));
        let (_, _, second) = download(&other, &other_admin, "/api/admin/export/customers.csv").await;
        assert_eq!(records(&first, 8), records(&second, 8), "the import columns and the unit survive the round trip");
        let formula = by_username(&other, &other_admin, "formula.fan").await;
        assert_eq!((formula["name"].as_str(), formula["occupation"].as_str()), (Some("=1+1"), Some("@risk")));
        for (username, code) in [("zhang.san", "GZ-YX"), ("li.si", "HQ"), ("customer2", "GZ-TH")] {
            assert_eq!(by_username(&other, &other_admin, username).await["unit_code"], code, "{username}: the unit came along");
        }
        other.cleanup().await;
    }
}

each_backend! {
    async fn all_or_nothing_writes_nothing_when_one_row_is_bad(app) {
        let (admin, _) = app.login_as("admin").await;
        let file = customers(&["good.one,好,30,,1,loan,", "bad.one,坏,30,,1,yachts,"]);
        let reply = upload(&app, &admin, "/api/admin/import/customers", file).await;
        assert_eq!((reply.status, reply.body["status"].as_str()), (200, Some("failed")), "{}", reply.text);
        assert!(reply.body["error"].as_str().is_some_and(|e| e.contains("nothing was imported")));
        let report = &reply.body["report"];
        assert_eq!((report["rows"].as_u64(), report["created"].as_u64(), report["rejected"].as_u64()), (Some(2), Some(0), Some(1)));
        assert_eq!(report["problems"], json!([{"line": 3, "column": "needs", "code": "unknown_tag", "message": "unknown need tag(s): yachts"}]));
        assert!(by_username(&app, &admin, "good.one").await.is_null(), "the good row was not written either");
    }
}

each_backend! {
    async fn valid_rows_mode_writes_the_good_rows_and_reports_the_rest(app) {
        let (admin, _) = app.login_as("admin").await;
        let file = customers(&["good.one,好,30,,1,loan,", "bad.one,坏,thirty,,1,,", "customer1,新名字,44,,2,tax,"]);
        let reply = upload(&app, &admin, "/api/admin/import/customers?mode=valid_rows", file).await;
        assert_eq!(reply.body["status"], "committed", "{}", reply.text);
        let report = &reply.body["report"];
        assert_eq!((report["created"].as_u64(), report["updated"].as_u64(), report["rejected"].as_u64()), (Some(1), Some(1), Some(1)));
        assert_eq!(report["problems"][0]["code"], "bad_number");
        assert_eq!(report["mode"], "valid_rows");
        assert!(by_username(&app, &admin, "bad.one").await.is_null());
        let renamed = by_username(&app, &admin, "customer1").await;
        assert_eq!((renamed["name"].as_str(), renamed["age"].as_u64()), (Some("新名字"), Some(44)));
        assert_eq!(app.login("customer1", "123456").await.status, 200, "an update keeps the password");
        assert_eq!(app.get("/api/admin/imports/999999", &admin).await.status, 404);
        assert_eq!(upload(&app, &admin, "/api/admin/import/customers?mode=partial", customers(&[])).await.body["error"], "invalid_mode");
    }
}

each_backend! {
    async fn imported_tags_are_filterable_and_replaced_on_update(app) {
        let (admin, _) = app.login_as("admin").await;
        upload(&app, &admin, "/api/admin/import/customers", customers(&["tagged.one,标,30,,1,loan;mortgage,art"])).await;
        let loan = app.get("/api/customers?need=loan&q=tagged.one", &admin).await;
        assert_eq!(loan.body["total"], 1, "the join table holds the imported tags");
        upload(&app, &admin, "/api/admin/import/customers", customers(&["tagged.one,标,30,,1,tax,"])).await;
        assert_eq!(app.get("/api/customers?need=loan&q=tagged.one", &admin).await.body["total"], 0, "old tags are gone");
        assert_eq!(app.get("/api/customers?need=tax&q=tagged.one", &admin).await.body["total"], 1);
        let profile = by_username(&app, &admin, "tagged.one").await;
        assert_eq!((profile["needs"].clone(), profile["hobbies"].clone()), (json!(["tax"]), json!([])), "masks and join table agree");
    }
}

each_backend! {
    async fn managers_import_with_capacity_and_capabilities(app) {
        let (admin, _) = app.login_as("admin").await;
        let file = "username,name,capabilities,hobbies,capacity\nnew.manager,新经理,loan;insurance,golf\nmanager1,经理一,tax,travel,7\n";
        let bad = upload(&app, &admin, "/api/admin/import/managers", file).await;
        assert_eq!(bad.body["report"]["problems"][0]["code"], "wrong_field_count", "{}", bad.text);
        let file = "username,name,capabilities,hobbies,capacity\nnew.manager,新经理,loan;insurance,art,80\nmanager1,经理一,tax,travel,7\n";
        let reply = upload(&app, &admin, "/api/admin/import/managers", file).await;
        assert_eq!((reply.body["status"].as_str(), reply.body["report"]["created"].as_u64()), (Some("committed"), Some(1)), "{}", reply.text);
        let managers = app.get("/api/managers?per_page=100", &admin).await.body["items"].as_array().cloned().unwrap_or_default();
        let new = managers.iter().find(|m| m["username"] == "new.manager").cloned().unwrap_or(Value::Null);
        assert_eq!((new["capacity"].as_u64(), new["active"].as_bool(), new["capabilities"].clone()), (Some(80), Some(true), json!(["insurance", "loan"])));
        let one = managers.iter().find(|m| m["username"] == "manager1").cloned().unwrap_or(Value::Null);
        assert_eq!((one["capacity"].as_u64(), one["name"].as_str()), (Some(7), Some("经理一")));
        let (_, _, exported) = download(&app, &admin, "/api/admin/export/managers.csv").await;
        let rows = records(&exported, 8);
        assert_eq!(rows[0], ["username", "name", "capabilities", "hobbies", "capacity", "unit", "active", "customer_count"]);
        assert!(rows.iter().any(|r| r[..5] == ["new.manager", "新经理", "insurance;loan", "art", "80"]));
    }
}

each_backend! {
    async fn an_import_waits_its_turn_behind_a_running_job(app) {
        let (admin, _) = app.login_as("admin").await;
        let now = chrono::Utc::now().timestamp();
        sea_orm::ConnectionTrait::execute_unprepared(&app.store.db, &format!("INSERT INTO job_locks (name, holder, run_id, acquired_at, heartbeat_at) VALUES ('assignment', 'elsewhere', 77, {now}, {now})")).await.expect("lock");
        let reply = upload(&app, &admin, "/api/admin/import/customers", customers(&["late.one,迟,30,,1,,"])).await;
        assert_eq!((reply.status, reply.body["error"].as_str()), (409, Some("run_in_progress")), "{}", reply.text);
        assert!(by_username(&app, &admin, "late.one").await.is_null());
    }
}

each_backend! {
    async fn only_admins_import_and_export(app) {
        for user in ["customer1", "manager1"] {
            let (token, _) = app.login_as(user).await;
            assert_eq!(upload(&app, &token, "/api/admin/import/customers", customers(&[])).await.status, 403, "{user}");
            assert_eq!(upload(&app, &token, "/api/admin/import/managers", "x").await.status, 403, "{user}");
            for path in ["/api/admin/export/customers.csv", "/api/admin/export/managers.csv", "/api/admin/export/assignments.csv", "/api/admin/imports"] {
                assert_eq!(download(&app, &token, path).await.0, 403, "{user} {path}");
            }
        }
        assert_eq!(app.request("GET", "/api/admin/export/customers.csv", None, None).await.status, 401);
        assert_eq!(app.raw("POST", "/api/admin/import/customers", "text/csv", customers(&[]).into_bytes()).await.status, 401);
    }
}
