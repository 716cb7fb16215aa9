//! The login and registration throttle against parallel requests, several client addresses
//! and look-alike usernames; bcrypt's 72-byte limit; who created an account.
//!
//! Two client addresses without a proxy: the server listens on 127.0.0.1 and a second client
//! connects from 127.0.0.2 (all of 127/8 is loopback). Behind a proxy: the server trusts
//! 127.0.0.1 and the test sends `X-Forwarded-For` as an ingress would.

use std::net::{IpAddr, Ipv4Addr};

use futures_util::future::join_all;
use portrait_domain::ports::UserRepository;
use serde_json::{Value, json};

use crate::each_backend;
use crate::helpers::{Payload, Reply, TestApp, backends, send, spawn_app_with};

/// The second client address: 127.0.0.2, loopback like the server's 127.0.0.1.
const ELSEWHERE: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));

/// A client whose connections come from `source` (a loopback address).
fn client_from(source: IpAddr) -> awc::Client {
    let connector = awc::Connector::new().local_address(source);
    awc::Client::builder().connector(connector).timeout(std::time::Duration::from_secs(120)).finish()
}

async fn post_from(app: &TestApp, source: IpAddr, path: &str, body: Value) -> Reply {
    send(client_from(source).post(format!("{}{path}", app.address)), Payload::Json(body)).await
}

async fn login_from(app: &TestApp, source: IpAddr, username: &str, password: &str) -> Reply {
    post_from(app, source, "/api/auth/login", json!({"username": username, "password": password})).await
}

/// A login that reached the server through a proxy which saw the client at `client`.
async fn login_via_proxy(app: &TestApp, client: &str, username: &str, password: &str) -> Reply {
    let req = crate::helpers::client().post(format!("{}/api/auth/login", app.address)).insert_header(("X-Forwarded-For", client));
    send(req, Payload::Json(json!({"username": username, "password": password}))).await
}

fn retry_after(reply: &Reply) -> u64 {
    reply.headers.get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok()).unwrap_or(0)
}

fn statuses(replies: &[Reply]) -> Vec<u16> {
    replies.iter().map(|r| r.status).collect()
}

each_backend! {
    async fn twenty_parallel_guesses_with_one_right_password_let_at_most_five_through(app) {
        let guesses = (0..20).map(|n| app.login("customer11", if n == 13 { "123456" } else { "wrong-password" }));
        let replies = join_all(guesses).await;
        let all = statuses(&replies);
        let through = all.iter().filter(|s| matches!(s, 200 | 401)).count();
        let throttled = all.iter().filter(|s| **s == 429).count();
        assert_eq!(through + throttled, 20, "{:?}: only 200, 401 and 429: {all:?}", app.backend);
        assert!(through <= 5, "{:?}: {through} attempts reached the password check: {all:?}", app.backend);
        assert!(throttled >= 15, "{:?}: the parallel guesses were counted: {all:?}", app.backend);
        assert!(all.iter().filter(|s| **s == 200).count() <= 1);
        let blocked = replies.iter().find(|r| r.status == 429).expect("a throttled reply");
        assert_eq!(blocked.body["error"], "too_many_attempts");
        assert!((1..=900).contains(&retry_after(blocked)), "retry-after {}", retry_after(blocked));
        let from_elsewhere = login_from(&app, ELSEWHERE, "customer11", "123456").await;
        assert_eq!(from_elsewhere.status, 200, "the user still logs in from another address: {}", from_elsewhere.text);
    }
}

each_backend! {
    async fn a_user_locked_out_from_one_address_still_logs_in_from_another(app) {
        for _ in 0..5 {
            assert_eq!(app.login("admin", "guessing-wrong").await.status, 401);
        }
        let attacker = app.login("admin", "admin123").await;
        assert_eq!(attacker.status, 429, "the guessing address waits, even with the right password");
        let office = login_from(&app, ELSEWHERE, "admin", "admin123").await;
        assert_eq!(office.status, 200, "{:?}: the admin logs in from another address: {}", app.backend, office.text);
        assert_eq!(app.login("admin", "admin123").await.status, 429, "a success elsewhere does not clear the guessing address");
    }
}

each_backend! {
    async fn an_invented_forwarded_for_header_does_not_dodge_the_throttle(app) {
        for n in 0..5 {
            assert_eq!(login_via_proxy(&app, &format!("203.0.113.{n}"), "customer12", "wrong-password").await.status, 401);
        }
        let reply = login_via_proxy(&app, "203.0.113.99", "customer12", "123456").await;
        assert_eq!(reply.status, 429, "without a trusted proxy the header is ignored: {}", reply.text);
    }
}

