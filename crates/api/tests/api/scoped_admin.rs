//! A branch's admin sees and changes the customers and managers of their branch and its
//! sub-branches, and nothing of any other branch: lists count only their part, everything
//! outside it is 403 and stays as it was.

use serde_json::json;

use crate::each_backend;
use crate::helpers::TestApp;

/// An admin of the demo bank's Guangzhou branch (`GZ`, with `GZ-TH` and `GZ-YX` below it),
/// past their first-login password change: their session.
pub async fn guangzhou_admin(app: &TestApp) -> String {
    let (admin, _) = app.login_as("admin").await;
    let gz = unit_of(app, "GZ").await;
    let body = json!({"username": "gz.admin", "name": "广州管理员", "role": "admin", "unit_id": gz, "password": "first-pass-1"});
    assert_eq!(app.post("/api/admin/staff", &admin, body).await.status, 201);
    crate::staff::first_login(app, "gz.admin").await
}

pub async fn unit_of(app: &TestApp, code: &str) -> i64 {
    app.number(&format!("SELECT id FROM org_units WHERE code = '{code}'")).await
}

/// Ids of the accounts with `role` whose unit's code starts with `prefix`, in id order.
pub async fn members(app: &TestApp, role: &str, prefix: &str) -> Vec<i64> {
    app.numbers(&format!(
        "SELECT u.id FROM users u JOIN org_units o ON o.id = u.unit_id WHERE u.role = '{role}' AND o.code LIKE '{prefix}%' ORDER BY u.id"
    ))
    .await
}

fn ids(reply: &crate::helpers::Reply, key: &str) -> Vec<i64> {
    reply.body["items"].as_array().map(|l| l.iter().filter_map(|i| i[key].as_i64()).collect()).unwrap_or_default()
}

each_backend! {
    async fn a_branch_admin_lists_exactly_the_customers_and_managers_of_their_branch(app) {
        let branch = guangzhou_admin(&app).await;
        let (ours, theirs) = (members(&app, "customer", "GZ").await, members(&app, "customer", "HZ").await);
        assert!(!ours.is_empty() && !theirs.is_empty(), "the demo bank has customers in both branches");
        let listed = app.get("/api/customers?per_page=500", &branch).await;
        assert_eq!((listed.status, ids(&listed, "user_id")), (200, ours.clone()), "{}", listed.text);
        assert_eq!(listed.body["total"].as_u64(), Some(ours.len() as u64));
        assert!(listed.body["items"][0]["unit_code"].as_str().is_some_and(|c| c.starts_with("GZ")), "{}", listed.text);
        let sub = unit_of(&app, "GZ-TH").await;
        let in_sub = app.get(&format!("/api/customers?per_page=500&unit_id={sub}"), &branch).await;
        assert_eq!(ids(&in_sub, "user_id"), members(&app, "customer", "GZ-TH").await, "one sub-branch: {}", in_sub.text);
        let managers = app.get("/api/managers", &branch).await;
        assert_eq!(ids(&managers, "user_id"), members(&app, "manager", "GZ").await, "{}", managers.text);
        let hz = unit_of(&app, "HZ").await;
        for path in [format!("/api/customers?unit_id={hz}"), format!("/api/managers?unit_id={hz}")] {
            let reply = app.get(&path, &branch).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")), "{path}: {}", reply.text);
        }
        let unknown = app.get("/api/customers?unit_id=987654", &branch).await;
        assert_eq!(unknown.status, 404, "{}", unknown.text);
        // The head office sees the whole bank, and filters it by unit the same way.
        let (admin, _) = app.login_as("admin").await;
        let gz = unit_of(&app, "GZ").await;
        let filtered = app.get(&format!("/api/customers?per_page=500&unit_id={gz}"), &admin).await;
        assert_eq!(ids(&filtered, "user_id"), ours);
        let all = app.get("/api/customers?per_page=1", &admin).await;
        assert_eq!(all.body["total"].as_i64(), Some(app.number("SELECT COUNT(*) FROM customer_profiles").await));
        let searched = app.get(&format!("/api/managers?unit_id={hz}&q=manager"), &admin).await;
        assert_eq!(ids(&searched, "user_id"), members(&app, "manager", "HZ").await, "{}", searched.text);
    }
}

