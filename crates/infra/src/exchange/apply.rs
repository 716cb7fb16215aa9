//! Applying a staged import in one transaction, set-based so the database does the work:
//! new users (no password), names, units, profiles, and tags — the masks and the join
//! tables rewritten together, and only for users whose tags changed.
//!
//! Only integers (run id, time) and our own table, column and role names are inlined.

use portrait_domain::DomainError;
use portrait_domain::ErrorCode;
use portrait_domain::error::DomainResult;
use portrait_domain::exchange::ImportKind;
use portrait_domain::exchange::ports::{ApplyCounts, ImportScope};
use portrait_domain::ports::AuditEntry;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseTransaction, Statement};

use super::staging::{conflicts_from, outside_from};
use crate::audit::append;
use crate::db::{Store, bulk_cache, db_err, for_update, id_list, now};

/// Where each kind's profile and tags live.
struct Target {
    profiles: &'static str,
    tags: &'static str,
    /// The profile's needs-like mask column (needs, or capabilities for managers).
    first_mask: &'static str,
    /// Profile columns set from the staged row of the same name (besides the masks).
    copied: &'static [&'static str],
}

const CUSTOMERS: Target = Target {
    profiles: "customer_profiles",
    tags: "customer_tags",
    first_mask: "needs_mask",
    copied: &["age", "occupation", "total_assets"],
};

const MANAGERS: Target =
    Target { profiles: "manager_profiles", tags: "manager_tags", first_mask: "capabilities_mask", copied: &["capacity"] };

/// `FROM import_rows r JOIN users u ON …` for this run's staged rows and their users.
fn staged(run_id: i64) -> String {
    format!("FROM import_rows r JOIN users u ON u.username = r.username WHERE r.run_id = {run_id}")
}

/// `a` and `b` differ, NULL counting as a value (and case counting on MySQL too).
fn distinct(backend: DatabaseBackend, a: &str, b: &str) -> String {
    match backend {
        DatabaseBackend::MySql => format!("NOT (BINARY {a} <=> BINARY {b})"),
        DatabaseBackend::Postgres => format!("{a} IS DISTINCT FROM {b}"),
        _ => format!("{a} IS NOT {b}"),
    }
}

/// Sets `assignments` (`column = value`) on a profile table for this run's staged rows
/// whose staged values (`r.…`) differ, in each backend's UPDATE-with-join dialect.
fn update_profiles(backend: DatabaseBackend, table: &str, assignments: &[(String, String)], run_id: i64) -> String {
    let alias = if backend == DatabaseBackend::MySql { "t" } else { table };
    let changed: Vec<String> =
        assignments.iter().filter(|(_, v)| v.starts_with("r.")).map(|(c, v)| distinct(backend, &format!("{alias}.{c}"), v)).collect();
    let changed = changed.join(" OR ");
    match backend {
        DatabaseBackend::MySql => {
            let set: Vec<String> = assignments.iter().map(|(c, v)| format!("t.{c} = {v}")).collect();
            format!(
                "UPDATE {table} t JOIN users u ON u.id = t.user_id JOIN import_rows r ON r.username = u.username AND r.run_id = {run_id} SET {} WHERE {changed}",
                set.join(", ")
            )
        }
        _ => {
            let set: Vec<String> = assignments.iter().map(|(c, v)| format!("{c} = {v}")).collect();
            format!(
                "UPDATE {table} SET {} FROM import_rows r JOIN users u ON u.username = r.username WHERE r.run_id = {run_id} AND {table}.user_id = u.id AND ({changed})",
                set.join(", ")
            )
        }
    }
}

async fn exec(txn: &DatabaseTransaction, sql: &str) -> DomainResult<u64> {
    Ok(txn.execute_unprepared(sql).await.map_err(db_err)?.rows_affected())
}

