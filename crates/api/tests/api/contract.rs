//! The OpenAPI document as a contract: its enums, limits, content types and headers are
//! what the server really sends and enforces, checked by probing both sides of each.

#![allow(clippy::expect_used)]

use serde_json::{Value, json};

use crate::each_backend;
use crate::exchange::{CUSTOMER_HEADER, upload};
use crate::helpers::{Payload, TestApp, client, send};

async fn document(app: &TestApp) -> Value {
    app.request("GET", "/api/openapi.json", None, None).await.body
}

fn limits(doc: &Value, schema: &str, property: &str) -> (i64, i64) {
    let p = &doc["components"]["schemas"][schema]["properties"][property];
    (p["minimum"].as_i64().expect("minimum"), p["maximum"].as_i64().expect("maximum"))
}

each_backend! {
    async fn every_error_code_the_server_sends_is_one_the_document_lists(app) {
        let doc = document(&app).await;
        let listed: Vec<&str> =
            doc["components"]["schemas"]["ErrorBody"]["properties"]["error"]["enum"].as_array().expect("an enum").iter().filter_map(Value::as_str).collect();
        let (admin, _) = app.login_as("admin").await;
        let replies = [
            app.login("admin", "wrong").await,
            app.get("/api/customers/999999/profile", &admin).await,
            app.get("/api/customers/x/profile", &admin).await,
            app.get("/api/customers?class=Z", &admin).await,
            app.get("/api/customers?bogus=1", &admin).await,
            app.request("DELETE", "/api/customers", Some(&admin), None).await,
            app.request("GET", "/api/customers", None, None).await,
            app.raw("POST", "/api/auth/login", "application/json", b"{".to_vec()).await,
            app.post("/api/admin/segmentation", &admin, json!({"k": 99})).await,
        ];
        for reply in replies {
            let code = reply.body["error"].as_str().unwrap_or_default();
            assert!(listed.contains(&code), "{code} is not in the document's enum: {}", reply.text);
        }
    }
}

each_backend! {
    async fn the_age_and_capacity_limits_in_the_document_are_the_ones_enforced(app) {
        let doc = document(&app).await;
        let (admin, _) = app.login_as("admin").await;
        let customer = app.user_id("customer3").await;
        let (low, high) = limits(&doc, "CustomerProfileUpdate", "age");
        for (age, status) in [(low, 200), (high, 200), (low - 1, 422), (high + 1, 422)] {
            let reply = app.put(&format!("/api/customers/{customer}/profile"), &admin, json!({"age": age})).await;
            assert_eq!(reply.status, status, "age {age}: {}", reply.text);
        }
        let manager = app.user_id("manager3").await;
        let (low, high) = limits(&doc, "ManagerProfileUpdate", "capacity");
        for (capacity, status) in [(high, 200), (low, 200), (low - 1, 422), (high + 1, 422)] {
            let reply = app.put(&format!("/api/managers/{manager}/profile"), &admin, json!({"capacity": capacity})).await;
            assert_eq!(reply.status, status, "capacity {capacity}: {}", reply.text);
        }
        let (low, high) = limits(&doc, "SegmentationRequest", "k");
        for k in [low - 1, high + 1] {
            let reply = app.post("/api/admin/segmentation", &admin, json!({"k": k})).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (422, Some("invalid_k")), "k {k}");
        }
    }
}

each_backend! {
    async fn the_reason_and_username_rules_in_the_document_are_the_ones_enforced(app) {
        let doc = document(&app).await;
        let (admin, _) = app.login_as("admin").await;
        let reason = &doc["components"]["schemas"]["UnassignRequest"]["properties"]["reason"];
        let longest = usize::try_from(reason["maxLength"].as_u64().expect("maxLength")).expect("small");
        let customer = app.user_id("customer4").await;
        let manager = app.user_id("manager4").await;
        let too_long = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": customer, "manager_id": manager, "reason": "x".repeat(longest + 1)})).await;
        assert_eq!(too_long.body["error"], "reason_required", "{}", too_long.text);
        let longest_reply = app.post("/api/admin/manual-assign", &admin, json!({"customer_id": customer, "manager_id": manager, "reason": "x".repeat(longest)})).await;
        assert_eq!(longest_reply.status, 200, "{}", longest_reply.text);

        let pattern = doc["components"]["schemas"]["RegisterRequest"]["properties"]["username"]["pattern"].as_str().expect("a pattern");
        assert!(pattern.contains("{3,50}"), "{pattern}");
        for (username, status) in [("ab", 422), ("has space", 422), ("a".repeat(51).as_str(), 422), ("new.user-1", 201)] {
            let reply = app.request("POST", "/api/auth/register", None, Some(json!({"username": username, "password": "long enough"}))).await;
            assert_eq!(reply.status, status, "{username}: {}", reply.text);
        }
    }
}