/// Behind a proxy the server trusts (127.0.0.1), on every backend.
#[test]
fn behind_a_trusted_proxy_each_client_address_is_throttled_on_its_own() {
    actix_web::rt::System::new().block_on(async {
        for backend in backends() {
            let app = spawn_app_with(backend, |s| {
                s.server.trusted_proxies = vec!["127.0.0.1".to_owned()].try_into().expect("valid");
            })
            .await;
            for _ in 0..5 {
                assert_eq!(login_via_proxy(&app, "203.0.113.66", "admin", "guessing-wrong").await.status, 401);
            }
            let attacker = login_via_proxy(&app, "203.0.113.66", "admin", "admin123").await;
            assert_eq!(attacker.status, 429, "{backend:?}: {}", attacker.text);
            let office = login_via_proxy(&app, "198.51.100.10", "admin", "admin123").await;
            assert_eq!(office.status, 200, "{backend:?}: another client behind the same proxy: {}", office.text);
            // The client put its own guess in front; the proxy appended the address it saw.
            let spoofed = login_via_proxy(&app, "198.51.100.10, 203.0.113.66", "admin", "admin123").await;
            assert_eq!(spoofed.status, 429, "{backend:?}: the rightmost untrusted hop is the client");
            app.cleanup().await;
        }
    });
}

each_backend! {
    async fn a_look_alike_username_cannot_register_and_logs_in_as_the_original(app) {
        for look_alike in ["ADMIN", "Admin", "Customer1", "MANAGER1"] {
            let reply = app.request("POST", "/api/auth/register", None, Some(json!({"username": look_alike, "password": "long-enough"}))).await;
            assert_eq!((reply.status, reply.body["error"].as_str()), (409, Some("username_taken")), "{:?} {look_alike}: {}", app.backend, reply.text);
        }
        let login = app.login("Customer1", "123456").await;
        assert_eq!(login.status, 200, "a username logs in whatever its case: {}", login.text);
        assert_eq!(login.body["user"]["username"], "customer1");
        let (admin, _) = app.login_as("admin").await;
        let by_admin = app.request("POST", "/api/auth/register", Some(&admin), Some(json!({"username": "Admin", "password": "long-enough", "role": "admin"}))).await;
        assert_eq!(by_admin.status, 409, "an admin cannot create a look-alike either");
    }
}

each_backend! {
    async fn a_look_alikes_login_never_clears_the_victims_failures(app) {
        for _ in 0..5 {
            assert_eq!(app.login("customer13", "wrong-password").await.status, 401);
        }
        let look_alike = login_from(&app, ELSEWHERE, "CUSTOMER13", "123456").await;
        assert_eq!(look_alike.status, 200, "the same account, from another address");
        let still = app.login("Customer13", "123456").await;
        assert_eq!(still.status, 429, "{:?}: the guessing address is still locked out: {}", app.backend, still.text);
    }
}

each_backend! {
    async fn a_registration_storm_from_one_address_gets_429_and_an_admin_is_not_limited(app) {
        let storm = (0..16).map(|n| app.request("POST", "/api/auth/register", None, Some(json!({"username": format!("storm{n}"), "password": "long-enough"}))));
        let replies = join_all(storm).await;
        let all = statuses(&replies);
        let created = all.iter().filter(|s| **s == 201).count();
        let throttled: Vec<&Reply> = replies.iter().filter(|r| r.status == 429).collect();
        assert!(created <= 10, "{:?}: {created} registered: {all:?}", app.backend);
        assert_eq!(created + throttled.len(), 16, "{all:?}");
        assert!(throttled.len() >= 6);
        assert_eq!(throttled[0].body["error"], "too_many_attempts");
        assert!((1..=3600).contains(&retry_after(throttled[0])));
        // One at a time the rest of the ten are let through, then no more.
        let mut total = created;
        for n in 0.. {
            let more = app.request("POST", "/api/auth/register", None, Some(json!({"username": format!("more{n}"), "password": "long-enough"}))).await;
            if more.status == 429 {
                break;
            }
            assert_eq!(more.status, 201, "{}", more.text);
            total += 1;
            assert!(total <= 10, "{:?}: more than ten registrations from one address", app.backend);
        }
        assert_eq!(total, 10, "{:?}", app.backend);
        let elsewhere = post_from(&app, ELSEWHERE, "/api/auth/register", json!({"username": "one-more", "password": "long-enough"})).await;
        assert_eq!(elsewhere.status, 201, "another address registers: {}", elsewhere.text);
        let (admin, _) = app.login_as("admin").await;
        let by_admin = app.request("POST", "/api/auth/register", Some(&admin), Some(json!({"username": "new-rm", "password": "long-enough", "role": "manager"}))).await;
        assert_eq!(by_admin.status, 201, "an admin's accounts are not limited: {}", by_admin.text);
    }
}

