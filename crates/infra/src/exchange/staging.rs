//! The import staging area (`import_rows`): validated rows wait here in batches, then
//! [`super::apply`] moves them into users, profiles and tags in one transaction.
//!
//! A staged username takes the spelling its user already has (`Customer1` is staged as
//! `customer1` when that user exists), so the exact joins of the apply match it on every
//! backend and never create a look-alike.

use std::collections::HashMap;

use portrait_domain::DomainError;
use portrait_domain::error::DomainResult;
use portrait_domain::exchange::ImportRow;
use portrait_domain::exchange::ports::{RoleConflict, ScopeConflict};
use portrait_domain::exchange::rows::ImportDetails;
use portrait_domain::organisation::UnitId;
use portrait_domain::tags::{hobbies_half, needs_half};
use portrait_domain::user::Role;
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Query};

use crate::db::{Store, db_err, id_list};

/// Rows per INSERT: eleven values each stays under every backend's parameter limit
/// (22,000 of SQLite's 32,766).
const ROWS_PER_STATEMENT: usize = 2_000;

const COLUMNS: [&str; 11] = [
    "run_id",
    "line",
    "username",
    "display_name",
    "age",
    "occupation",
    "total_assets",
    "needs_mask",
    "hobbies_mask",
    "capacity",
    "unit_id",
];

fn values(run_id: i64, row: &ImportRow, username: &str) -> [Expr; 11] {
    let needs = i64::from(needs_half(row.mask));
    let hobbies = i64::from(hobbies_half(row.mask));
    let line = i64::try_from(row.line).unwrap_or(i64::MAX);
    let (age, occupation, assets, capacity) = match &row.details {
        ImportDetails::Customer(c) => (c.age.map(|a| i32::from(a.years())), c.occupation.as_str().to_owned(), c.assets.fen(), None::<i32>),
        ImportDetails::Manager(m) => (None, String::new(), 0, Some(i32::try_from(m.capacity.get()).unwrap_or(i32::MAX))),
    };
    [
        run_id.into(),
        line.into(),
        username.into(),
        row.name.as_str().into(),
        age.into(),
        occupation.into(),
        assets.into(),
        needs.into(),
        hobbies.into(),
        capacity.into(),
        row.unit.into(),
    ]
}

/// `FROM import_rows r JOIN users u` rows of `run_id` whose user has another role than `role`.
/// Only integers and our own role names are inlined.
pub(crate) fn conflicts_from(run_id: i64, role: Role) -> String {
    format!("FROM import_rows r JOIN users u ON u.username = r.username WHERE r.run_id = {run_id} AND u.role <> '{}'", role.as_str())
}

/// `FROM import_rows r JOIN users u` rows of `run_id` whose account's unit is not one of
/// `units`. Only integer ids are inlined.
pub(crate) fn outside_from(run_id: i64, units: &[UnitId]) -> String {
    let list = id_list(units);
    format!("FROM import_rows r JOIN users u ON u.username = r.username WHERE r.run_id = {run_id} AND u.unit_id NOT IN ({list})")
}

impl Store {
    pub(crate) async fn staging_clear(&self) -> DomainResult<()> {
        self.db.execute_unprepared("DELETE FROM import_rows").await.map_err(db_err)?;
        Ok(())
    }

    /// The spelling in `users` of each of `rows`' usernames that exists in any case, by key.
    async fn existing_spellings(&self, rows: &[ImportRow]) -> DomainResult<HashMap<String, String>> {
        let keys: Vec<String> = rows.iter().map(|row| row.username.key()).collect();
        let query =
            Query::select().columns(["username", "username_key"]).from("users").and_where(Expr::col("username_key").is_in(keys)).to_owned();
        let e = DomainError::internal;
        let mut spellings = HashMap::new();
        for row in self.db.query_all(&query).await.map_err(db_err)? {
            spellings.insert(row.try_get("", "username_key").map_err(e)?, row.try_get("", "username").map_err(e)?);
        }
        Ok(spellings)
    }

