//! Connecting to the database, migrating it, and turning database errors into domain ones.

use std::time::Duration;

use portrait_domain::DomainError;
use portrait_migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DbErr, SqlErr, Statement};

/// SQLite's page cache per connection, in KiB (negative: a size, not a page count).
const PAGE_CACHE: &str = "-512";
/// The page cache for one bulk write: 64 MiB keeps the indexes' pages in memory instead of
/// reading them back from the file for every row (a million customers seed in 19 s, not 43 s).
const BULK_PAGE_CACHE: &str = "-65536";

/// Gives a bulk write (a seeding chunk, an import's apply) SQLite's large page cache while
/// `bulk` is true, and the everyday one back after; nothing on MySQL/PostgreSQL.
/// # Errors
/// When the pragma fails.
pub(crate) async fn bulk_cache<C: ConnectionTrait>(conn: &C, bulk: bool) -> Result<(), DbErr> {
    if conn.get_database_backend() == DatabaseBackend::Sqlite {
        conn.execute_unprepared(&format!("PRAGMA cache_size = {}", if bulk { BULK_PAGE_CACHE } else { PAGE_CACHE })).await?;
    }
    Ok(())
}

/// The SQL store: one connection pool, implementing every repository port.
#[derive(Clone, Debug)]
pub struct Store {
    pub db: DatabaseConnection,
}

/// Pool settings an operator may tune.
#[derive(Debug, Clone, Copy)]
pub struct PoolSettings {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self { max_connections: 16, acquire_timeout: Duration::from_secs(5) }
    }
}

/// Opens a pool. For SQLite the file and its directory are created when missing, and the
/// database runs in WAL mode so readers do not wait for the writer.
/// # Errors
/// When the database cannot be reached.
pub async fn connect(url: &str, settings: PoolSettings) -> Result<Store, DbErr> {
    let mut url = url.to_owned();
    if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
        let file = path.split('?').next().unwrap_or_default().to_owned();
        if file != ":memory:"
            && !file.is_empty()
            && let Some(dir) = std::path::Path::new(&file).parent().filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir).map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", dir.display())))?;
        }
        if !url.contains("mode=") {
            url.push_str(if url.contains('?') { "&mode=rwc" } else { "?mode=rwc" });
        }
    }
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(settings.max_connections)
        .min_connections(1)
        .acquire_timeout(settings.acquire_timeout)
        .connect_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o: SqliteConnectOptions| {
            // 16 KiB pages for a new file (an existing one keeps its own): counting a million
            // customers reads a quarter of the pages, 3 → 1 ms (docs/benchmarks.md, load).
            o.page_size(16384)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(30))
                .foreign_keys(true)
                // 512 KiB of page cache per connection instead of 2 MiB: the operating system
                // caches the file anyway, and a full pool stays small — the read mix at 1M runs
                // as fast in 53 MB as it did in 62 MB with 1 MiB (docs/benchmarks.md, load).
                .pragma("cache_size", PAGE_CACHE)
        });
    let db = Database::connect(options).await?;
    Ok(Store { db })
}

impl Store {
    /// Applies every pending migration.
    /// # Errors
    /// When a migration fails.
    pub async fn migrate(&self) -> Result<(), DbErr> {
        Migrator::up(&self.db, None).await
    }

    /// Whether every migration this build knows has been applied. Migrations applied by a newer
    /// build are fine: during a rolling upgrade the old replicas stay ready after the new
    /// release's migration Job has run (migrations only add).
    /// # Errors
    /// When the database cannot be reached.
    pub async fn migrations_current(&self) -> Result<bool, DbErr> {
        let rows = self.db.query_all_raw(Statement::from_string(self.backend(), "SELECT version FROM seaql_migrations".to_owned())).await?;
        let applied: std::collections::HashSet<String> = rows.iter().filter_map(|r| r.try_get::<String>("", "version").ok()).collect();
        Ok(Migrator::migrations().iter().all(|m| applied.contains(m.name())))
    }

    /// # Errors
    /// When the database does not answer.
    pub async fn ping(&self) -> Result<(), DbErr> {
        self.db.ping().await
    }

    #[must_use]
    pub fn backend(&self) -> DatabaseBackend {
        self.db.get_database_backend()
    }
}

/// Maps a database error to a domain error: constraint violations keep their meaning,
/// lost connections become `Unavailable`, the rest is internal.
pub fn db_err(err: DbErr) -> DomainError {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            return DomainError::Conflict { code: "duplicate", message: "the record already exists".into() };
        }
        Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
            return DomainError::Conflict { code: "referenced_record_missing", message: "a referenced record does not exist".into() };
        }
        _ => {}
    }
    match &err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => DomainError::Unavailable,
        _ => DomainError::internal(err),
    }
}

/// Seconds since the Unix epoch.
#[must_use]
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Runs an INSERT and returns the new row's `id`, on every backend.
/// # Errors
/// Database errors.
pub async fn insert_returning_id<C: ConnectionTrait>(conn: &C, insert: &mut sea_orm::sea_query::InsertStatement) -> Result<i64, DbErr> {
    if conn.get_database_backend() == DatabaseBackend::Postgres {
        insert.returning_col("id");
        let row = conn.query_one(&*insert).await?.ok_or_else(|| DbErr::Custom("insert returned no id".into()))?;
        return row.try_get::<i64>("", "id");
    }
    let result = conn.execute(&*insert).await?;
    i64::try_from(result.last_insert_id()).map_err(|e| DbErr::Custom(e.to_string()))
}
