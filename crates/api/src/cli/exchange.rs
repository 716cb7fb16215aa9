//! `portrait import` and `portrait export`: the same services as the HTTP endpoints,
//! straight against the database, with progress bars.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use portrait_domain::exchange::{ExportKind, ImportJob, ImportKind, ImportMode};
use portrait_domain::ports::{ClassFilter, CustomerQuery};
use portrait_domain::runs::RunStatus;
use portrait_domain::user::Actor;
use portrait_infra::Store;
use portrait_infra::exchange::{CsvEncoder, CsvFile};

use super::CliError;
use super::support::{admin_actor, bar};
use crate::config::Settings;
use crate::startup::{StartupError, build_state};
use crate::state::AppState;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ImportWhat {
    Customers,
    Managers,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportWhat {
    Customers,
    Managers,
    Assignments,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    pub what: ImportWhat,
    /// The CSV file (UTF-8, header row; columns in docs/data-exchange.md).
    pub file: PathBuf,
    /// Write the valid rows and report the others (default: all or nothing).
    #[arg(long)]
    pub valid_rows: bool,
    /// The administrator the import is recorded under.
    #[arg(long = "as", default_value = "admin")]
    pub as_user: String,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    pub what: ExportWhat,
    /// Where to write the CSV (overwritten).
    pub file: PathBuf,
    /// Customers only: class A–E, or `unclassified`.
    #[arg(long)]
    pub class: Option<String>,
    /// Customers only: with this need.
    #[arg(long)]
    pub need: Option<String>,
    /// Customers only: with this hobby.
    #[arg(long)]
    pub hobby: Option<String>,
    /// Customers only: of this manager (user id).
    #[arg(long)]
    pub manager_id: Option<i64>,
    /// Customers only: without a manager.
    #[arg(long)]
    pub unassigned: bool,
    /// The administrator the export is recorded under.
    #[arg(long = "as", default_value = "admin")]
    pub as_user: String,
}

async fn prepare(mut settings: Settings, store: Store, as_user: &str) -> Result<(AppState, Actor), CliError> {
    store.migrate().await.map_err(StartupError::from)?;
    settings.assignment.wait_ms = 0;
    let actor = admin_actor(&store, as_user).await?;
    Ok((build_state(settings, store).await?, actor))
}

fn print_report(job: &ImportJob) {
    let Some(r) = &job.report else { return };
    println!(
        "import {} {}: {} rows, {} created, {} updated, {} rejected, {} problems, {} ms",
        job.id,
        job.status.as_str(),
        r.rows,
        r.created,
        r.updated,
        r.rejected,
        r.problem_count,
        job.duration_ms.unwrap_or(0)
    );
    if !r.phase_ms.is_empty() {
        let phases: Vec<String> = r.phase_ms.iter().map(|(p, ms)| format!("{p} {ms} ms")).collect();
        println!("  phases: {}", phases.join(", "));
    }
    for (code, count) in &r.problems_by_code {
        println!("  {code}: {count}");
    }
    for p in r.problems.iter().take(20) {
        println!("  line {} {}: {} ({})", p.line, p.column.as_deref().unwrap_or("-"), p.message, p.code);
    }
    if r.problem_count > 20 {
        println!("  … {} more; GET /api/admin/imports/{} lists the first 1,000", r.problem_count - 20, job.id);
    }
}

/// `portrait import customers|managers FILE`.
/// # Errors
/// A missing file, a run in progress, a rejected or failed import.
pub async fn import(settings: Settings, store: Store, args: &ImportArgs) -> Result<(), CliError> {
    if !args.file.is_file() {
        return Err(CliError::Usage(format!("{} is not a file", args.file.display())));
    }
    let (state, actor) = prepare(settings, store, &args.as_user).await?;
    let kind = match args.what {
        ImportWhat::Customers => ImportKind::Customers,
        ImportWhat::Managers => ImportKind::Managers,
    };
    let mode = if args.valid_rows { ImportMode::ValidRows } else { ImportMode::AllOrNothing };
    let mut job = state.exchange.start_import(actor, kind, mode, Arc::new(CsvFile::existing(&args.file))).await?;
    let progress = bar(100, "{spinner} {msg:>10} [{bar:40}] {pos:>3}% {elapsed}");
    while job.status == RunStatus::Running {
        progress.set_position(u64::from(job.progress));
        progress.set_message(job.phase.clone());
        tokio::time::sleep(Duration::from_millis(200)).await;
        job = state.exchange.import_job(actor, job.id).await?;
    }
    progress.set_position(100);
    progress.set_message(job.status.as_str().to_owned());
    progress.finish();
    print_report(&job);
    if job.status != RunStatus::Committed {
        return Err(CliError::Usage(job.error.unwrap_or_else(|| format!("import {} failed", job.id))));
    }
    Ok(())
}

/// `portrait export customers|managers|assignments FILE`.
/// # Errors
/// Bad filters, an unwritable file, storage failures.
pub async fn export(settings: Settings, store: Store, args: &ExportArgs) -> Result<(), CliError> {
    let (state, actor) = prepare(settings, store, &args.as_user).await?;
    let kind = match args.what {
        ExportWhat::Customers => {
            let class = match args.class.as_deref() {
                Some(text) => {
                    Some(ClassFilter::parse(text).ok_or_else(|| CliError::Usage("--class is A, B, C, D, E or unclassified".into()))?)
                }
                None => None,
            };
            ExportKind::Customers(CustomerQuery {
                page: 1,
                per_page: 1,
                class,
                manager_id: args.manager_id,
                unassigned: args.unassigned,
                need: args.need.clone(),
                hobby: args.hobby.clone(),
                ..CustomerQuery::default()
            })
        }
        ExportWhat::Managers => ExportKind::Managers,
        ExportWhat::Assignments => ExportKind::Assignments,
    };
    let total = match &kind {
        ExportKind::Customers(query) => state.profiles.customers(actor, query.clone()).await?.total,
        ExportKind::Managers => {
            state.profiles.managers(actor, portrait_domain::ports::ManagerQuery { page: 1, per_page: 1, ..Default::default() }).await?.total
        }
        ExportKind::Assignments => {
            let all = state.profiles.customers(actor, CustomerQuery { page: 1, per_page: 1, ..CustomerQuery::default() }).await?.total;
            let free = CustomerQuery { page: 1, per_page: 1, unassigned: true, ..CustomerQuery::default() };
            all - state.profiles.customers(actor, free).await?.total.min(all)
        }
    };
    let started = Instant::now();
    let mut cursor = state.exchange.export(actor, kind).await?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(&args.file)?);
    let mut encoder = CsvEncoder::default();
    out.write_all(&encoder.header(&cursor.header())?)?;
    let progress = bar(total, "{spinner} exporting [{bar:40}] {pos}/{len} rows, {per_sec}, eta {eta}");
    while let Some(rows) = cursor.next_page().await? {
        out.write_all(&encoder.rows(&rows)?)?;
        progress.set_position(cursor.rows);
    }
    out.flush()?;
    progress.finish();
    println!("{} rows written to {} in {:.1} s", cursor.rows, args.file.display(), started.elapsed().as_secs_f64());
    Ok(())
}