each_backend! {
    async fn an_upload_is_csv_or_bytes_and_any_other_content_type_is_415(app) {
        let (admin, _) = app.login_as("admin").await;
        let csv = format!("{CUSTOMER_HEADER}\nupload_a,Upload A,30,teacher,1000,savings,travel\n");
        let doc = document(&app).await;
        let content = &doc["paths"]["/api/admin/import/customers"]["post"]["requestBody"]["content"];
        assert!(content["text/csv"].is_object() && content["application/octet-stream"].is_object(), "{content}");
        for kind in ["application/json", "multipart/form-data; boundary=x", "text/plain"] {
            let req = client()
                .post(format!("{}/api/admin/import/customers", app.address))
                .insert_header(("Authorization", format!("Bearer {admin}")))
                .insert_header(("Content-Type", kind));
            let reply = send(req, Payload::Bytes(csv.clone().into_bytes())).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (415, Some("unsupported_media_type")), "{kind}");
        }
        assert_eq!(app.number("SELECT COUNT(*) FROM users WHERE username = 'upload_a'").await, 0, "nothing was imported");
        let req = client()
            .post(format!("{}/api/admin/import/customers", app.address))
            .insert_header(("Authorization", format!("Bearer {admin}")))
            .insert_header(("Content-Type", "application/octet-stream"));
        let reply = send(req, Payload::Bytes(csv.into_bytes())).await;
        assert!(matches!(reply.status, 200 | 202), "{}", reply.text);
        assert_eq!(upload(&app, &admin, "/api/admin/import/customers", format!("{CUSTOMER_HEADER}\n")).await.status, 200, "text/csv still works");
    }
}

each_backend! {
    async fn the_customer_export_refuses_the_paging_it_would_ignore(app) {
        let (admin, _) = app.login_as("admin").await;
        for query in ["page=2", "per_page=10", "sort=name"] {
            let reply = app.get(&format!("/api/admin/export/customers.csv?{query}"), &admin).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (400, Some("invalid_query")), "{query}");
        }
        let doc = document(&app).await;
        let params: Vec<&str> = doc["paths"]["/api/admin/export/customers.csv"]["get"]["parameters"]
            .as_array()
            .expect("parameters")
            .iter()
            .filter_map(|p| p["name"].as_str())
            .collect();
        assert!(!params.contains(&"page") && !params.contains(&"sort"), "{params:?}");
    }
}

each_backend! {
    async fn computed_fields_are_out_of_the_update_schemas_and_still_refused_by_name(app) {
        let doc = document(&app).await;
        for (schema, field) in [("CustomerProfileUpdate", "class"), ("CustomerProfileUpdate", "manager_id"), ("CustomerProfileUpdate", "role"), ("ManagerProfileUpdate", "role")] {
            assert!(doc["components"]["schemas"][schema]["properties"][field].is_null(), "{schema}.{field} is in the document");
        }
        let (token, id) = app.login_as("customer1").await;
        let reply = app.put(&format!("/api/customers/{id}/profile"), &token, json!({"class": "A"})).await;
        assert_eq!((reply.status, reply.body["error"].as_str()), (422, Some("field_not_allowed")), "{}", reply.text);
    }
}

each_backend! {
    async fn every_response_carries_the_request_id_the_document_promises(app) {
        let doc = document(&app).await;
        let headers = &doc["paths"]["/api/customers"]["get"]["responses"]["200"]["headers"];
        assert!(headers["X-Request-Id"].is_object(), "{headers}");
        assert!(doc["paths"]["/api/auth/login"]["post"]["responses"]["429"]["headers"]["Retry-After"].is_object());
        assert!(doc["servers"].as_array().is_some_and(|s| !s.is_empty()), "servers");
        let (admin, _) = app.login_as("admin").await;
        for reply in [app.get("/api/customers", &admin).await, app.get("/api/customers/x/profile", &admin).await] {
            assert!(reply.headers.get("x-request-id").is_some(), "{}", reply.text);
        }
        for item in doc["paths"].as_object().expect("paths").values() {
            for op in item.as_object().expect("an item").values() {
                assert!(op["description"].as_str().is_some_and(|d| !d.is_empty()), "{} has no description", op["operationId"]);
                assert!(op["summary"].as_str().is_some_and(|s| s.len() < 200), "{} has no short summary", op["operationId"]);
            }
        }
    }
}

each_backend! {
    async fn an_import_job_is_not_readable_as_an_assignment_run(app) {
        let (admin, _) = app.login_as("admin").await;
        let job = upload(&app, &admin, "/api/admin/import/customers", format!("{CUSTOMER_HEADER}\n")).await;
        let id = job.body["id"].as_i64().expect("an import id");
        assert_eq!(app.get(&format!("/api/admin/imports/{id}"), &admin).await.status, 200);
        assert_eq!(app.get(&format!("/api/admin/assignment-runs/{id}"), &admin).await.status, 404, "an import is not a run");
    }
}
