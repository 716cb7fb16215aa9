//! Exports: Excel-ready bytes, formulas neutralised, the customer list's filters, and
//! assignments explained.

use crate::each_backend;
use crate::exchange::{download, records, upload};
use crate::helpers::spawn_app;

each_backend! {
    async fn exports_are_excel_ready_csv_with_formulas_neutralised(app) {
        let (admin, _) = app.login_as("admin").await;
        let id = app.user_id("customer2").await;
        let renamed = app.put(&format!("/api/customers/{id}/profile"), &admin, serde_json::json!({"name": "=HYPERLINK(\"http://x\",\"点我\")", "occupation": "+86 销售, 北京"})).await;
        assert_eq!(renamed.status, 200, "{}", renamed.text);
        let (status, headers, bytes) = download(&app, &admin, "/api/admin/export/customers.csv").await;
        assert_eq!(status, 200);
        assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("text/csv; charset=utf-8"));
        assert!(headers.get("content-disposition").and_then(|v| v.to_str().ok()).is_some_and(|d| d.starts_with("attachment; filename=\"portrait-customers-")));
        assert!(bytes.starts_with(b"\xEF\xBB\xBFusername,name,age,occupation,total_assets_cny,needs,hobbies,unit,class,segment,manager_username,manager_name,match_score\r\n"));
        let text = String::from_utf8(bytes.clone()).unwrap_or_default();
        assert!(text.contains("customer2,\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",26,\"'+86 销售, 北京\","), "{text}");
        let rows = records(&bytes, 13);
        assert_eq!(rows.len(), 21, "the header and the 20 demo customers");
        assert!(rows.iter().skip(1).all(|r| r.iter().all(|cell| !cell.starts_with(['=', '+', '-', '@']))));
    }
}

each_backend! {
    async fn customer_exports_honour_the_same_filters_as_the_list(app) {
        let (admin, _) = app.login_as("admin").await;
        let listed = app.get("/api/customers?need=loan&per_page=500", &admin).await;
        let (_, _, bytes) = download(&app, &admin, "/api/admin/export/customers.csv?need=loan").await;
        let rows = records(&bytes, 7);
        assert_eq!(rows.len() as u64 - 1, listed.body["total"].as_u64().unwrap_or(0));
        assert!(rows.iter().skip(1).all(|r| r[5].split(';').any(|t| t == "loan")));
        let (_, _, none) = download(&app, &admin, "/api/admin/export/customers.csv?unassigned=true&class=A").await;
        assert_eq!(records(&none, 1).len(), 1, "only the header when nothing matches");
        assert_eq!(download(&app, &admin, "/api/admin/export/customers.csv?class=Z").await.0, 422);
    }
}

each_backend! {
    async fn the_assignments_export_explains_every_current_assignment(app) {
        let (admin, _) = app.login_as("admin").await;
        let (_, _, empty) = download(&app, &admin, "/api/admin/export/assignments.csv").await;
        assert_eq!(records(&empty, 12).len(), 1, "nobody is assigned yet");
        let run = app.post("/api/admin/auto-assign", &admin, serde_json::json!({})).await;
        assert_eq!(run.body["status"], "committed", "{}", run.text);
        let (_, _, bytes) = download(&app, &admin, "/api/admin/export/assignments.csv").await;
        let rows = records(&bytes, 12);
        assert_eq!(rows[0], ["customer_username", "customer_name", "manager_username", "manager_name", "score", "needs_match", "hobbies_match", "matched_needs", "matched_hobbies", "class", "reason", "assigned_at"]);
        assert_eq!(rows.len(), 21);
        for r in rows.iter().skip(1) {
            let tags = |cell: &str| cell.split(';').filter(|t| !t.is_empty()).count();
            assert_eq!(r[4].parse::<usize>().ok(), Some(tags(&r[7]) + tags(&r[8])), "{r:?}");
            assert_eq!(r[10], "best_match");
            assert!(r[11].ends_with('Z') && r[11].len() == 20, "{r:?}");
        }
        let audit = app.get("/api/admin/audit-log", &admin).await;
        assert!(audit.text.contains("export.assignments"));
    }
}

each_backend! {
    async fn files_larger_than_an_export_page_and_an_import_batch_round_trip(app) {
        let seeded = app.store.seed_synthetic(6_000, 4, 2_000, 3, &|_, _| {}).await;
        assert!(seeded.is_ok(), "{seeded:?}");
        let (admin, _) = app.login_as("admin").await;
        let (_, _, bytes) = download(&app, &admin, "/api/admin/export/customers.csv").await;
        let exported = records(&bytes, 8);
        assert_eq!(exported.len(), 1 + 6_020, "two pages of 5,000 hold every customer once");
        let other = spawn_app(app.backend).await;
        let (other_admin, _) = other.login_as("admin").await;
        let imported = upload(&other, &other_admin, "/api/admin/import/customers", bytes).await;
        assert_eq!((imported.body["status"].as_str(), imported.body["report"]["created"].as_u64()), (Some("committed"), Some(6_000)), "{}", imported.text);
        let (_, _, again) = download(&other, &other_admin, "/api/admin/export/customers.csv").await;
        assert_eq!(records(&again, 8), exported);
        let audit = other.get("/api/admin/audit-log", &other_admin).await;
        assert!(audit.text.contains("import_customers.committed") && audit.text.contains("\"created\":6000"), "{}", audit.text);
        other.cleanup().await;
    }
}
