//! A branch's admin reads the dashboard, the analyses, the audit log and the imports of
//! their branch only, and imports into it only: every figure counts their part, anything of
//! another branch is 403, and a file naming another branch's accounts or units changes nothing
//! there.

use portrait_domain::exchange::columns::{CUSTOMER_COLUMNS, Columns};
use portrait_domain::exchange::ports::ImportScope;
use portrait_domain::exchange::{ImportKind, ImportStore, ImportUnits, RawRecord, RowValidator};
use portrait_domain::organisation::OrgUnits;
use portrait_domain::ports::AuditEntry;
use portrait_domain::tags::Vocabulary;
use serde_json::{Value, json};

use crate::each_backend;
use crate::exchange::{CUSTOMER_HEADER, upload};
use crate::helpers::TestApp;
use crate::scoped_admin::{guangzhou_admin, members, unit_of};

fn list(body: &Value, key: &str, field: &str) -> Vec<i64> {
    body[key].as_array().map(|l| l.iter().filter_map(|i| i[field].as_i64()).collect()).unwrap_or_default()
}

async fn count(app: &TestApp, sql: &str) -> u64 {
    u64::try_from(app.number(sql).await).unwrap_or(0)
}

each_backend! {
    async fn a_branch_admins_dashboard_and_analyses_count_only_their_branch(app) {
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.post("/api/admin/auto-assign", &admin, json!({})).await.status, 200);
        assert_eq!(app.post("/api/admin/segmentation", &admin, json!({"k": 2})).await.status, 200);
        let branch = guangzhou_admin(&app).await;
        let (customers, managers) = (members(&app, "customer", "GZ").await, members(&app, "manager", "GZ").await);
        let dashboard = app.get("/api/admin/dashboard", &branch).await;
        assert_eq!(dashboard.status, 200, "{}", dashboard.text);
        assert_eq!(dashboard.body["total_customers"].as_u64(), Some(customers.len() as u64), "{}", dashboard.text);
        assert_eq!(dashboard.body["total_managers"].as_u64(), Some(managers.len() as u64));
        let bank = app.get("/api/admin/dashboard", &admin).await;
        assert!(bank.body["total_customers"].as_u64() > dashboard.body["total_customers"].as_u64(), "{}", bank.text);
        let gz = unit_of(&app, "GZ").await;
        let filtered = app.get(&format!("/api/admin/dashboard?unit_id={gz}"), &admin).await;
        assert_eq!(filtered.body["total_customers"], dashboard.body["total_customers"], "the head office filters by unit the same way");
        let stats = app.get("/api/admin/stats", &branch).await;
        assert_eq!(list(&stats.body, "manager_loads", "manager_id"), managers, "{}", stats.text);
        let scores = app.get("/api/admin/analytics/scores", &branch).await;
        let served = scores.body["assigned"].as_u64().unwrap_or(0) + scores.body["unassigned"].as_u64().unwrap_or(0);
        assert_eq!(served, customers.len() as u64, "{}", scores.text);
        let personas = app.get("/api/admin/analytics/personas", &branch).await;
        let sizes: u64 = personas.body["personas"].as_array().map_or(0, |p| p.iter().filter_map(|p| p["size"].as_u64()).sum());
        assert_eq!(sizes, customers.len() as u64, "each segment counts the branch's members: {}", personas.text);
        for path in ["/api/admin/analytics/capability-gaps", "/api/admin/analytics/projection", "/api/admin/analytics/trend"] {
            let reply = app.get(path, &branch).await;
            assert_eq!(reply.status, 200, "{path}: {}", reply.text);
        }
        let trend = app.get("/api/admin/analytics/trend", &branch).await;
        assert_eq!(trend.body["runs"].as_array().map(Vec::len), Some(0), "the bank-wide run is not the branch's: {}", trend.text);
        let hz = unit_of(&app, "HZ").await;
        for path in ["/api/admin/dashboard", "/api/admin/stats", "/api/admin/analytics/scores", "/api/admin/analytics/personas",
            "/api/admin/analytics/capability-gaps", "/api/admin/analytics/projection", "/api/admin/analytics/trend"] {
            let reply = app.get(&format!("{path}?unit_id={hz}"), &branch).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")), "{path}: {}", reply.text);
        }
        let their_manager = members(&app, "manager", "HZ").await[0];
        let refused = app.get(&format!("/api/managers/{their_manager}/stats"), &branch).await;
        assert_eq!(refused.status, 403, "{}", refused.text);
        assert_eq!(app.get(&format!("/api/managers/{}/stats", managers[0]), &branch).await.status, 200);
    }
}