each_backend! {
    async fn a_branch_admin_cannot_read_or_change_another_branchs_customers_or_managers(app) {
        let branch = guangzhou_admin(&app).await;
        let (our_customer, their_customer) = (members(&app, "customer", "GZ").await[0], members(&app, "customer", "HZ").await[0]);
        let (our_manager, their_manager) = (members(&app, "manager", "GZ").await[0], members(&app, "manager", "HZ").await[0]);
        let before = app.numbers("SELECT COALESCE(manager_id, 0) FROM customer_profiles ORDER BY user_id").await;
        let refused = [
            app.get(&format!("/api/customers/{their_customer}/profile"), &branch).await,
            app.put(&format!("/api/customers/{their_customer}/profile"), &branch, json!({"age": 44})).await,
            app.get(&format!("/api/managers/{their_manager}/profile"), &branch).await,
            app.put(&format!("/api/managers/{their_manager}/profile"), &branch, json!({"capacity": 1})).await,
            app.get(&format!("/api/managers/{their_manager}/customers"), &branch).await,
            app.get(&format!("/api/customers/{their_customer}/assignment"), &branch).await,
            app.post("/api/admin/manual-assign", &branch, json!({"customer_id": their_customer, "manager_id": our_manager, "reason": "mine now"})).await,
            app.post("/api/admin/manual-assign", &branch, json!({"customer_id": our_customer, "manager_id": their_manager, "reason": "theirs now"})).await,
            app.post("/api/admin/unassign", &branch, json!({"customer_id": their_customer, "reason": "gone"})).await,
        ];
        for reply in refused {
            assert_eq!((reply.status, reply.body["error"].as_str()), (403, Some("forbidden")), "{}", reply.text);
        }
        assert_eq!(app.numbers("SELECT COALESCE(manager_id, 0) FROM customer_profiles ORDER BY user_id").await, before, "nobody moved");
        assert_ne!(app.number(&format!("SELECT COALESCE(age, 0) FROM customer_profiles WHERE user_id = {their_customer}")).await, 44);
        assert_ne!(app.number(&format!("SELECT capacity FROM manager_profiles WHERE user_id = {their_manager}")).await, 1);
        // Within the branch, the same requests work.
        let ok = [
            app.get(&format!("/api/customers/{our_customer}/profile"), &branch).await,
            app.put(&format!("/api/customers/{our_customer}/profile"), &branch, json!({"age": 44})).await,
            app.get(&format!("/api/managers/{our_manager}/profile"), &branch).await,
            app.put(&format!("/api/managers/{our_manager}/profile"), &branch, json!({"capacity": 60})).await,
            app.get(&format!("/api/managers/{our_manager}/customers"), &branch).await,
            app.post("/api/admin/manual-assign", &branch, json!({"customer_id": our_customer, "manager_id": our_manager, "reason": "local"})).await,
            app.get(&format!("/api/customers/{our_customer}/assignment"), &branch).await,
        ];
        for reply in ok {
            assert_eq!(reply.status, 200, "{}", reply.text);
        }
        assert_eq!(app.number(&format!("SELECT manager_id FROM customer_profiles WHERE user_id = {our_customer}")).await, our_manager);
    }
}

/// The usernames in the first column of a CSV export, header and byte-order mark left out.
fn first_column(csv: &str) -> Vec<String> {
    csv.trim_start_matches('\u{feff}').lines().skip(1).filter_map(|l| l.split(',').next()).map(str::to_owned).collect()
}

async fn usernames(app: &TestApp, ids: &[i64]) -> Vec<String> {
    let mut names = Vec::new();
    for id in ids {
        names.push(crate::faults_support::text(app, &format!("SELECT username FROM users WHERE id = {id}")).await);
    }
    names
}

each_backend! {
    async fn a_branch_admin_exports_only_their_branchs_customers_managers_and_assignments(app) {
        let branch = guangzhou_admin(&app).await;
        let ours = members(&app, "customer", "GZ").await;
        let customers = app.get("/api/admin/export/customers.csv", &branch).await;
        assert_eq!((customers.status, first_column(&customers.text)), (200, usernames(&app, &ours).await), "{}", customers.text);
        let managers = app.get("/api/admin/export/managers.csv", &branch).await;
        assert_eq!(first_column(&managers.text), usernames(&app, &members(&app, "manager", "GZ").await).await, "{}", managers.text);
        let (admin, _) = app.login_as("admin").await;
        assert_eq!(app.post("/api/admin/auto-assign", &admin, json!({})).await.status, 200, "everybody assigned, bank-wide");
        let assignments = app.get("/api/admin/export/assignments.csv", &branch).await;
        assert_eq!(first_column(&assignments.text), usernames(&app, &ours).await, "{}", assignments.text);
        let hz = unit_of(&app, "HZ").await;
        let refused = app.get(&format!("/api/admin/export/customers.csv?unit_id={hz}"), &branch).await;
        assert_eq!((refused.status, refused.body["error"].as_str()), (403, Some("forbidden")), "{}", refused.text);
        let all = app.get("/api/admin/export/customers.csv", &admin).await;
        assert_eq!(first_column(&all.text).len() as i64, app.number("SELECT COUNT(*) FROM customer_profiles").await, "the head office exports the bank");
        assert!(app.number("SELECT COUNT(*) FROM audit_log WHERE action = 'export.customers'").await >= 2);
    }
}
