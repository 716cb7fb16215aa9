//! Spawns a real Portrait server on port 0 over a fresh database per test: SQLite always,
//! MySQL/MariaDB and PostgreSQL when `PORTRAIT_TEST_MYSQL_URL` / `PORTRAIT_TEST_POSTGRES_URL`
//! are set (each test creates its own database there and drops it afterwards). One file
//! though over 300 lines: the harness's parts (spawn, request, clean up) change together.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::net::TcpListener;

use portrait_api::config::Settings;
use portrait_api::http::server::run;
use portrait_api::startup::{build_state, open_store};
use portrait_domain::ports::PasswordHasher;
use portrait_infra::Store;
use portrait_infra::hashing::BcryptHasher;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    MySql,
    Postgres,
}

/// The backends this run tests against.
pub fn backends() -> Vec<Backend> {
    let mut list = vec![Backend::Sqlite];
    if std::env::var("PORTRAIT_TEST_MYSQL_URL").is_ok_and(|v| !v.is_empty()) {
        list.push(Backend::MySql);
    }
    if std::env::var("PORTRAIT_TEST_POSTGRES_URL").is_ok_and(|v| !v.is_empty()) {
        list.push(Backend::Postgres);
    }
    list
}

pub struct TestApp {
    pub address: String,
    pub backend: Backend,
    pub store: Store,
    pub database_url: String,
    pub settings: Settings,
    server_url: Option<(String, String)>,
    _dir: tempdir::Dir,
    handle: actix_web::dev::ServerHandle,
}

