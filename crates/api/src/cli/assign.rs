//! `portrait assign` and `portrait bench assign`: a full run, followed with a progress bar.

use std::time::{Duration, Instant};

use portrait_domain::assignment::{ManagerSlots, assign_greedy_original};
use portrait_domain::ports::{NewUser, PasswordHasher, UserRepository};
use portrait_domain::runs::{BookSnapshot, RunRecord, RunStatus};
use portrait_domain::services::matching::RunRequest;
use portrait_domain::user::{Actor, Role};
use portrait_infra::Store;
use portrait_infra::hashing::BcryptHasher;

use super::CliError;
use super::support::{admin_actor, bar, fresh_sqlite, peak_rss_mib, room_for_more};
use crate::config::Settings;
use crate::startup::{StartupError, build_state};
use crate::state::AppState;

/// Follows a run until it leaves `running`, drawing its phase and progress.
async fn follow(state: &AppState, actor: Actor, run: RunRecord) -> Result<RunRecord, CliError> {
    let progress = bar(100, "{spinner} {msg:>12} [{bar:40}] {pos:>3}%");
    let mut run = run;
    while run.status == RunStatus::Running {
        progress.set_position(u64::from(run.progress));
        progress.set_message(run.phase.as_str());
        tokio::time::sleep(Duration::from_millis(200)).await;
        run = state.matching.run(actor, run.id).await?;
    }
    progress.set_position(100);
    progress.set_message(run.status.as_str().to_owned());
    progress.finish();
    Ok(run)
}

fn print_run(run: &RunRecord) {
    let Some(s) = &run.summary else {
        println!("run {} {}: {}", run.id, run.status.as_str(), run.error.clone().unwrap_or_default());
        return;
    };
    println!(
        "run {} {}: {} assigned, {} unassigned (shortfall {}), total score {} (mean {:.2}; capacity-free bound {}), loads {}/{}/{}, {} changes, {} segments, {} ms",
        run.id,
        run.status.as_str(),
        s.after.assigned,
        s.after.unassigned,
        s.capacity_shortfall,
        s.after.total_score,
        s.after.mean_score,
        s.capacity_free_bound,
        s.after.load_min,
        s.after.load_median,
        s.after.load_max,
        s.changed_count,
        s.segments,
        run.duration_ms.unwrap_or(0)
    );
}

/// `portrait assign`: one run as an administrator, followed to the end.
/// # Errors
/// Startup failures, a run already in progress, a failed run.
pub async fn assign(mut settings: Settings, store: Store, request: RunRequest, as_user: &str) -> Result<(), CliError> {
    store.migrate().await.map_err(StartupError::from)?;
    settings.assignment.wait_ms = 0;
    let actor = admin_actor(&store, as_user).await?;
    let state = build_state(settings, store).await?;
    let run = state.matching.auto_assign(actor, request).await?;
    let run = follow(&state, actor, run).await?;
    print_run(&run);
    if run.status == RunStatus::Failed {
        return Err(CliError::Usage(format!("run {} failed", run.id)));
    }
    Ok(())
}

/// `portrait bench assign`: loads synthetic data into a fresh SQLite file, times a full
/// run by phase, and compares its total score with the original greedy rule's and with
/// the capacity-free bound.
/// # Errors
/// Startup or run failures.
pub async fn bench_assign(mut settings: Settings, customers: u64, managers: u64, capacity: Option<u32>, seed: u64) -> Result<(), CliError> {
    let dir = std::path::Path::new(&settings.server.data_dir).join("bench");
    std::fs::create_dir_all(&dir)?;
    let file = dir.join(format!("bench-{customers}x{managers}-{seed}.db"));
    let store = fresh_sqlite(&settings, &file).await?;
    let capacity = capacity.unwrap_or_else(|| room_for_more(customers, managers, 1));
    let seeding = bar(customers + managers, "{spinner} seeding [{bar:40}] {pos}/{len} {per_sec}");
    let started = Instant::now();
    store.seed_synthetic(customers, managers, capacity, seed, &|done, _| seeding.set_position(done)).await?;
    seeding.finish();
    let seed_secs = started.elapsed().as_secs_f64();
    let hash = BcryptHasher { cost: 4 }.hash(&uuid::Uuid::new_v4().to_string()).await?;
    let admin = store
        .create(NewUser {
            username: "bench-admin".into(),
            display_name: "bench".into(),
            password_hash: Some(hash),
            role: Role::Admin,
            manager_capacity: 0,
            created_by: None,
        })
        .await?;
    let actor = Actor { id: admin.id, role: Role::Admin, unit_scope: None };
    settings.assignment.wait_ms = 0;
    let state = build_state(settings, store.clone()).await?;
    let run = state.matching.auto_assign(actor, RunRequest::default()).await?;
    let run = follow(&state, actor, run).await?;
    print_run(&run);
    let summary = run.summary.clone().unwrap_or_default();
    let snapshot = store.snapshot().await?;
    let masks: Vec<u64> = snapshot.customers.iter().map(|c| c.mask).collect();
    let slots: Vec<ManagerSlots> = snapshot.managers.iter().map(|m| ManagerSlots { mask: m.mask, capacity: m.capacity }).collect();
    let greedy_started = Instant::now();
    let greedy = assign_greedy_original(&masks, &slots);
    let greedy_ms = greedy_started.elapsed().as_millis();
    let phase = |name: &str| summary.phase_ms.iter().find(|(p, _)| p == name).map_or(0, |(_, ms)| *ms);
    println!(
        "\n| customers × managers | capacity | seed data | load | segment | solve | save | commit | run total | total score | original greedy | capacity-free bound | unassigned | peak RSS |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    println!(
        "| {customers} × {managers} | {capacity} | {seed_secs:.1} s | {} ms | {} ms | {} ms | {} ms | {} ms | {} ms | {} | {} ({greedy_ms} ms) | {} | {} | {:.0} MiB |",
        phase("load"),
        phase("segment"),
        phase("solve"),
        phase("save"),
        phase("commit"),
        run.duration_ms.unwrap_or(0),
        summary.after.total_score,
        greedy.total_score,
        summary.capacity_free_bound,
        summary.after.unassigned,
        peak_rss_mib()
    );
    Ok(())
}
