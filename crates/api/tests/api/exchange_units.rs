//! The unit in CSV files: an import places accounts by unit code (or keeps their unit), an
//! unknown or closed unit is a row problem, the apply checks the units again in its own
//! transaction, and exports name every account's unit.

use portrait_domain::exchange::columns::{CUSTOMER_COLUMNS, Columns};
use portrait_domain::exchange::{ImportKind, ImportStore, ImportUnits, RawRecord, RowValidator};
use portrait_domain::organisation::OrgUnits;
use portrait_domain::ports::AuditEntry;
use portrait_domain::tags::Vocabulary;
use serde_json::{Value, json};

use crate::each_backend;
use crate::exchange::{CUSTOMER_HEADER, by_username, download, records, upload};
use crate::helpers::TestApp;

fn with_units(rows: &[&str]) -> String {
    format!("{CUSTOMER_HEADER},unit\n{}\n", rows.join("\n"))
}

async fn manager_unit(app: &TestApp, admin: &str, username: &str) -> Value {
    let managers = app.get("/api/managers?per_page=100", admin).await.body["items"].as_array().cloned().unwrap_or_default();
    managers.iter().find(|m| m["username"] == username).map_or(Value::Null, |m| m["unit_code"].clone())
}

/// A new, empty unit under the head office; its id.
async fn new_unit(app: &TestApp, admin: &str, code: &str) -> i64 {
    let root = app.number("SELECT id FROM org_units WHERE parent_id IS NULL").await;
    let reply = app.post("/api/admin/units", admin, json!({"code": code, "name": format!("{code} 支行"), "parent_id": root})).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.body["id"].as_i64().unwrap_or(-1)
}

async fn close(app: &TestApp, admin: &str, unit: i64) {
    let closed = app.post(&format!("/api/admin/units/{unit}/close"), admin, json!({})).await;
    assert_eq!(closed.status, 200, "{}", closed.text);
}

each_backend! {
    async fn an_import_puts_accounts_in_the_unit_its_file_names_and_an_empty_cell_keeps_theirs(app) {
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(by_username(&app, &admin, "customer2").await["unit_code"], "GZ-TH", "the demo placement");
        let file = with_units(&["new.th,天河客户,30,,1,,, gz-th ", "new.hq,总行客户,30,,1,,,", "customer1,客户1,30,,1,,,", "customer2,客户2,30,,1,,,HZ"]);
        let reply = upload(&app, &admin, "/api/admin/import/customers", file).await;
        assert_eq!(reply.body["status"], "committed", "{}", reply.text);
        assert_eq!((reply.body["report"]["created"].as_u64(), reply.body["report"]["updated"].as_u64()), (Some(2), Some(2)));
        for (username, code) in [("new.th", "GZ-TH"), ("new.hq", "HQ"), ("customer1", "GZ"), ("customer2", "HZ")] {
            assert_eq!(by_username(&app, &admin, username).await["unit_code"], code, "{username}");
        }
        let without = upload(&app, &admin, "/api/admin/import/customers", format!("{CUSTOMER_HEADER}\ncustomer2,客户2,31,,1,,\n")).await;
        assert_eq!(without.body["status"], "committed", "{}", without.text);
        assert_eq!(by_username(&app, &admin, "customer2").await["unit_code"], "HZ", "a file without the column keeps the unit");
        let managers = "username,name,capabilities,hobbies,capacity,unit\nnew.manager,新经理,,,10,hz-xh\nmanager1,经理1,,,10,hq\n";
        let reply = upload(&app, &admin, "/api/admin/import/managers", managers).await;
        assert_eq!(reply.body["status"], "committed", "{}", reply.text);
        assert_eq!(manager_unit(&app, &admin, "new.manager").await, "HZ-XH");
        assert_eq!(manager_unit(&app, &admin, "manager1").await, "HQ", "moved from GZ");
        let audit = app.get("/api/admin/audit-log", &admin).await;
        assert!(audit.text.contains("\"moved\":1"), "the audit entry counts the accounts that changed unit: {}", audit.text);
    }
}