mod tempdir {
    /// A directory removed when dropped.
    pub struct Dir(pub std::path::PathBuf);
    impl Dir {
        pub fn new() -> Self {
            let path = std::env::temp_dir().join(format!("portrait-test-{}", uuid::Uuid::new_v4().simple()));
            std::fs::create_dir_all(&path).expect("temp dir");
            Self(path)
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn test_settings(dir: &std::path::Path) -> Settings {
    // SAFETY of the environment: settings come from defaults plus overrides set here only.
    let mut settings = Settings::load(None).expect("default settings");
    settings.auth.bcrypt_cost = 4;
    settings.auth.jwt_secret = Some(format!("test-secret-{}", uuid::Uuid::new_v4().simple()));
    settings.server.data_dir = dir.display().to_string();
    settings.server.static_dir = dir.join("no-web").display().to_string();
    settings.server.workers = 2;
    settings.database.max_connections = 5;
    // Tests read a run's outcome from the auto-assign reply; on a busy 2-core CI machine a run
    // on MySQL can outlast the 5 s default and answer 202 (still running) instead.
    settings.assignment.wait_ms = 60_000;
    settings
}

async fn fresh_database(backend: Backend, dir: &std::path::Path) -> (String, Option<(String, String)>) {
    let name = format!("portrait_t_{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
    match backend {
        Backend::Sqlite => (format!("sqlite://{}/portrait.db", dir.display()), None),
        Backend::MySql | Backend::Postgres => {
            let var = if backend == Backend::MySql { "PORTRAIT_TEST_MYSQL_URL" } else { "PORTRAIT_TEST_POSTGRES_URL" };
            let server = std::env::var(var).expect("url").trim_end_matches('/').to_owned();
            let admin = sea_orm::Database::connect(&server).await.unwrap_or_else(|e| panic!("{var} unreachable: {e}"));
            let create = if backend == Backend::MySql {
                format!("CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
            } else {
                format!("CREATE DATABASE {name}")
            };
            admin.execute_unprepared(&create).await.expect("create test database");
            admin.close().await.ok();
            (format!("{server}/{name}"), Some((server, name)))
        }
    }
}

/// A server over a migrated database holding the demo accounts.
pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

pub async fn spawn_app_with(backend: Backend, adjust: impl FnOnce(&mut Settings)) -> TestApp {
    // A 500's cause is logged at error level: shown with the failing test's output.
    let _ = tracing_subscriber::fmt().with_env_filter("error").with_test_writer().try_init();
    let dir = tempdir::Dir::new();
    let mut settings = test_settings(&dir.0);
    adjust(&mut settings);
    let (database_url, server_url) = fresh_database(backend, &dir.0).await;
    let store = open_store(&settings, &database_url).await.expect("open store");
    store.migrate().await.expect("migrate");
    let hasher = BcryptHasher { cost: 4 };
    store.seed_demo(hasher.hash("admin123").await.unwrap(), hasher.hash("123456").await.unwrap(), 50).await.expect("demo data");
    let (address, handle) = start_server(&settings, &store).await;
    TestApp { address, backend, store, database_url, settings, server_url, _dir: dir, handle }
}

async fn start_server(settings: &Settings, store: &Store) -> (String, actix_web::dev::ServerHandle) {
    let state = build_state(settings.clone(), store.clone()).await.expect("state");
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().unwrap().port();
    let server = run(listener, state).expect("server");
    let handle = server.handle();
    actix_web::rt::spawn(server);
    (format!("http://127.0.0.1:{port}"), handle)
}

pub struct Reply {
    pub status: u16,
    pub headers: actix_web::http::header::HeaderMap,
    pub body: Value,
    pub text: String,
}

/// What a test request carries.
pub enum Payload {
    Empty,
    Json(Value),
    Bytes(Vec<u8>),
}

/// A client whose timeout outlasts any request the tests make.
pub fn client() -> awc::Client {
    awc::Client::builder().timeout(std::time::Duration::from_secs(120)).finish()
}

/// Sends `req` with `payload` and reads the reply: status, headers, text and (when it is
/// JSON) body.
pub async fn send(req: awc::ClientRequest, payload: Payload) -> Reply {
    let sent = match payload {
        Payload::Empty => req.send(),
        Payload::Json(body) => req.send_json(&body),
        Payload::Bytes(bytes) => req.send_body(bytes),
    };
    let mut res = sent.await.expect("request");
    let bytes = res.body().limit(256 * 1024 * 1024).await.expect("body");
    let text = String::from_utf8_lossy(&bytes).to_string();
    Reply { status: res.status().as_u16(), headers: res.headers().clone(), body: serde_json::from_str(&text).unwrap_or(Value::Null), text }
}

/// One request to the server at `address`, its reply parsed.
pub async fn request_at(address: &str, method: &str, path: &str, token: Option<&str>, body: Option<Value>) -> Reply {
    let method = actix_web::http::Method::from_bytes(method.as_bytes()).unwrap();
    let mut req = client().request(method, format!("{address}{path}"));
    if let Some(token) = token {
        req = req.insert_header(("Authorization", format!("Bearer {token}")));
    }
    send(req, body.map_or(Payload::Empty, Payload::Json)).await
}

impl TestApp {
    pub async fn request(&self, method: &str, path: &str, token: Option<&str>, body: Option<Value>) -> Reply {
        request_at(&self.address, method, path, token, body).await
    }

    /// Another server on the same database with its own process state, as a second replica
    /// has; stop it with the handle.
    pub async fn another_server(&self) -> (String, actix_web::dev::ServerHandle) {
        let store = open_store(&self.settings, &self.database_url).await.expect("open store");
        start_server(&self.settings, &store).await
    }

    pub async fn raw(&self, method: &str, path: &str, content_type: &str, body: Vec<u8>) -> Reply {
        let method = actix_web::http::Method::from_bytes(method.as_bytes()).unwrap();
        let req = client().request(method, format!("{}{}", self.address, path)).insert_header(("Content-Type", content_type));
        send(req, Payload::Bytes(body)).await
    }

    pub async fn request_with_language(&self, path: &str, token: &str, language: &str) -> Reply {
        let req = client()
            .get(format!("{}{}", self.address, path))
            .insert_header(("Authorization", format!("Bearer {token}")))
            .insert_header(("Accept-Language", language));
        send(req, Payload::Empty).await
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.request("GET", path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Reply {
        self.request("POST", path, Some(token), Some(body)).await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> Reply {
        self.request("PUT", path, Some(token), Some(body)).await
    }

    pub async fn login(&self, username: &str, password: &str) -> Reply {
        self.request("POST", "/api/auth/login", None, Some(json!({"username": username, "password": password}))).await
    }

    /// Logs in and returns `(token, user id)`.
    pub async fn login_as(&self, username: &str) -> (String, i64) {
        let password = if username == "admin" { "admin123" } else { "123456" };
        let reply = self.login(username, password).await;
        assert_eq!(reply.status, 200, "{:?}: login {username}: {}", self.backend, reply.text);
        (reply.body["token"].as_str().unwrap().to_owned(), reply.body["user"]["id"].as_i64().unwrap())
    }

    /// The id of a demo user.
    pub async fn user_id(&self, username: &str) -> i64 {
        let row = self
            .store
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                self.store.backend(),
                format!("SELECT id FROM users WHERE username = '{username}'"),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<i64>("", "id").unwrap()
    }

    /// Runs SQL straight on the test's database (to set up a state the API would refuse).
    pub async fn exec(&self, sql: &str) {
        self.store.db.execute_unprepared(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// The first column of the first row of `sql`, an integer (a COUNT, an id).
    pub async fn number(&self, sql: &str) -> i64 {
        let row = self
            .store
            .db
            .query_one_raw(sea_orm::Statement::from_string(self.store.backend(), sql.to_owned()))
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        let Some(row) = row else { return 0 };
        // PostgreSQL keeps SMALLINT and INTEGER apart from BIGINT.
        row.try_get_by_index::<Option<i64>>(0)
            .or_else(|_| row.try_get_by_index::<Option<i32>>(0).map(|v| v.map(i64::from)))
            .or_else(|_| row.try_get_by_index::<Option<i16>>(0).map(|v| v.map(i64::from)))
            .ok()
            .flatten()
            .unwrap_or(0)
    }

    /// The first column of every row of `sql`, integers.
    pub async fn numbers(&self, sql: &str) -> Vec<i64> {
        let rows = self
            .store
            .db
            .query_all_raw(sea_orm::Statement::from_string(self.store.backend(), sql.to_owned()))
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        rows.iter().filter_map(|r| r.try_get_by_index::<i64>(0).ok()).collect()
    }

    /// SQL's word for false on this backend (PostgreSQL has a real boolean).
    pub fn sql_false(&self) -> &'static str {
        if self.backend == Backend::Postgres { "FALSE" } else { "0" }
    }

    /// Stops the server and starts a new one (new process state, same database and settings).
    /// Like a new process it gets a new connection pool: a MySQL/PostgreSQL connection belongs
    /// to the runtime of the worker that opened it and dies with it.
    pub async fn restart(&mut self) {
        self.handle.stop(true).await;
        self.store = open_store(&self.settings, &self.database_url).await.expect("reopen store");
        let (address, handle) = start_server(&self.settings, &self.store).await;
        self.address = address;
        self.handle = handle;
    }

    /// Stops the server and drops a MySQL/PostgreSQL test database.
    pub async fn cleanup(self) {
        self.handle.stop(false).await;
        self.store.db.clone().close().await.ok();
        if let Some((server, name)) = &self.server_url
            && let Ok(admin) = sea_orm::Database::connect(server).await
        {
            let force = if self.backend == Backend::Postgres { " WITH (FORCE)" } else { "" };
            admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}{force}")).await.ok();
            admin.close().await.ok();
        }
    }
}

/// Runs a test body once per configured backend, each on a fresh server and database.
#[macro_export]
macro_rules! each_backend {
    ($(#[$meta:meta])* async fn $name:ident($app:ident) $body:block) => {
        $(#[$meta])*
        #[test]
        fn $name() {
            actix_web::rt::System::new().block_on(async {
                for backend in $crate::helpers::backends() {
                    #[allow(unused_mut)]
                    let mut $app = $crate::helpers::spawn_app(backend).await;
                    $body
                    $app.cleanup().await;
                }
            });
        }
    };
}