each_backend! {
    async fn a_branch_admin_reads_the_audit_entries_of_their_branch_only(app) {
        let (admin, _) = app.login_as("admin").await;
        let (ours, theirs) = (members(&app, "customer", "GZ").await[0], members(&app, "customer", "HZ").await[0]);
        for id in [ours, theirs] {
            assert_eq!(app.put(&format!("/api/customers/{id}/profile"), &admin, json!({"age": 51})).await.status, 200);
        }
        let branch = guangzhou_admin(&app).await;
        let log = app.get("/api/admin/audit-log?per_page=100", &branch).await;
        assert_eq!(log.status, 200, "{}", log.text);
        let targets: Vec<&str> = log.body["items"].as_array().map(|l| l.iter().filter_map(|i| i["target"].as_str()).collect()).unwrap_or_default();
        assert!(targets.contains(&format!("user:{ours}").as_str()), "{}", log.text);
        assert!(!targets.contains(&format!("user:{theirs}").as_str()), "{}", log.text);
        let gz_units = app.numbers("SELECT id FROM org_units WHERE code LIKE 'GZ%'").await;
        let total = log.body["total"].as_u64().unwrap_or(0);
        let list = gz_units.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        assert_eq!(total, count(&app, &format!("SELECT COUNT(*) FROM audit_log WHERE unit_id IN ({list})")).await, "the total counts their part");
        let everything = app.get("/api/admin/audit-log?per_page=1", &admin).await;
        assert_eq!(everything.body["total"].as_u64(), Some(count(&app, "SELECT COUNT(*) FROM audit_log").await), "the head office reads it all");
    }
}

each_backend! {
    async fn a_branch_admin_imports_into_their_branch_and_nothing_of_another_changes(app) {
        let branch = guangzhou_admin(&app).await;
        let (admin, _) = app.login_as("admin").await;
        let theirs = crate::faults_support::text(&app, &format!("SELECT username FROM users WHERE id = {}", members(&app, "customer", "HZ").await[0])).await;
        let before = app.numbers("SELECT COALESCE(age, 0) FROM customer_profiles ORDER BY user_id").await;
        let file = format!("{CUSTOMER_HEADER},unit\nnew.gz,广州新客户,30,,1,,,\nnew.hz,杭州新客户,30,,1,,,HZ\n{theirs},改名,77,,1,,,\n");
        let refused = upload(&app, &branch, "/api/admin/import/customers", file.clone()).await;
        assert_eq!(refused.body["status"], "failed", "all or nothing: {}", refused.text);
        let codes: Vec<&str> = refused.body["report"]["problems"].as_array().map(|p| p.iter().filter_map(|p| p["code"].as_str()).collect()).unwrap_or_default();
        assert_eq!(codes, ["unit_outside_scope", "account_outside_scope"], "{}", refused.text);
        assert_eq!(app.numbers("SELECT COALESCE(age, 0) FROM customer_profiles ORDER BY user_id").await, before, "nothing changed");
        let valid = upload(&app, &branch, "/api/admin/import/customers?mode=valid_rows", file).await;
        assert_eq!((valid.body["status"].as_str(), valid.body["report"]["created"].as_u64()), (Some("committed"), Some(1)), "{}", valid.text);
        let placed = crate::faults_support::text(&app, "SELECT o.code FROM users u JOIN org_units o ON o.id = u.unit_id WHERE u.username = 'new.gz'").await;
        assert_eq!(placed, "GZ", "a new account without a unit goes to the branch admin's own unit");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM users WHERE username = 'new.hz'").await, 0);
        assert_ne!(app.number(&format!("SELECT COALESCE(age, 0) FROM customer_profiles cp JOIN users u ON u.id = cp.user_id WHERE u.username = '{theirs}'")).await, 77);
        // The branch's imports are theirs and the head office's; the head office's are not the branch's.
        let head_office = upload(&app, &admin, "/api/admin/import/customers", format!("{CUSTOMER_HEADER}\nnew.hq,总行客户,30,,1,,\n")).await;
        let listed = app.get("/api/admin/imports", &branch).await;
        let ids = list(&listed.body, "items", "id");
        assert_eq!(ids, [valid.body["id"].as_i64().unwrap_or(0), refused.body["id"].as_i64().unwrap_or(0)], "{}", listed.text);
        let other = app.get(&format!("/api/admin/imports/{}", head_office.body["id"]), &branch).await;
        assert_eq!((other.status, other.body["error"].as_str()), (403, Some("forbidden")), "{}", other.text);
        assert_eq!(app.get(&format!("/api/admin/imports/{}", valid.body["id"]), &admin).await.status, 200);
        assert_eq!(app.get("/api/admin/imports", &admin).await.body["total"].as_u64(), Some(3));
    }
}