each_backend! {
    async fn an_import_with_an_unknown_unit_code_writes_nothing(app) {
        let (admin, _) = app.login_as("admin").await;
        let file = with_units(&["good.one,好,30,,1,,,GZ", "bad.one,坏,30,,1,,,SH-PD"]);
        let reply = upload(&app, &admin, "/api/admin/import/customers", file.clone()).await;
        assert_eq!(reply.body["status"], "failed", "{}", reply.text);
        let problem = json!({"line": 3, "column": "unit", "code": "unknown_unit", "message": "no unit has the code \"SH-PD\""});
        assert_eq!(reply.body["report"]["problems"], json!([problem]));
        assert_eq!(reply.body["report"]["problems_by_code"], json!({"unknown_unit": 1}));
        assert!(by_username(&app, &admin, "good.one").await.is_null(), "all or nothing: the good row was not written either");
        let partial = upload(&app, &admin, "/api/admin/import/customers?mode=valid_rows", file).await;
        assert_eq!(partial.body["status"], "committed", "{}", partial.text);
        assert_eq!((partial.body["report"]["created"].as_u64(), partial.body["report"]["rejected"].as_u64()), (Some(1), Some(1)));
        assert_eq!(by_username(&app, &admin, "good.one").await["unit_code"], "GZ");
        assert!(by_username(&app, &admin, "bad.one").await.is_null(), "valid rows: the row was skipped");
    }
}

each_backend! {
    async fn an_import_into_a_closed_unit_is_a_row_problem(app) {
        let (admin, _) = app.login_as("admin").await;
        let old = new_unit(&app, &admin, "OLD").await;
        close(&app, &admin, old).await;
        let file = "username,name,capabilities,hobbies,capacity,unit\nlate.manager,迟,,,10,old\nmanager2,经理2,,,10,HZ\n";
        let reply = upload(&app, &admin, "/api/admin/import/managers", file).await;
        assert_eq!(reply.body["status"], "failed", "{}", reply.text);
        let problems = &reply.body["report"]["problems"];
        assert_eq!((problems[0]["line"].as_u64(), problems[0]["column"].as_str(), problems[0]["code"].as_str()), (Some(2), Some("unit"), Some("unit_closed")));
        assert_eq!(problems.as_array().map(Vec::len), Some(1));
        assert!(manager_unit(&app, &admin, "late.manager").await.is_null());
        assert_eq!(manager_unit(&app, &admin, "manager2").await, "GZ-TH", "nothing was written");
    }
}

each_backend! {
    async fn a_unit_closed_after_the_file_was_checked_stops_the_apply_with_nothing_written(app) {
        let (admin, _) = app.login_as("admin").await;
        let late = new_unit(&app, &admin, "LATE").await;
        let header: Vec<String> = CUSTOMER_COLUMNS.iter().chain(&["unit"]).map(|c| (*c).to_owned()).collect();
        let columns = Columns::parse(ImportKind::Customers, &header).unwrap_or_else(|p| panic!("{p:?}"));
        let units = ImportUnits::new(&app.store.tree().await.unwrap_or_default(), None);
        let mut validator = RowValidator::new(ImportKind::Customers, columns, Vocabulary::defaults(), units);
        let cells = ["closing.one", "迟", "30", "", "1", "", "", "late"].map(str::to_owned).to_vec();
        let row = validator.check(&RawRecord { line: 2, fields: cells, bad_utf8: Vec::new() }).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(row.unit, Some(late), "open when the file was checked");
        let run_id = 987_654;
        ImportStore::stage(&app.store, run_id, &[row]).await.unwrap_or_else(|e| panic!("stage: {e}"));
        close(&app, &admin, late).await;
        let applied = ImportStore::apply(&app.store, run_id, ImportKind::Customers, &Default::default(), &AuditEntry::default()).await;
        assert_eq!(applied.err().map(|e| e.code().as_str()), Some("unit_closed"));
        assert!(by_username(&app, &admin, "closing.one").await.is_null(), "the transaction wrote nothing");
        ImportStore::discard(&app.store, run_id).await.unwrap_or_else(|e| panic!("discard: {e}"));
    }
}

each_backend! {
    async fn exports_name_every_accounts_unit_by_its_code(app) {
        let (admin, _) = app.login_as("admin").await;
        let (_, _, bytes) = download(&app, &admin, "/api/admin/export/customers.csv").await;
        let rows = records(&bytes, 8);
        assert_eq!(rows[0][7], "unit");
        for row in rows.iter().skip(1) {
            assert_eq!(by_username(&app, &admin, &row[0]).await["unit_code"], row[7].as_str(), "{row:?}");
        }
        assert!(rows.iter().any(|r| r[0] == "customer1" && r[7] == "GZ") && rows.iter().any(|r| r[0] == "customer5" && r[7] == "HZ-XH"));
        let (_, _, bytes) = download(&app, &admin, "/api/admin/export/managers.csv").await;
        let rows = records(&bytes, 8);
        assert_eq!(rows[0][5], "unit");
        let units: Vec<(&str, &str)> = rows.iter().skip(1).map(|r| (r[0].as_str(), r[5].as_str())).collect();
        assert_eq!(units, [("manager1", "GZ"), ("manager2", "GZ-TH"), ("manager3", "GZ-YX"), ("manager4", "HZ"), ("manager5", "HZ-XH")]);
    }
}
