//! Every operation that takes a JSON body refuses one that is broken, mistyped, misspelt or
//! not declared as JSON — with a 4xx and the usual error body — and changes nothing. A
//! preview flag sent as a string must never turn a preview into a commit.

use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::TestApp;

/// One cell as text, whatever its SQL type on this backend.
fn cell(row: &sea_orm::QueryResult, column: &str) -> String {
    if let Ok(v) = row.try_get::<Option<i64>>("", column) {
        return format!("{v:?}");
    }
    if let Ok(v) = row.try_get::<Option<i32>>("", column) {
        return format!("{v:?}");
    }
    if let Ok(v) = row.try_get::<Option<i16>>("", column) {
        return format!("{v:?}");
    }
    if let Ok(v) = row.try_get::<Option<bool>>("", column) {
        return format!("{v:?}");
    }
    row.try_get::<Option<String>>("", column).map_or_else(|e| format!("<{e}>"), |v| format!("{v:?}"))
}

/// Everything a mutating request could have changed, as text to compare.
async fn state_of(app: &TestApp) -> Vec<String> {
    let tables: [(&str, &[&str]); 8] = [
        ("users", &["id", "username", "display_name", "password_hash", "role", "active", "token_version"]),
        ("customer_profiles", &["user_id", "age", "occupation", "total_assets", "needs_mask", "hobbies_mask", "manager_id", "segment"]),
        ("manager_profiles", &["user_id", "capacity", "active", "capabilities_mask", "hobbies_mask"]),
        ("tags", &["id", "kind", "name"]),
        ("assignment_runs", &["id", "status"]),
        ("match_history", &["id"]),
        ("customer_tags", &["user_id", "tag_id"]),
        ("interactions", &["id", "follow_up_done"]),
    ];
    let mut state = Vec::new();
    for (table, columns) in tables {
        let sql = format!("SELECT {} FROM {table} ORDER BY {}", columns.join(", "), columns[..columns.len().min(2)].join(", "));
        let rows = sea_orm::ConnectionTrait::query_all_raw(&app.store.db, sea_orm::Statement::from_string(app.store.backend(), sql))
            .await
            .unwrap_or_else(|e| panic!("{table}: {e}"));
        for row in rows {
            state.push(format!("{table}: {}", columns.iter().map(|c| cell(&row, c)).collect::<Vec<_>>().join(" ")));
        }
    }
    state
}

/// An operation that takes a body, a body it would accept, and one with a wrong type.
struct Operation {
    method: &'static str,
    path: String,
    token: Option<String>,
    valid: Value,
    mistyped: Value,
}

async fn send(app: &TestApp, op: &Operation, content_type: &str, body: &str) -> (u16, Value) {
    let method = actix_web::http::Method::from_bytes(op.method.as_bytes()).unwrap_or_default();
    let mut req =
        crate::helpers::client().request(method, format!("{}{}", app.address, op.path)).insert_header(("Content-Type", content_type));
    if let Some(token) = &op.token {
        req = req.insert_header(("Authorization", format!("Bearer {token}")));
    }
    let reply = crate::helpers::send(req, crate::helpers::Payload::Bytes(body.as_bytes().to_vec())).await;
    (reply.status, reply.body)
}

