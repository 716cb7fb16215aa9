//! The `portrait` command line: its arguments and the dispatch to each command's module
//! (migrate, seed, serve and `up` here; `assign` and `bench assign`, `import`/`export`,
//! `bench exchange` beside); what they share is in [`support`].

mod assign;
mod bench_exchange;
mod exchange;
mod support;

use std::net::TcpListener;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};

use portrait_domain::services::matching::RunRequest;

use crate::config::Settings;
use crate::http::server::run;
use crate::startup::{StartupError, build_state, open_store, recover};

#[derive(Debug, Parser)]
#[command(name = "portrait", version, about = "Customer portraits and relationship-manager assignment")]
pub struct Cli {
    /// Database URL: sqlite://…, mysql://…, postgres://…
    #[arg(long, global = true, env = "PORTRAIT_DATABASE_URL", default_value = "sqlite://data/portrait.db")]
    pub database_url: String,
    /// Optional TOML settings file (default: ./portrait.toml when present).
    #[arg(long, global = true, env = "PORTRAIT_CONFIG")]
    pub config: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply pending database migrations.
    Migrate,
    /// Load the demo accounts or synthetic data.
    Seed(SeedArgs),
    /// Serve the API and the web app.
    Serve(ServeArgs),
    /// Migrate, load the demo data when the database is empty, and serve.
    Up(ServeArgs),
    /// Run an assignment over every customer, with a progress bar.
    Assign(AssignArgs),
    /// Import customers or managers from a CSV file (see docs/data-exchange.md).
    Import(exchange::ImportArgs),
    /// Export customers, managers or assignments to a CSV file.
    Export(exchange::ExportArgs),
    /// Benchmarks that print the figures for docs/benchmarks.md.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// Propose only; commit later from the web app or the API.
    #[arg(long)]
    pub dry_run: bool,
    /// Also move customers who already have a manager.
    #[arg(long)]
    pub rebalance: bool,
    /// Number of segments (2–20); chosen by silhouette when absent.
    #[arg(long)]
    pub k: Option<i64>,
    /// The administrator the run is recorded under.
    #[arg(long = "as", default_value = "admin")]
    pub as_user: String,
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Seed synthetic data into a fresh SQLite file and time a full assignment run.
    Assign {
        #[arg(long)]
        customers: u64,
        #[arg(long)]
        managers: u64,
        /// Per-manager capacity (default: room for 1.2× the customers).
        #[arg(long)]
        capacity: Option<u32>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Seed synthetic data, export the customers to CSV and import that file into a fresh
    /// SQLite file twice (new users, then updates), timing each.
    Exchange {
        #[arg(long)]
        customers: u64,
        #[arg(long, default_value_t = 1_000)]
        managers: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

#[derive(Debug, Args)]
pub struct SeedArgs {
    /// The original system's demo accounts (admin, customer1–20, manager1–5).
    #[arg(long, conflicts_with_all = ["customers", "managers", "units"])]
    pub demo: bool,
    /// Number of synthetic customers.
    #[arg(long, requires = "managers")]
    pub customers: Option<u64>,
    /// Number of synthetic managers.
    #[arg(long, requires = "customers")]
    pub managers: Option<u64>,
    /// Random seed; the same seed gives the same data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Capacity of each synthetic manager (default: enough for 1.2× the customers, at least the configured default).
    #[arg(long)]
    pub capacity: Option<u32>,
    /// Spread the synthetic accounts over this many new units: about √K branches under the
    /// head office (B01, …), the rest sub-branches (B01-01, …). Without it, all are the head office's.
    #[arg(long, requires = "customers", value_parser = clap::value_parser!(u64).range(1..=portrait_infra::seed::MAX_SYNTHETIC_UNITS))]
    pub units: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[arg(long, env = "PORTRAIT_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Startup(#[from] StartupError),
    #[error("configuration: {0}")]
    Config(#[from] config::ConfigError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Domain(#[from] portrait_domain::DomainError),
    #[error("{0}")]
    Usage(String),
}

/// Runs one command.
/// # Errors
/// Whatever stops the command, with a message for the operator.
pub async fn execute(cli: Cli) -> Result<(), CliError> {
    let settings = Settings::load(cli.config.as_deref())?;
    let store = open_store(&settings, &cli.database_url).await?;
    match cli.command {
        Command::Migrate => {
            store.migrate().await.map_err(StartupError::from)?;
            println!("migrations applied");
        }
        Command::Seed(args) => {
            store.migrate().await.map_err(StartupError::from)?;
            seed(&settings, &store, &args).await?;
        }
        Command::Serve(args) => serve(settings, store, &args.bind).await?,
        Command::Assign(args) => {
            let request = RunRequest { dry_run: args.dry_run, rebalance: args.rebalance, k: args.k, unit_id: None };
            assign::assign(settings, store, request, &args.as_user).await?;
        }
        Command::Import(args) => exchange::import(settings, store, &args).await?,
        Command::Export(args) => exchange::export(settings, store, &args).await?,
        Command::Bench(BenchCommand::Assign { customers, managers, capacity, seed }) => {
            assign::bench_assign(settings, customers, managers, capacity, seed).await?;
        }
        Command::Bench(BenchCommand::Exchange { customers, managers, seed }) => {
            bench_exchange::bench_exchange(settings, customers, managers, seed).await?;
        }
        Command::Up(args) => {
            store.migrate().await.map_err(StartupError::from)?;
            seed(&settings, &store, &SeedArgs { demo: true, customers: None, managers: None, seed: 1, capacity: None, units: None })
                .await?;
            serve(settings, store, &args.bind).await?;
        }
    }
    Ok(())
}

async fn seed(settings: &Settings, store: &portrait_infra::Store, args: &SeedArgs) -> Result<(), CliError> {
    if args.demo {
        let report = support::seed_demo_accounts(store, settings.auth.bcrypt_cost, settings.assignment.default_capacity).await?;
        println!(
            "demo data: {} admin, {} managers, {} customers created (existing accounts left alone)",
            report.admins, report.managers, report.customers
        );
        return Ok(());
    }
    let (Some(customers), Some(managers)) = (args.customers, args.managers) else {
        return Err(CliError::Usage("give --demo, or --customers N --managers M".into()));
    };
    if managers == 0 {
        return Err(CliError::Usage("--managers must be at least 1".into()));
    }
    let capacity = args.capacity.unwrap_or_else(|| support::room_for_more(customers, managers, settings.assignment.default_capacity));
    support::seed_demo_accounts(store, settings.auth.bcrypt_cost, settings.assignment.default_capacity).await?;
    let bar = support::bar(customers + managers, "{spinner} seeding [{bar:40}] {pos}/{len} rows, {per_sec}, eta {eta}");
    let started = Instant::now();
    let report =
        store.seed_synthetic_in_units(customers, managers, capacity, args.seed, args.units, &|done, _| bar.set_position(done)).await?;
    bar.finish();
    let units = if args.units.is_some() { format!(" in {} units", report.units) } else { String::new() };
    println!(
        "synthetic data: {} managers (capacity {capacity}) and {} customers{units} in {:.1} s (seed {})",
        report.managers,
        report.customers,
        started.elapsed().as_secs_f64(),
        args.seed
    );
    Ok(())
}

async fn serve(settings: Settings, store: portrait_infra::Store, bind: &str) -> Result<(), CliError> {
    let listener = TcpListener::bind(bind)?;
    let address = listener.local_addr()?;
    let state = build_state(settings, store).await?;
    // Before serving: free what a crashed process left (its lock, jobs, staged rows, uploads).
    // Not fatal: with migrations pending the server stays up, alive but not ready.
    if let Err(e) = recover(&state).await {
        tracing::warn!(error = %e, "crash recovery did not run; a crashed server's lock is taken over once stale");
    }
    let signals = state.runner.clone();
    tracing::info!(%address, "Portrait is listening");
    println!("Portrait is listening on http://{address}");
    let server = run(listener, state)?;
    let handle = server.handle();
    actix_web::rt::spawn(async move {
        let signal = shutdown_signal().await;
        tracing::info!(signal, jobs = signals.running(), "shutting down: background jobs stop at their next safe point");
        // Jobs first, while the HTTP workers still run: a database connection belongs to the
        // runtime of the worker that opened it, so a job outliving the workers could lose it.
        let left = signals.drain(JOB_PATIENCE).await;
        if left > 0 {
            tracing::warn!(jobs = left, "jobs still running: cut off at exit, their transactions roll back and their lock goes stale");
        }
        tracing::info!("no new connections; in-flight requests get 30 s");
        handle.stop(true).await;
    });
    server.await?;
    tracing::info!("stopped");
    Ok(())
}

/// How long a stopping server waits for its background jobs before it stops serving; with
/// the 30 s for in-flight requests this stays inside Kubernetes' 60 s grace period.
const JOB_PATIENCE: std::time::Duration = std::time::Duration::from_secs(25);

/// Waits for SIGTERM (Kubernetes, Docker, systemd) or SIGINT (Ctrl-C) and names it.
async fn shutdown_signal() -> &'static str {
    use actix_web::rt::signal::unix::{SignalKind, signal};
    match (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) {
        (Ok(mut term), Ok(mut int)) => tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = int.recv() => "SIGINT",
        },
        _ => {
            // Without signal handlers the server runs until it is killed.
            if actix_web::rt::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
            "SIGINT"
        }
    }
}
