//! Connecting to the database, migrating it, and turning database errors into domain ones.

mod missing_database;
mod sql_text;

pub use missing_database::missing_database;
pub(crate) use sql_text::{id_list, like_literal};

use std::time::Duration;

use portrait_domain::DomainError;
use portrait_domain::ErrorCode;
use portrait_domain::error::DomainResult;
use portrait_migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr, SqlErr,
    SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
};

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

/// How many times a write that lost a deadlock or a serialization race is tried in all.
const WRITE_ATTEMPTS: u32 = 4;

impl Store {
    /// Starts a transaction that will write. On SQLite it takes the write lock at `BEGIN`
    /// (`BEGIN IMMEDIATE`): a deferred transaction that reads and then writes cannot wait
    /// for the lock once another writer committed after its read (SQLITE_BUSY_SNAPSHOT, which
    /// the busy timeout does not cover), while `BEGIN IMMEDIATE` queues behind the busy
    /// timeout like any other writer. MySQL and PostgreSQL lock rows as they go instead
    /// (see [`lock_rows`]).
    /// # Errors
    /// When no connection is free or the lock cannot be had within the busy timeout.
    pub(crate) async fn begin_write(&self) -> Result<DatabaseTransaction, DomainError> {
        let options =
            TransactionOptions { sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate), ..TransactionOptions::default() };
        self.db.begin_with_options(options).await.map_err(db_err)
    }

    /// Runs `write` (one whole transaction) again when it lost a deadlock or a serialization
    /// race to another writer, a bounded number of times with a short, growing pause; after
    /// that the caller gets [`DomainError::Busy`] (503 with `Retry-After`). Nothing of a lost
    /// attempt stays: its transaction was rolled back by the database. On SQLite there is
    /// nothing to retry: `Busy` there means the write lock stayed taken for the whole busy
    /// timeout (30 s), which another try would only repeat.
    /// # Errors
    /// What `write` answers; `Busy` when every attempt lost.
    pub(crate) async fn retrying<T, F, Fut>(&self, mut write: F) -> DomainResult<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = DomainResult<T>>,
    {
        let attempts = if self.backend() == DatabaseBackend::Sqlite { 1 } else { WRITE_ATTEMPTS };
        let mut attempt = 1;
        loop {
            match write().await {
                Err(DomainError::Busy) if attempt < attempts => {
                    let jitter = u64::from(rand::random::<u8>() % 20);
                    tokio::time::sleep(Duration::from_millis(10 * 2u64.pow(attempt) + jitter)).await;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    /// Applies every pending migration.
    /// # Errors
    /// When a migration fails.
    pub async fn migrate(&self) -> Result<(), DbErr> {
        Migrator::up(&self.db, None).await?;
        if self.backend() == DatabaseBackend::Sqlite {
            self.reread_schema().await?;
        }
        Ok(())
    }

    /// A SQLite connection that read the schema before a migration (run on another connection)
    /// changed it prepares new statements against the old schema, and SQLite takes a
    /// double-quoted column it does not know for a text literal: a new column would come back
    /// under another name ("no column found"). Each open connection reads a table that only
    /// exists after migrating: SQLite checks the schema for a statement on a table (not for
    /// one on `sqlite_master` alone) and rereads it when it has changed.
    async fn reread_schema(&self) -> Result<(), DbErr> {
        let pool = self.db.get_sqlite_connection_pool();
        let mut held = Vec::new();
        for _ in 0..pool.size() {
            held.push(pool.acquire().await.map_err(|e| DbErr::Custom(e.to_string()))?);
        }
        for connection in &mut held {
            sea_orm::sqlx::query("SELECT COUNT(*) FROM seaql_migrations")
                .execute(&mut **connection)
                .await
                .map_err(|e| DbErr::Custom(e.to_string()))?;
        }
        Ok(())
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
            return DomainError::Conflict { code: ErrorCode::Duplicate, message: "the record already exists".into() };
        }
        Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
            return DomainError::Conflict {
                code: ErrorCode::ReferencedRecordMissing,
                message: "a referenced record does not exist".into(),
            };
        }
        _ => {}
    }
    if is_contention(&err) {
        return DomainError::Busy;
    }
    match &err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => DomainError::Unavailable,
        _ => DomainError::internal(err),
    }
}

/// Whether the database refused a statement because other writers held what it needed:
/// SQLite's busy and locked errors, MySQL's deadlock (1213) and lock wait timeout (1205),
/// PostgreSQL's serialization failure (40001), deadlock (40P01) and lock timeout (55P03).
fn is_contention(err: &DbErr) -> bool {
    let database_error = match err {
        DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e)) | DbErr::Query(sea_orm::RuntimeErr::SqlxError(e)) => e.as_database_error(),
        _ => None,
    };
    if let Some(e) = database_error {
        if let Some(mysql) = e.try_downcast_ref::<sea_orm::sqlx::mysql::MySqlDatabaseError>() {
            return matches!(mysql.number(), 1205 | 1213);
        }
        if let Some(code) = e.code() {
            // SQLite answers its (extended) result code: 5 SQLITE_BUSY and its 261/517/773, 6 SQLITE_LOCKED.
            if matches!(code.as_ref(), "40001" | "40P01" | "55P03" | "5" | "6" | "261" | "262" | "517" | "773") {
                return true;
            }
        }
    }
    let text = err.to_string();
    text.contains("database is locked") || text.contains("database table is locked")
}

/// ` FOR UPDATE` on MySQL and PostgreSQL, to lock the rows a decision is made on until the
/// transaction ends; nothing on SQLite, where [`Store::begin_write`] already holds the one
/// write lock.
#[must_use]
pub(crate) fn for_update(backend: DatabaseBackend) -> &'static str {
    if backend == DatabaseBackend::Sqlite { "" } else { " FOR UPDATE" }
}

/// Locks the rows of `table` whose `column` is one of `ids` (in id order, so two writers
/// always lock in the same order and cannot deadlock on them) until `txn` ends.
/// # Errors
/// Database errors.
pub(crate) async fn lock_rows(txn: &DatabaseTransaction, table: &str, column: &str, ids: &[i64]) -> Result<(), DomainError> {
    let backend = txn.get_database_backend();
    if backend == DatabaseBackend::Sqlite || ids.is_empty() {
        return Ok(());
    }
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let list = id_list(&sorted);
    let sql = format!("SELECT {column} FROM {table} WHERE {column} IN ({list}) ORDER BY {column}{}", for_update(backend));
    txn.query_all_raw(Statement::from_string(backend, sql)).await.map_err(db_err)?;
    Ok(())
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

impl Store {
    /// The first column of the first row of `sql` as a number (a `COUNT(*)`), 0 without rows.
    pub(crate) async fn count_sql<C: ConnectionTrait>(conn: &C, sql: &str) -> DomainResult<i64> {
        let row = conn.query_one_raw(sea_orm::Statement::from_string(conn.get_database_backend(), sql.to_owned())).await.map_err(db_err)?;
        match row {
            Some(row) => row.try_get_by_index::<i64>(0).map_err(DomainError::internal),
            None => Ok(0),
        }
    }
}
