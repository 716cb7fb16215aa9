//! Wiring: which adapter implements which port, and the HTTP server around the services.
//! The one place a reader looks to see what runs.

use std::sync::Arc;
use std::time::Duration;

use portrait_domain::exchange::{ExchangeService, ExchangeSettings};
use portrait_domain::organisation::OrganisationService;
use portrait_domain::ports::PasswordHasher;
use portrait_domain::relationship::RelationshipService;
use portrait_domain::services::analytics::AnalyticsPorts;
use portrait_domain::services::matching::{MatchingService, MatchingSettings};
use portrait_domain::services::recovery::{Recovered, RecoveryService};
use portrait_domain::services::{AnalyticsService, AuthService, InsightsService, LoginThrottle, ProfileService};
use portrait_domain::staff::StaffService;
use portrait_infra::clock::SystemClock;
use portrait_infra::db::PoolSettings;
use portrait_infra::exchange::{CsvFormat, SpoolDir, sweep_spools};
use portrait_infra::hashing::BcryptHasher;
use portrait_infra::process::{LocalProcesses, this_process};
use portrait_infra::runner::TokioRunner;
use portrait_infra::segmentation::KMeansSegmenter;
use portrait_infra::tokens::{JwtIssuer, load_or_create_secret};
use portrait_infra::{Store, connect};

