//! Every problem code of an import, through the API, with its line and column.

use serde_json::Value;

use crate::each_backend;
use crate::exchange::{CUSTOMER_HEADER, upload};

fn found(report: &Value) -> Vec<(u64, String, String)> {
    report["problems"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|p| {
                    (
                        p["line"].as_u64().unwrap_or(0),
                        p["column"].as_str().unwrap_or("-").to_owned(),
                        p["code"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn row(line: u64, column: &str, code: &str) -> (u64, String, String) {
    (line, column.to_owned(), code.to_owned())
}

each_backend! {
    async fn each_row_problem_has_a_stable_code_line_and_column(app) {
        let (admin, _) = app.login_as("admin").await;
        let long = "长".repeat(101);
        let mut file = format!("{CUSTOMER_HEADER}\r\n").into_bytes();
        for line in [
            "ok.one,好,30,,1,loan,travel".to_owned(),            // 2
            ",无名,30,,1,,".to_owned(),                            // 3 empty_username
            "ok.one,重复,30,,1,,".to_owned(),                      // 4 duplicate_username
            "manager1,经理,30,,1,,".to_owned(),                    // 5 role_conflict
            "no.name,,30,,1,,".to_owned(),                         // 6 missing_value
            format!("long.job,长,30,{long},1,,"),                  // 7 too_long
            "bad.age,龄,x,,1,,".to_owned(),                        // 8 bad_number
            "old.age,龄,121,,1,,".to_owned(),                      // 9 out_of_range
            "bad.tag,签,30,,1,,surfing".to_owned(),                // 10 unknown_tag
            "bad name,名,30,,1,,".to_owned(),                      // 11 invalid_value
            "short.row,短".to_owned(),                             // 12 wrong_field_count
        ] {
            file.extend(line.into_bytes());
            file.extend(b"\r\n");
        }
        file.extend(b"bad.bytes,\xFF\xFE,30,,1,,\r\n");          // 13 bad_encoding
        let reply = upload(&app, &admin, "/api/admin/import/customers?mode=valid_rows", file).await;
        assert_eq!(reply.body["status"], "committed", "{}", reply.text);
        assert_eq!(
            found(&reply.body["report"]),
            vec![
                row(3, "username", "empty_username"),
                row(4, "username", "duplicate_username"),
                row(5, "username", "role_conflict"),
                row(6, "name", "missing_value"),
                row(7, "occupation", "too_long"),
                row(8, "age", "bad_number"),
                row(9, "age", "out_of_range"),
                row(10, "hobbies", "unknown_tag"),
                row(11, "username", "invalid_value"),
                row(12, "-", "wrong_field_count"),
                row(13, "name", "bad_encoding"),
            ]
        );
        assert_eq!((reply.body["report"]["created"].as_u64(), reply.body["report"]["rejected"].as_u64()), (Some(1), Some(11)));
        let manager = app.get("/api/managers?per_page=100", &admin).await;
        assert!(manager.text.contains("\"username\":\"manager1\""), "the manager was left alone");
    }
}

each_backend! {
    async fn header_problems_reject_the_file_in_either_mode(app) {
        let (admin, _) = app.login_as("admin").await;
        let header = "username,name,age,age,salary,total_assets_cny,needs\nx.y,名,30,30,1,1,\n";
        let reply = upload(&app, &admin, "/api/admin/import/customers?mode=valid_rows", header).await;
        assert_eq!(reply.body["status"], "failed", "{}", reply.text);
        assert_eq!(
            found(&reply.body["report"]),
            vec![row(1, "age", "duplicate_column"), row(1, "salary", "unknown_column"), row(1, "occupation", "missing_column"), row(1, "hobbies", "missing_column")]
        );
        assert_eq!(reply.body["report"]["rejected"], 0, "no row was rejected, the file was");
        let empty = upload(&app, &admin, "/api/admin/import/customers", "").await;
        assert_eq!(found(&empty.body["report"]), vec![row(1, "-", "empty_file")]);
        let bom = upload(&app, &admin, "/api/admin/import/customers", format!("\u{feff}{CUSTOMER_HEADER}\r\nwith.bom,有,30,,1,,\r\n")).await;
        assert_eq!(bom.body["status"], "committed", "a byte-order mark is fine: {}", bom.text);
    }
}

each_backend! {
    async fn a_large_share_of_bad_rows_is_counted_exactly_and_listed_up_to_a_thousand(app) {
        let (admin, _) = app.login_as("admin").await;
        let mut file = format!("{CUSTOMER_HEADER}\n");
        for n in 0..1_500 {
            file.push_str(&format!("bulk.{n},名,{},,1,,\n", if n % 2 == 0 { "x" } else { "30" }));
        }
        let reply = upload(&app, &admin, "/api/admin/import/customers", file).await;
        let report = &reply.body["report"];
        assert_eq!((reply.body["status"].as_str(), report["problem_count"].as_u64()), (Some("failed"), Some(750)), "{}", reply.text);
        assert_eq!(report["problems_by_code"]["bad_number"], 750);
        assert_eq!(report["problems"].as_array().map(Vec::len), Some(750));
        assert_eq!(report["truncated"], false);
        let listed = app.get("/api/admin/imports", &admin).await;
        assert_eq!(listed.body["items"][0]["id"], reply.body["id"]);
        assert_eq!(app.get("/api/admin/assignment-runs", &admin).await.body["total"], 0, "imports are not assignment runs");
        let audit = app.get("/api/admin/audit-log", &admin).await;
        assert!(audit.text.contains("import_customers.rejected"), "{}", audit.text);
    }
}