each_backend! {
    async fn an_account_moved_out_of_the_branch_after_the_file_was_checked_stops_the_apply(app) {
        let header: Vec<String> = CUSTOMER_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
        let columns = Columns::parse(ImportKind::Customers, &header).unwrap_or_else(|p| panic!("{p:?}"));
        let ours = app.numbers("SELECT id FROM org_units WHERE code LIKE 'GZ%' ORDER BY id").await;
        let units = ImportUnits::new(&app.store.tree().await.unwrap_or_default(), Some(&ours));
        let mut validator = RowValidator::new(ImportKind::Customers, columns, Vocabulary::defaults(), units);
        let cells = ["customer1", "客户1", "66", "", "1", "", ""].map(str::to_owned).to_vec();
        let row = validator.check(&RawRecord { line: 2, fields: cells, bad_utf8: Vec::new() }).unwrap_or_else(|p| panic!("{p:?}"));
        let run_id = 987_655;
        ImportStore::stage(&app.store, run_id, &[row]).await.unwrap_or_else(|e| panic!("stage: {e}"));
        let hz = unit_of(&app, "HZ").await;
        app.exec(&format!("UPDATE users SET unit_id = {hz} WHERE username = 'customer1'")).await;
        let scope = ImportScope { home: Some(unit_of(&app, "GZ").await), units: Some(ours) };
        let applied = ImportStore::apply(&app.store, run_id, ImportKind::Customers, &scope, &AuditEntry::default()).await;
        assert_eq!(applied.err().map(|e| e.code().as_str()), Some("forbidden"));
        let age = app.number("SELECT COALESCE(age, 0) FROM customer_profiles cp JOIN users u ON u.id = cp.user_id WHERE u.username = 'customer1'").await;
        assert_ne!(age, 66, "the transaction wrote nothing");
        ImportStore::discard(&app.store, run_id).await.unwrap_or_else(|e| panic!("discard: {e}"));
    }
}

each_backend! {
    async fn the_banks_vocabulary_segments_and_tree_stay_the_head_offices(app) {
        let branch = guangzhou_admin(&app).await;
        let gz = unit_of(&app, "GZ").await;
        let refused = [
            app.post("/api/tags", &branch, json!({"kind": "need", "name": "pension"})).await,
            app.post("/api/admin/segmentation", &branch, json!({"k": 3})).await,
            app.post("/api/admin/units", &branch, json!({"code": "GZ-NEW", "name": "新支行", "parent_id": gz})).await,
        ];
        for reply in refused {
            assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")), "{}", reply.text);
        }
        assert_eq!(count(&app, "SELECT COUNT(*) FROM tags WHERE name = 'pension'").await, 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM org_units WHERE code = 'GZ-NEW'").await, 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM assignment_runs WHERE kind = 'segmentation'").await, 0);
    }
}