async fn operations(app: &TestApp) -> Vec<Operation> {
    let (admin, _) = app.login_as("admin").await;
    let customer = app.user_id("customer1").await;
    let manager = app.user_id("manager1").await;
    let (own_customer, _) = app.login_as("customer1").await;
    let admin = Some(admin);
    let op = |method, path: String, valid: Value, mistyped: Value| Operation { method, path, token: admin.clone(), valid, mistyped };
    vec![
        Operation {
            method: "POST",
            path: "/api/auth/register".into(),
            token: None,
            valid: json!({"username": "newcomer", "password": "a-long-passphrase", "name": "新客户"}),
            mistyped: json!({"username": 42, "password": "a-long-passphrase"}),
        },
        Operation {
            method: "POST",
            path: "/api/auth/login".into(),
            token: None,
            valid: json!({"username": "admin", "password": "admin123"}),
            mistyped: json!({"username": ["admin"], "password": "admin123"}),
        },
        op("POST", "/api/tags".into(), json!({"kind": "need", "name": "pension"}), json!({"kind": "need", "name": 7})),
        op(
            "POST",
            "/api/admin/manual-assign".into(),
            json!({"customer_id": customer, "manager_id": manager, "reason": "asked for"}),
            json!({"customer_id": customer.to_string(), "manager_id": manager, "reason": "asked for"}),
        ),
        op(
            "POST",
            "/api/admin/unassign".into(),
            json!({"customer_id": customer, "reason": "left"}),
            json!({"customer_id": true, "reason": "left"}),
        ),
        op("POST", "/api/admin/auto-assign".into(), json!({"dry_run": false}), json!({"dry_run": "true"})),
        op("POST", format!("/api/admin/managers/{manager}/transfer"), json!({"dry_run": false}), json!({"dry_run": "yes"})),
        op("POST", "/api/admin/segmentation".into(), json!({"k": 3}), json!({"k": "7"})),
        op("PUT", format!("/api/customers/{customer}/profile"), json!({"age": 44}), json!({"age": "44"})),
        op("PUT", format!("/api/managers/{manager}/profile"), json!({"capacity": 7}), json!({"capacity": "7"})),
        op("POST", format!("/api/customers/{customer}/interactions"), json!({"kind": "call"}), json!({"kind": "call", "note": 5})),
        Operation {
            method: "POST",
            path: "/api/me/contact-request".into(),
            token: Some(own_customer),
            valid: json!({"note": "请联系我"}),
            mistyped: json!({"note": ["请联系我"]}),
        },
        op(
            "PUT",
            format!("/api/admin/users/{customer}/password"),
            json!({"password": "another-passphrase"}),
            json!({"password": 12345678}),
        ),
    ]
}

each_backend! {
    async fn broken_mistyped_misspelt_or_undeclared_bodies_are_refused_and_change_nothing(app) {
        let ops = operations(&app).await;
        let before = state_of(&app).await;
        for op in &ops {
            let valid = op.valid.to_string();
            let mut misspelt = op.valid.clone();
            if let Some(fields) = misspelt.as_object_mut() {
                // A field the client meant, misspelt: next to correct ones it must not be ignored.
                fields.insert("dryrun".into(), json!(true));
            }
            let cases = [
                ("broken JSON", "application/json", "{,}".to_owned(), 400, "malformed_json"),
                ("cut-off JSON", "application/json", valid[..valid.len() - 1].to_owned(), 400, "malformed_json"),
                ("a wrong type", "application/json", op.mistyped.to_string(), 422, "invalid_body"),
                ("a misspelt field", "application/json", misspelt.to_string(), 422, "invalid_body"),
                ("not declared JSON", "text/plain", valid.clone(), 415, "unsupported_media_type"),
                ("a form", "application/x-www-form-urlencoded", "dry_run=true".to_owned(), 415, "unsupported_media_type"),
            ];
            for (what, content_type, body, status, code) in cases {
                let (got, reply) = send(&app, op, content_type, &body).await;
                assert_eq!(
                    (got, reply["error"].as_str()),
                    (status, Some(code)),
                    "{:?} {} {} with {what}: {reply}",
                    app.backend,
                    op.method,
                    op.path
                );
                assert!(reply["message"].is_string(), "{} {}: the usual error body", op.method, op.path);
            }
        }
        assert_eq!(state_of(&app).await, before, "{:?}: a refused body changed data", app.backend);
    }
}

each_backend! {
    async fn a_preview_asked_for_with_an_empty_body_or_defaults_behaves_as_documented(app) {
        let (admin, _) = app.login_as("admin").await;
        let op = Operation { method: "POST", path: "/api/admin/auto-assign".into(), token: Some(admin.clone()), valid: json!({}), mistyped: json!({}) };
        let (status, preview) = send(&app, &op, "application/json", r#"{"dry_run": true}"#).await;
        assert_eq!((status, preview["status"].as_str()), (200, Some("proposed")), "{preview}");
        assert_eq!(app.number("SELECT COUNT(*) FROM customer_profiles WHERE manager_id IS NOT NULL").await, 0, "a preview moves nobody");
        // No body at all is the original system's call: the defaults, which commit.
        let (status, run) = send(&app, &op, "text/plain", "").await;
        assert_eq!((status, run["status"].as_str()), (200, Some("committed")), "{run}");
        assert_eq!(app.number("SELECT COUNT(*) FROM customer_profiles WHERE manager_id IS NOT NULL").await, 20);
    }
}