/// Locks the units this run's rows name until the transaction ends and refuses the import
/// when one has closed since the file was checked: closing a unit locks the whole tree, so
/// none of them can close before this import commits (SQLite's write lock does the same).
/// Returns the head office, where new accounts without a unit go.
async fn lock_staged_units(txn: &DatabaseTransaction, run_id: i64) -> DomainResult<i64> {
    let backend = txn.get_database_backend();
    let query = |sql: String| txn.query_all_raw(Statement::from_string(backend, sql));
    let e = DomainError::internal;
    let staged = query(format!("SELECT DISTINCT unit_id FROM import_rows WHERE run_id = {run_id} AND unit_id IS NOT NULL"))
        .await
        .map_err(db_err)?
        .iter()
        .map(|row| row.try_get_by_index::<i64>(0).map_err(e))
        .collect::<DomainResult<Vec<i64>>>()?;
    if !staged.is_empty() {
        let list = staged.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!("SELECT id, code, closed_at FROM org_units WHERE id IN ({list}) ORDER BY id{}", for_update(backend));
        let units = query(sql).await.map_err(db_err)?;
        if units.len() < staged.len() {
            return Err(DomainError::Conflict {
                code: ErrorCode::ReferencedRecordMissing,
                message: "a unit the file names no longer exists; nothing was imported".into(),
            });
        }
        for unit in &units {
            if unit.try_get::<Option<i64>>("", "closed_at").map_err(e)?.is_some() {
                let code: String = unit.try_get("", "code").map_err(e)?;
                return Err(DomainError::Conflict {
                    code: ErrorCode::UnitClosed,
                    message: format!("unit {code} was closed while the file was imported; nothing was imported, import again"),
                });
            }
        }
    }
    let root = query("SELECT id FROM org_units WHERE parent_id IS NULL ORDER BY id".to_owned()).await.map_err(db_err)?;
    root.first().ok_or_else(|| DomainError::internal("the organisation has no head office"))?.try_get_by_index::<i64>(0).map_err(e)
}

/// Refuses a branch admin's import when, by now, a staged account or unit lies outside
/// `units` (moved by the head office while the file was read); the accounts are locked first
/// so that none moves before this import commits.
async fn keep_within(txn: &DatabaseTransaction, run_id: i64, units: &[i64]) -> DomainResult<()> {
    let backend = txn.get_database_backend();
    let lock = format!(
        "SELECT u.id FROM users u WHERE u.username IN (SELECT username FROM import_rows WHERE run_id = {run_id}){}",
        for_update(backend)
    );
    txn.query_all_raw(Statement::from_string(backend, lock)).await.map_err(db_err)?;
    let list = id_list(units);
    let outside = Store::count_sql(txn, &format!("SELECT COUNT(*) {}", outside_from(run_id, units))).await?
        + Store::count_sql(
            txn,
            &format!("SELECT COUNT(*) FROM import_rows WHERE run_id = {run_id} AND unit_id IS NOT NULL AND unit_id NOT IN ({list})"),
        )
        .await?;
    if outside > 0 {
        return Err(DomainError::forbidden(
            "an account or unit in the file left your part of the organisation meanwhile; nothing was imported",
        ));
    }
    Ok(())
}

impl Store {
    pub(crate) async fn staging_apply(
        &self,
        run_id: i64,
        kind: ImportKind,
        scope: &ImportScope,
        audit: &AuditEntry,
    ) -> DomainResult<ApplyCounts> {
        let txn = self.begin_write().await?;
        bulk_cache(&txn, true).await.map_err(db_err)?;
        let applied = self.apply_in(&txn, run_id, kind, scope, audit).await;
        // The everyday cache back whatever happened: the connection returns to the pool.
        bulk_cache(&txn, false).await.map_err(db_err)?;
        let counts = applied?;
        txn.commit().await.map_err(db_err)?;
        Ok(counts)
    }

