//! What the fault tests share: a real `portrait serve` process on the test's database
//! (killed when dropped), raw SQL probes, seeding, polling and a dead holder.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, Statement};
use serde_json::Value;

use crate::helpers::TestApp;

/// A `portrait serve` process on the test's database, killed when dropped.
pub(crate) struct ServerProcess {
    pub(crate) child: Child,
    pub(crate) address: String,
}

impl ServerProcess {
    pub(crate) async fn start(app: &TestApp) -> Self {
        Self::start_with(app, &[]).await
    }

    /// A server with extra `PORTRAIT__…` settings.
    pub(crate) async fn start_with(app: &TestApp, settings: &[(&str, &str)]) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(0);
        let child = Command::new(env!("CARGO_BIN_EXE_portrait"))
            .args(["--database-url", &app.database_url, "serve"])
            .env("PORTRAIT_BIND", format!("127.0.0.1:{port}"))
            .env("PORTRAIT__AUTH__JWT_SECRET", app.settings.auth.jwt_secret.clone().unwrap_or_default())
            .env("PORTRAIT__AUTH__BCRYPT_COST", "4")
            .env("PORTRAIT__SERVER__DATA_DIR", &app.settings.server.data_dir)
            .env("PORTRAIT__ASSIGNMENT__WAIT_MS", "0")
            .envs(settings.iter().copied())
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("start portrait: {e}"));
        let server = Self { child, address: format!("http://127.0.0.1:{port}") };
        let client = awc::Client::default();
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if client.get(format!("{}/api/health/ready", server.address)).send().await.is_ok_and(|r| r.status().is_success()) {
                return server;
            }
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("portrait serve did not become ready");
    }

    pub(crate) async fn post(&self, path: &str, token: &str, body: Value) -> (u16, Value) {
        self.post_body(path, token, "application/json", body.to_string()).await
    }

    pub(crate) async fn post_body(&self, path: &str, token: &str, content_type: &str, body: String) -> (u16, Value) {
        let mut reply = awc::Client::builder()
            .timeout(Duration::from_secs(120))
            .finish()
            .post(format!("{}{path}", self.address))
            .bearer_auth(token)
            .insert_header(("Content-Type", content_type))
            .send_body(body)
            .await
            .unwrap_or_else(|e| panic!("POST {path}: {e}"));
        (reply.status().as_u16(), reply.json::<Value>().limit(1 << 24).await.unwrap_or_default())
    }

    /// SIGTERM, as Kubernetes and Docker stop a container; answers whether the process exited
    /// cleanly within `patience`.
    pub(crate) async fn terminate(&mut self, patience: Duration) -> bool {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let deadline = Instant::now() + patience;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            actix_web::rt::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    pub(crate) fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

pub(crate) async fn number(app: &TestApp, sql: &str) -> i64 {
    let row = app.store.db.query_one_raw(Statement::from_string(app.store.db.get_database_backend(), sql.to_owned())).await;
    row.ok().flatten().and_then(|r| r.try_get_by_index::<i64>(0).ok()).unwrap_or(-1)
}

pub(crate) async fn seed(app: &TestApp, customers: u64, managers: u64, capacity: u32) {
    app.store.seed_synthetic(customers, managers, capacity, 7, &|_, _| {}).await.unwrap_or_else(|e| panic!("seed: {e}"));
}

pub(crate) async fn wait_for_status(app: &TestApp, run_id: i64, wanted: &str) {
    let (admin, _) = app.login_as("admin").await;
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut last = Value::Null;
    while Instant::now() < deadline {
        last = app.get(&format!("/api/admin/assignment-runs/{run_id}"), &admin).await.body;
        if last["status"] == wanted {
            return;
        }
        actix_web::rt::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("run {run_id} never became {wanted}: {last}");
}

pub(crate) async fn text(app: &TestApp, sql: &str) -> String {
    let row = app.store.db.query_one_raw(Statement::from_string(app.store.db.get_database_backend(), sql.to_owned())).await;
    row.ok().flatten().and_then(|r| r.try_get_by_index::<String>(0).ok()).unwrap_or_default()
}

/// The upload files in the servers' spool directory.
pub(crate) fn spool_files(app: &TestApp) -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(&app.settings.server.data_dir).join("imports");
    std::fs::read_dir(dir).map(|entries| entries.flatten().map(|e| e.path()).collect()).unwrap_or_default()
}

/// Polls `probe` every 20 ms for up to 60 s until it holds.
pub(crate) async fn eventually<F: std::future::Future<Output = bool>>(mut probe: impl FnMut() -> F) -> bool {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if probe().await {
            return true;
        }
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
    }
    false
}

/// A holder of this host whose process has exited.
pub(crate) fn dead_holder_like(live: &str) -> String {
    let live = portrait_domain::jobs::JobHolder::parse(live).unwrap_or_else(|| panic!("a holder: {live}"));
    let mut child = Command::new("true").spawn().unwrap_or_else(|e| panic!("{e}"));
    let pid = child.id();
    let _ = child.wait();
    portrait_domain::jobs::JobHolder { pid, nonce: "0123456789ab".into(), ..live }.to_string()
}