    pub(crate) async fn staging_add(&self, run_id: i64, rows: &[ImportRow]) -> DomainResult<()> {
        for chunk in rows.chunks(ROWS_PER_STATEMENT) {
            let spellings = self.existing_spellings(chunk).await?;
            let mut insert = Query::insert();
            insert.into_table("import_rows").columns(COLUMNS);
            for row in chunk {
                let username = spellings.get(&row.username.key()).map_or(row.username.as_str(), String::as_str);
                insert.values_panic(values(run_id, row, username));
            }
            self.db.execute(&insert).await.map_err(db_err)?;
        }
        Ok(())
    }

    pub(crate) async fn staging_conflicts(&self, run_id: i64, role: Role, limit: u64) -> DomainResult<(Vec<RoleConflict>, u64)> {
        let from = conflicts_from(run_id, role);
        let count = Self::count_sql(&self.db, &format!("SELECT COUNT(*) {from}")).await?;
        if count == 0 {
            return Ok((Vec::new(), 0));
        }
        let sql = format!("SELECT r.line AS line, r.username AS username, u.role AS role {from} ORDER BY r.line LIMIT {limit}");
        let rows = self.db.query_all_raw(sea_orm::Statement::from_string(self.backend(), sql)).await.map_err(db_err)?;
        let e = DomainError::internal;
        let mut conflicts = Vec::with_capacity(rows.len());
        for row in rows {
            let role: String = row.try_get("", "role").map_err(e)?;
            conflicts.push(RoleConflict {
                line: u64::try_from(row.try_get::<i64>("", "line").map_err(e)?).unwrap_or(0),
                username: row.try_get("", "username").map_err(e)?,
                role: Role::parse(&role).map_err(|_| DomainError::internal(format!("unknown role {role}")))?,
            });
        }
        Ok((conflicts, u64::try_from(count).unwrap_or(0)))
    }

    pub(crate) async fn staging_drop_conflicts(&self, run_id: i64, role: Role) -> DomainResult<()> {
        let sql = format!(
            "DELETE FROM import_rows WHERE run_id = {run_id} AND username IN (SELECT username FROM users WHERE role <> '{}')",
            role.as_str()
        );
        self.db.execute_unprepared(&sql).await.map_err(db_err)?;
        Ok(())
    }

    pub(crate) async fn staging_scope_conflicts(
        &self,
        run_id: i64,
        units: &[UnitId],
        limit: u64,
    ) -> DomainResult<(Vec<ScopeConflict>, u64)> {
        let from = outside_from(run_id, units);
        let count = Self::count_sql(&self.db, &format!("SELECT COUNT(*) {from}")).await?;
        if count == 0 {
            return Ok((Vec::new(), 0));
        }
        let sql = format!("SELECT r.line AS line, r.username AS username {from} ORDER BY r.line LIMIT {limit}");
        let rows = self.db.query_all_raw(sea_orm::Statement::from_string(self.backend(), sql)).await.map_err(db_err)?;
        let e = DomainError::internal;
        let mut conflicts = Vec::with_capacity(rows.len());
        for row in rows {
            conflicts.push(ScopeConflict {
                line: u64::try_from(row.try_get::<i64>("", "line").map_err(e)?).unwrap_or(0),
                username: row.try_get("", "username").map_err(e)?,
            });
        }
        Ok((conflicts, u64::try_from(count).unwrap_or(0)))
    }

    pub(crate) async fn staging_drop_scope_conflicts(&self, run_id: i64, units: &[UnitId]) -> DomainResult<()> {
        // Not through `outside_from`: MySQL refuses a DELETE whose subquery reads its own table.
        let list = id_list(units);
        let sql = format!(
            "DELETE FROM import_rows WHERE run_id = {run_id} AND username IN (SELECT username FROM users WHERE unit_id NOT IN ({list}))"
        );
        self.db.execute_unprepared(&sql).await.map_err(db_err)?;
        Ok(())
    }

    pub(crate) async fn staging_discard(&self, run_id: i64) -> DomainResult<()> {
        self.db.execute_unprepared(&format!("DELETE FROM import_rows WHERE run_id = {run_id}")).await.map_err(db_err)?;
        Ok(())
    }
}