    async fn apply_in(
        &self,
        txn: &DatabaseTransaction,
        run_id: i64,
        kind: ImportKind,
        scope: &ImportScope,
        audit: &AuditEntry,
    ) -> DomainResult<ApplyCounts> {
        let target = match kind {
            ImportKind::Customers => &CUSTOMERS,
            ImportKind::Managers => &MANAGERS,
        };
        let role = kind.role().as_str();
        let backend = self.backend();
        let now = now();
        if Self::count_sql(txn, &format!("SELECT COUNT(*) {}", conflicts_from(run_id, kind.role()))).await? > 0 {
            return Err(DomainError::Conflict {
                code: ErrorCode::RoleConflict,
                message: "a username in the file now belongs to a user of another role; import again".into(),
            });
        }
        let head_office = lock_staged_units(txn, run_id).await?;
        if let Some(units) = &scope.units {
            keep_within(txn, run_id, units).await?;
        }
        let home = scope.home.unwrap_or(head_office);
        let staged_rows = Self::count_sql(txn, &format!("SELECT COUNT(*) FROM import_rows WHERE run_id = {run_id}")).await?;
        let created = exec(
            txn,
            &format!(
                "INSERT INTO users (username, display_name, password_hash, role, active, token_version, created_at, updated_at, unit_id) \
                 SELECT r.username, r.display_name, NULL, '{role}', TRUE, 0, {now}, {now}, COALESCE(r.unit_id, {home}) FROM import_rows r \
                 WHERE r.run_id = {run_id} AND NOT EXISTS (SELECT 1 FROM users x WHERE x.username = r.username) ORDER BY r.line"
            ),
        )
        .await?;
        let rename = match backend {
            DatabaseBackend::MySql => format!(
                "UPDATE users u JOIN import_rows r ON r.username = u.username AND r.run_id = {run_id} SET u.display_name = r.display_name, u.updated_at = {now} \
                 WHERE BINARY u.display_name <> BINARY r.display_name"
            ),
            _ => format!(
                "UPDATE users SET display_name = r.display_name, updated_at = {now} FROM import_rows r \
                 WHERE r.run_id = {run_id} AND r.username = users.username AND users.display_name <> r.display_name"
            ),
        };
        exec(txn, &rename).await?;
        // Existing accounts move only where the file names a unit (an empty cell keeps theirs).
        let relocate = match backend {
            DatabaseBackend::MySql => format!(
                "UPDATE users u JOIN import_rows r ON r.username = u.username AND r.run_id = {run_id} SET u.unit_id = r.unit_id, u.updated_at = {now} \
                 WHERE r.unit_id IS NOT NULL AND u.unit_id <> r.unit_id"
            ),
            _ => format!(
                "UPDATE users SET unit_id = r.unit_id, updated_at = {now} FROM import_rows r \
                 WHERE r.run_id = {run_id} AND r.username = users.username AND r.unit_id IS NOT NULL AND users.unit_id <> r.unit_id"
            ),
        };
        let moved = exec(txn, &relocate).await?;
        if moved > 0 {
            // A profile's unit is part of it: the analytics' stamp moves with it.
            exec(
                txn,
                &format!(
                    "UPDATE {} SET updated_at = {now} WHERE user_id IN (SELECT u.id {} AND r.unit_id IS NOT NULL)",
                    target.profiles,
                    staged(run_id)
                ),
            )
            .await?;
        }
        let (first, tags) = (target.first_mask, target.tags);
        // Tags first, while the profiles still hold the old masks: only changed users are rewritten.
        exec(
            txn,
            &format!(
                "DELETE FROM {tags} WHERE user_id IN (SELECT p.user_id FROM {} p JOIN users u ON u.id = p.user_id \
                 JOIN import_rows r ON r.username = u.username WHERE r.run_id = {run_id} AND (p.{first} <> r.needs_mask OR p.hobbies_mask <> r.hobbies_mask))",
                target.profiles
            ),
        )
        .await?;
        exec(
            txn,
            &format!(
                "INSERT INTO {tags} (user_id, tag_id) SELECT u.id, t.id FROM import_rows r JOIN users u ON u.username = r.username \
                 JOIN tags t ON ((t.kind = 'need' AND ((r.needs_mask >> t.position) & 1) = 1) OR (t.kind = 'hobby' AND ((r.hobbies_mask >> t.position) & 1) = 1)) \
                 WHERE r.run_id = {run_id} AND NOT EXISTS (SELECT 1 FROM {} p WHERE p.user_id = u.id AND p.{first} = r.needs_mask AND p.hobbies_mask = r.hobbies_mask)",
                target.profiles
            ),
        )
        .await?;
        let mut profile: Vec<(String, String)> = target.copied.iter().map(|c| ((*c).to_owned(), format!("r.{c}"))).collect();
        profile.push((first.to_owned(), "r.needs_mask".to_owned()));
        profile.push(("hobbies_mask".to_owned(), "r.hobbies_mask".to_owned()));
        profile.push(("updated_at".to_owned(), now.to_string()));
        exec(txn, &update_profiles(backend, target.profiles, &profile, run_id)).await?;
        let (columns, values) = match kind {
            ImportKind::Customers => (
                "age, occupation, total_assets, needs_mask, created_at",
                format!("r.age, r.occupation, r.total_assets, r.needs_mask, {now}"),
            ),
            ImportKind::Managers => ("capacity, active, capabilities_mask", "r.capacity, TRUE, r.needs_mask".to_owned()),
        };
        exec(
            txn,
            &format!(
                "INSERT INTO {} (user_id, {columns}, hobbies_mask, updated_at) SELECT u.id, {values}, r.hobbies_mask, {now} {} \
                 AND NOT EXISTS (SELECT 1 FROM {} p WHERE p.user_id = u.id)",
                target.profiles,
                staged(run_id),
                target.profiles
            ),
        )
        .await?;
        exec(txn, &format!("DELETE FROM import_rows WHERE run_id = {run_id}")).await?;
        let counts = ApplyCounts { created, updated: u64::try_from(staged_rows).unwrap_or(0).saturating_sub(created) };
        let mut entry = audit.clone();
        if let Some(serde_json::Value::Object(after)) = entry.after.as_mut() {
            after.insert("created".into(), counts.created.into());
            after.insert("updated".into(), counts.updated.into());
            after.insert("moved".into(), moved.into());
        }
        append(txn, &entry).await?;
        Ok(counts)
    }
}