use crate::config::Settings;
use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("secret file: {0}")]
    Secret(#[from] std::io::Error),
    #[error("{0}")]
    Domain(#[from] portrait_domain::DomainError),
    /// The database named in the URL does not exist: the message says how to create it.
    #[error("{0}")]
    MissingDatabase(String),
}

/// Opens the database with the configured pool.
/// # Errors
/// When it cannot be reached; a database missing on its server is told with the command that
/// creates it.
pub async fn open_store(settings: &Settings, database_url: &str) -> Result<Store, StartupError> {
    let pool = PoolSettings {
        max_connections: settings.database.max_connections,
        acquire_timeout: Duration::from_secs(settings.database.acquire_timeout_secs),
    };
    connect(database_url, pool).await.map_err(|e| match portrait_infra::db::missing_database(database_url, &e) {
        Some(message) => StartupError::MissingDatabase(message),
        None => StartupError::Database(e),
    })
}

/// Builds every service over the store.
/// # Errors
/// When the JWT secret cannot be read or created.
pub async fn build_state(settings: Settings, store: Store) -> Result<AppState, StartupError> {
    let secret = match &settings.auth.jwt_secret {
        Some(secret) => secret.as_bytes().to_vec(),
        None => load_or_create_secret(&std::path::Path::new(&settings.server.data_dir).join("jwt-secret"))?,
    };
    let hasher = Arc::new(BcryptHasher { cost: settings.auth.bcrypt_cost });
    let decoy_hash = hasher.hash(&uuid::Uuid::new_v4().to_string()).await?;
    let store_arc = Arc::new(store.clone());
    // One runner for every background job, on this (the main) runtime: see `serve`'s shutdown.
    let runner = TokioRunner::on_current_runtime();
    let throttle = settings.throttle.policy();
    let auth = AuthService {
        users: store_arc.clone(),
        revoked: store_arc.clone(),
        hasher: Arc::clone(&hasher) as Arc<dyn PasswordHasher>,
        tokens: Arc::new(JwtIssuer::new(&secret, settings.auth.token_lifetime_secs)?),
        audit: store_arc.clone(),
        units: store_arc.clone(),
        clock: Arc::new(SystemClock),
        throttle: LoginThrottle::new(throttle, store_arc.clone()),
        default_capacity: settings.assignment.default_capacity,
        decoy_hash,
        demo: Default::default(),
    };
    let profiles = ProfileService {
        customers: store_arc.clone(),
        units: store_arc.clone(),
        managers: store_arc.clone(),
        tags: store_arc.clone(),
        audit: store_arc.clone(),
    };
    let matching = MatchingService {
        runs: store_arc.clone(),
        customers: store_arc.clone(),
        managers: store_arc.clone(),
        units: store_arc.clone(),
        tags: store_arc.clone(),
        segmenter: Arc::new(KMeansSegmenter::default()),
        users: store_arc.clone(),
        runner: Arc::new(runner.clone()),
        audit: store_arc.clone(),
        settings: MatchingSettings {
            require_approval: settings.assignment.require_approval,
            wait: Duration::from_millis(settings.assignment.wait_ms),
            holder: this_process().to_string(),
            stale_lock: Duration::from_secs(settings.assignment.stale_lock_secs),
        },
    };
    let exchange = ExchangeService {
        lock: store_arc.clone(),
        log: store_arc.clone(),
        imports: store_arc.clone(),
        exports: store_arc.clone(),
        tags: store_arc.clone(),
        units: store_arc.clone(),
        audit: store_arc.clone(),
        runner: Arc::new(runner.clone()),
        settings: ExchangeSettings {
            wait: Duration::from_millis(settings.assignment.wait_ms),
            holder: this_process().to_string(),
            stale_lock: Duration::from_secs(settings.assignment.stale_lock_secs),
            batch_rows: settings.exchange.batch_rows,
        },
    };
    let analytics = AnalyticsService::new(AnalyticsPorts {
        figures: store_arc.clone(),
        log: store_arc.clone(),
        snapshots: store_arc.clone(),
        units: store_arc.clone(),
        runner: Arc::new(runner.clone()),
        clock: Arc::new(SystemClock),
    });
    let matching = Arc::new(matching);
    let staff = StaffService {
        staff: store_arc.clone(),
        units: store_arc.clone(),
        hasher,
        audit: store_arc.clone(),
        default_capacity: settings.assignment.default_capacity,
    };
    let organisation = OrganisationService { units: store_arc.clone(), audit: store_arc.clone() };
    let insights = InsightsService { matching: Arc::clone(&matching), figures: store_arc.clone() };
    let relationship = RelationshipService {
        log: store_arc.clone(),
        customers: store_arc.clone(),
        units: store_arc.clone(),
        tags: store_arc.clone(),
        audit: store_arc.clone(),
        clock: Arc::new(SystemClock),
    };
    Ok(AppState {
        auth: Arc::new(auth),
        profiles: Arc::new(profiles),
        matching,
        insights: Arc::new(insights),
        analytics: Arc::new(analytics),
        exchange: Arc::new(exchange),
        organisation: Arc::new(organisation),
        staff: Arc::new(staff),
        relationship: Arc::new(relationship),
        operations: store_arc.clone(),
        uploads: Arc::new(SpoolDir(std::path::Path::new(&settings.server.data_dir).join("imports"))),
        export_format: Arc::new(CsvFormat),
        store,
        settings: Arc::new(settings),
        metrics: Arc::default(),
        runner,
    })
}

/// What a crashed process left is freed before this one serves (see docs/operations.md,
/// "Crash recovery"): the job lock of a dead holder (a process of this host that no longer
/// runs) or of a stale heartbeat, the runs and imports it left `running` (failed,
/// "interrupted"), their staged rows, and the upload files of dead processes.
/// # Errors
/// Storage failures.
pub async fn recover(state: &AppState) -> Result<Recovered, StartupError> {
    let recovery = RecoveryService {
        jobs: Arc::new(state.store.clone()),
        processes: Arc::new(LocalProcesses),
        clock: Arc::new(SystemClock),
        stale_after: Duration::from_secs(state.settings.assignment.stale_lock_secs),
    };
    let recovered = recovery.recover().await?;
    let spools = sweep_spools(&std::path::Path::new(&state.settings.server.data_dir).join("imports"), &LocalProcesses);
    if recovered.released_lock_of.is_some() || !recovered.interrupted.is_empty() || spools > 0 {
        tracing::warn!(
            released_lock_of = recovered.released_lock_of.as_deref().unwrap_or(""),
            interrupted = ?recovered.interrupted,
            spool_files_removed = spools,
            "recovered what a stopped server left: its jobs are failed as interrupted"
        );
    }
    Ok(recovered)
}
