//! What several commands share: progress bars, the acting administrator, fresh benchmark
//! databases, the demo accounts, synthetic capacity and peak memory — each once.

use indicatif::{ProgressBar, ProgressStyle};
use portrait_domain::ports::{PasswordHasher, UserRepository};
use portrait_domain::user::{Actor, Role};
use portrait_infra::Store;
use portrait_infra::hashing::BcryptHasher;
use portrait_infra::seed::{DEMO_ADMIN_PASSWORD, DEMO_PASSWORD, SeedReport};

use super::CliError;
use crate::config::Settings;
use crate::startup::{StartupError, open_store};

pub(crate) fn bar(len: u64, template: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()));
    bar
}

/// The active administrator a command acts as.
pub(crate) async fn admin_actor(store: &Store, username: &str) -> Result<Actor, CliError> {
    let found = store.credentials(username).await?.filter(|c| c.user.role == Role::Admin && c.user.active);
    found
        .map(|c| Actor { id: c.user.id, role: Role::Admin, unit_scope: None })
        .ok_or_else(|| CliError::Usage(format!("{username} is not an active administrator")))
}

/// The original system's demo accounts, with their known passwords hashed at `cost`.
pub(crate) async fn seed_demo_accounts(store: &Store, cost: u32, capacity: u32) -> Result<SeedReport, CliError> {
    let hasher = BcryptHasher { cost };
    Ok(store.seed_demo(hasher.hash(DEMO_ADMIN_PASSWORD).await?, hasher.hash(DEMO_PASSWORD).await?, capacity).await?)
}

/// A per-manager capacity with room for 1.2× the customers, at least `floor`.
pub(crate) fn room_for_more(customers: u64, managers: u64, floor: u32) -> u32 {
    let needed = (customers * 6).div_ceil(managers.max(1) * 5);
    u32::try_from(needed).unwrap_or(u32::MAX).max(floor)
}

/// A new, empty, migrated SQLite database at `path` (an earlier one, and its journal, removed).
pub(crate) async fn fresh_sqlite(settings: &Settings, path: &std::path::Path) -> Result<Store, CliError> {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let store = open_store(settings, &format!("sqlite://{}", path.display())).await?;
    store.migrate().await.map_err(StartupError::from)?;
    Ok(store)
}

/// The process's peak resident memory so far, in MiB (0 where /proc is not available).
pub(crate) fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = status.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok());
    kib.unwrap_or(0.0) / 1024.0
}
