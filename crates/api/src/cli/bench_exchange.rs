//! `portrait bench exchange`: times a customer export and the import of that file into a
//! fresh database (then again, as updates), for docs/benchmarks.md.

use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use portrait_domain::exchange::{ExportKind, ImportJob, ImportKind, ImportMode};
use portrait_domain::ports::CustomerQuery;
use portrait_domain::runs::RunStatus;
use portrait_domain::user::Actor;
use portrait_infra::exchange::{CsvEncoder, CsvFile};

use super::CliError;
use super::support::{admin_actor, bar, fresh_sqlite, peak_rss_mib, room_for_more, seed_demo_accounts};
use crate::config::Settings;
use crate::startup::build_state;
use crate::state::AppState;

async fn fresh(settings: &Settings, path: &std::path::Path) -> Result<(AppState, Actor), CliError> {
    let store = fresh_sqlite(settings, path).await?;
    // The cheapest bcrypt cost: hashing is not what this benchmark measures.
    seed_demo_accounts(&store, 4, 50).await?;
    let actor = admin_actor(&store, "admin").await?;
    Ok((build_state(settings.clone(), store).await?, actor))
}

async fn timed_import(state: &AppState, actor: Actor, file: &std::path::Path) -> Result<(ImportJob, f64), CliError> {
    let started = Instant::now();
    let progress = bar(100, "{spinner} importing {msg:>10} [{bar:40}] {pos:>3}%");
    let mut job =
        state.exchange.start_import(actor, ImportKind::Customers, ImportMode::AllOrNothing, Arc::new(CsvFile::existing(file))).await?;
    while job.status == RunStatus::Running {
        progress.set_position(u64::from(job.progress));
        progress.set_message(job.phase.clone());
        tokio::time::sleep(Duration::from_millis(100)).await;
        job = state.exchange.import_job(actor, job.id).await?;
    }
    progress.finish();
    if job.status != RunStatus::Committed {
        return Err(CliError::Usage(format!("import failed: {:?} {:?}", job.error, job.report.map(|r| r.problems_by_code))));
    }
    Ok((job, started.elapsed().as_secs_f64()))
}

/// # Errors
/// Startup, seeding, export or import failures.
pub async fn bench_exchange(mut settings: Settings, customers: u64, managers: u64, seed: u64) -> Result<(), CliError> {
    settings.assignment.wait_ms = 0;
    let dir = std::path::Path::new(&settings.server.data_dir).join("bench");
    std::fs::create_dir_all(&dir)?;
    let (source, actor) = fresh(&settings, &dir.join(format!("exchange-source-{customers}.db"))).await?;
    let seeding = bar(customers + managers, "{spinner} seeding [{bar:40}] {pos}/{len} {per_sec}");
    let capacity = room_for_more(customers, managers, 1);
    source.store.seed_synthetic(customers, managers, capacity, seed, &|done, _| seeding.set_position(done)).await?;
    seeding.finish();
    let csv = dir.join(format!("customers-{customers}.csv"));
    let started = Instant::now();
    let mut cursor = source.exchange.export(actor, ExportKind::Customers(CustomerQuery::default())).await?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(&csv)?);
    let mut encoder = CsvEncoder::default();
    out.write_all(&encoder.header(&cursor.header())?)?;
    while let Some(rows) = cursor.next_page().await? {
        out.write_all(&encoder.rows(&rows)?)?;
    }
    out.flush()?;
    let export_secs = started.elapsed().as_secs_f64();
    let rows = cursor.rows;
    let size_mib = std::fs::metadata(&csv).map(|m| m.len() as f64 / 1_048_576.0).unwrap_or(0.0);
    let rss_after_export = peak_rss_mib();
    let (target, target_actor) = fresh(&settings, &dir.join(format!("exchange-target-{customers}.db"))).await?;
    let (created, create_secs) = timed_import(&target, target_actor, &csv).await?;
    let (updated, update_secs) = timed_import(&target, target_actor, &csv).await?;
    let phases = |job: &ImportJob| {
        let r = job.report.clone();
        let phases: Vec<String> =
            r.as_ref().map(|r| r.phase_ms.iter().map(|(p, ms)| format!("{p} {:.1} s", *ms as f64 / 1000.0)).collect()).unwrap_or_default();
        format!("{} created, {} updated; {}", r.as_ref().map_or(0, |r| r.created), r.as_ref().map_or(0, |r| r.updated), phases.join(", "))
    };
    println!("\n| rows | file | export | peak RSS after export | import (new users) | import again (updates) | peak RSS |");
    println!("|---|---|---|---|---|---|---|");
    println!(
        "| {rows} | {size_mib:.0} MiB | {export_secs:.1} s ({:.0} rows/s) | {rss_after_export:.0} MiB | {create_secs:.1} s ({}) | {update_secs:.1} s ({}) | {:.0} MiB |",
        rows as f64 / export_secs.max(0.001),
        phases(&created),
        phases(&updated),
        peak_rss_mib()
    );
    Ok(())
}