each_backend! {
    async fn a_password_over_72_bytes_is_refused_and_never_logs_in(app) {
        let longest = "p".repeat(72);
        let refused = app.request("POST", "/api/auth/register", None, Some(json!({"username": "verbose", "password": format!("{longest}!")}))).await;
        assert_eq!((refused.status, refused.body["error"].as_str(), refused.body["field"].as_str()), (422, Some("password_too_long"), Some("password")));
        let chinese = app.request("POST", "/api/auth/register", None, Some(json!({"username": "verbose", "password": "密".repeat(25)}))).await;
        assert_eq!(chinese.body["error"], "password_too_long", "25 Chinese characters are 75 bytes");
        let created = app.request("POST", "/api/auth/register", None, Some(json!({"username": "verbose", "password": longest}))).await;
        assert_eq!(created.status, 201, "{}", created.text);
        assert_eq!(app.login("verbose", &longest).await.status, 200);
        assert_eq!(app.login("verbose", &format!("{longest}-and-more")).await.status, 401, "the first 72 bytes are not enough");
        let (admin, _) = app.login_as("admin").await;
        let id = created.body["id"].as_i64().unwrap_or_default();
        let reset = app.put(&format!("/api/admin/users/{id}/password"), &admin, json!({"password": "x".repeat(73)})).await;
        assert_eq!((reset.status, reset.body["error"].as_str()), (422, Some("password_too_long")));
    }
}

each_backend! {
    async fn an_account_records_who_created_it_and_who_last_set_its_password(app) {
        let (admin, admin_id) = app.login_as("admin").await;
        let second = app.request("POST", "/api/auth/register", Some(&admin), Some(json!({"username": "admin2", "password": "long-enough", "role": "admin"}))).await;
        assert_eq!(second.status, 201, "{}", second.text);
        let second_id = second.body["id"].as_i64().unwrap_or_default();
        let origin = app.store.account_origin(second_id).await.unwrap().expect("the account");
        assert_eq!(origin.created_by, Some(admin_id));
        assert!(origin.created_at > 0);
        assert_eq!((origin.password_set_by, origin.password_set_at), (None, None));
        let own = app.request("POST", "/api/auth/register", None, Some(json!({"username": "self-made", "password": "long-enough"}))).await;
        let own_id = own.body["id"].as_i64().unwrap_or_default();
        assert_eq!(app.store.account_origin(own_id).await.unwrap().and_then(|o| o.created_by), None, "self-registered");
        let customer = app.user_id("customer2").await;
        assert_eq!(app.put(&format!("/api/admin/users/{customer}/password"), &admin, json!({"password": "reset-by-admin"})).await.status, 200);
        let reset = app.store.account_origin(customer).await.unwrap().expect("the account");
        assert_eq!(reset.password_set_by, Some(admin_id));
        assert!(reset.password_set_at.is_some_and(|at| at >= reset.created_at));
        assert!(app.store.account_origin(999_999).await.unwrap().is_none());
    }
}

each_backend! {
    async fn an_import_row_for_a_look_alike_updates_the_original_user(app) {
        let (admin, _) = app.login_as("admin").await;
        let csv = format!("{}\nCustomer1,改名客户,30,,1,,\n", crate::exchange::CUSTOMER_HEADER);
        let imported = crate::exchange::upload(&app, &admin, "/api/admin/import/customers", csv).await;
        assert_eq!(imported.body["status"], "committed", "{:?}: {}", app.backend, imported.text);
        assert_eq!((imported.body["report"]["created"].as_u64(), imported.body["report"]["updated"].as_u64()), (Some(0), Some(1)), "{}", imported.text);
        let login = app.login("customer1", "123456").await;
        assert_eq!(login.body["user"]["name"], "改名客户");
        assert_eq!(login.body["user"]["username"], "customer1", "the user keeps their spelling");
    }
}
