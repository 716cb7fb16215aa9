//! The organisation tree in `org_units`. Every change is one transaction that first reads the
//! whole tree with its rows locked — so structural changes run one at a time on every backend
//! (SQLite's write transactions already do) — then checks the tree's rules on that tree and
//! writes.

use std::collections::HashMap;

use async_trait::async_trait;
use portrait_domain::organisation::rules::{check_close, check_move, check_open_parent};
use portrait_domain::organisation::{NewUnit, OrgUnit, OrgUnits, UnitId, UnitName, UnitSummary};
use portrait_domain::{DomainError, ErrorCode, error::DomainResult};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, DatabaseTransaction, QueryResult, Statement};

use crate::db::{Store, db_err, for_update, insert_returning_id, now};

const COLUMNS: &str = "id, code, name, parent_id, depth, closed_at, created_at, updated_at";

fn unit_from_row(row: &QueryResult) -> DomainResult<OrgUnit> {
    let e = DomainError::internal;
    let depth: i32 = row.try_get("", "depth").map_err(e)?;
    Ok(OrgUnit {
        id: row.try_get("", "id").map_err(e)?,
        code: row.try_get("", "code").map_err(e)?,
        name: row.try_get("", "name").map_err(e)?,
        parent_id: row.try_get("", "parent_id").map_err(e)?,
        depth: u32::try_from(depth).unwrap_or(0),
        closed: row.try_get::<Option<i64>>("", "closed_at").map_err(e)?.is_some(),
        created_at: row.try_get("", "created_at").map_err(e)?,
        updated_at: row.try_get("", "updated_at").map_err(e)?,
    })
}

/// The whole tree, parents before children; with `lock`, every row stays locked until the
/// transaction ends.
async fn load_tree<C: ConnectionTrait>(conn: &C, lock: bool) -> DomainResult<Vec<OrgUnit>> {
    let backend = conn.get_database_backend();
    let tail = if lock { for_update(backend) } else { "" };
    // Locked in id order (two writers cannot deadlock), then sorted by depth.
    let sql = format!("SELECT {COLUMNS} FROM org_units ORDER BY id{tail}");
    let rows = conn.query_all_raw(Statement::from_string(backend, sql)).await.map_err(db_err)?;
    let mut units = rows.iter().map(unit_from_row).collect::<DomainResult<Vec<_>>>()?;
    units.sort_by(|a, b| (a.depth, &a.code).cmp(&(b.depth, &b.code)));
    Ok(units)
}

async fn count<C: ConnectionTrait>(conn: &C, sql: String) -> DomainResult<u64> {
    let backend = conn.get_database_backend();
    let row = conn.query_one_raw(Statement::from_string(backend, sql)).await.map_err(db_err)?;
    let n: i64 = row.map_or(Ok(0), |r| r.try_get_by_index(0)).map_err(DomainError::internal)?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Per-unit figures from `(unit_id, n)` rows, summed here (a database's SUM would be a
/// decimal on some backends).
async fn per_unit<C: ConnectionTrait>(conn: &C, sql: &str) -> DomainResult<HashMap<UnitId, u64>> {
    let backend = conn.get_database_backend();
    let rows = conn.query_all_raw(Statement::from_string(backend, sql.to_owned())).await.map_err(db_err)?;
    let mut figures = HashMap::new();
    for row in rows {
        let unit: i64 = row.try_get_by_index(0).map_err(DomainError::internal)?;
        // COUNT(*) is a BIGINT, a capacity an INTEGER: PostgreSQL tells them apart.
        let n: i64 = match row.try_get_by_index::<i64>(1) {
            Ok(n) => n,
            Err(_) => row.try_get_by_index::<i32>(1).map(i64::from).map_err(DomainError::internal)?,
        };
        *figures.entry(unit).or_insert(0) += u64::try_from(n).unwrap_or(0);
    }
    Ok(figures)
}

fn missing() -> DomainError {
    DomainError::NotFound("unit".into())
}

impl Store {
    async fn read_unit(txn: &DatabaseTransaction, id: UnitId) -> DomainResult<OrgUnit> {
        let backend = txn.get_database_backend();
        let sql = format!("SELECT {COLUMNS} FROM org_units WHERE id = {id}");
        let row = txn.query_one_raw(Statement::from_string(backend, sql)).await.map_err(db_err)?.ok_or_else(missing)?;
        unit_from_row(&row)
    }

    async fn write_new_unit(&self, unit: &NewUnit) -> DomainResult<OrgUnit> {
        let txn = self.begin_write().await?;
        let tree = load_tree(&txn, true).await?;
        let parent = check_open_parent(&tree, unit.parent_id)?;
        if tree.iter().any(|u| u.code == unit.code.as_str()) {
            return Err(code_taken(unit.code.as_str()));
        }
        let now = now();
        let mut insert = Query::insert()
            .into_table("org_units")
            .columns(["code", "name", "parent_id", "depth", "created_at", "updated_at"])
            .values_panic([
                unit.code.as_str().into(),
                unit.name.as_str().into(),
                parent.id.into(),
                i64::from(parent.depth + 1).into(),
                now.into(),
                now.into(),
            ])
            .to_owned();
        let id = insert_returning_id(&txn, &mut insert).await.map_err(|err| match db_err(err) {
            DomainError::Conflict { code: ErrorCode::Duplicate, .. } => code_taken(unit.code.as_str()),
            other => other,
        })?;
        let created = Self::read_unit(&txn, id).await?;
        txn.commit().await.map_err(db_err)?;
        Ok(created)
    }

    async fn write_unit_change(&self, id: UnitId, name: Option<&UnitName>, parent: Option<UnitId>) -> DomainResult<OrgUnit> {
        let txn = self.begin_write().await?;
        let tree = load_tree(&txn, true).await?;
        let unit = tree.iter().find(|u| u.id == id).cloned().ok_or_else(missing)?;
        let now = now();
        if let Some(parent) = parent {
            let depth = check_move(&tree, id, parent)?;
            let shift = i64::from(depth) - i64::from(unit.depth);
            let moved = portrait_domain::organisation::unit::subtree(&tree, id);
            let list = crate::db::id_list(&moved);
            let backend = txn.get_database_backend();
            let sql = format!("UPDATE org_units SET depth = depth + ({shift}), updated_at = {now} WHERE id IN ({list})");
            txn.execute_raw(Statement::from_string(backend, sql)).await.map_err(db_err)?;
            let update = Query::update().table("org_units").value("parent_id", parent).and_where(Expr::col("id").eq(id)).to_owned();
            txn.execute(&update).await.map_err(db_err)?;
        }
        if let Some(name) = name {
            let update = Query::update()
                .table("org_units")
                .value("name", name.as_str())
                .value("updated_at", now)
                .and_where(Expr::col("id").eq(id))
                .to_owned();
            txn.execute(&update).await.map_err(db_err)?;
        }
        let changed = Self::read_unit(&txn, id).await?;
        txn.commit().await.map_err(db_err)?;
        Ok(changed)
    }

    async fn write_close(&self, id: UnitId) -> DomainResult<OrgUnit> {
        let txn = self.begin_write().await?;
        let tree = load_tree(&txn, true).await?;
        let unit = tree.iter().find(|u| u.id == id).cloned().ok_or_else(missing)?;
        let open_children = tree.iter().filter(|u| u.parent_id == Some(id) && !u.closed).count() as u64;
        let members = count(&txn, format!("SELECT COUNT(*) FROM users WHERE unit_id = {id}")).await?;
        check_close(&unit, members, open_children)?;
        let now = now();
        let update = Query::update()
            .table("org_units")
            .value("closed_at", now)
            .value("updated_at", now)
            .and_where(Expr::col("id").eq(id))
            .to_owned();
        txn.execute(&update).await.map_err(db_err)?;
        let closed = Self::read_unit(&txn, id).await?;
        txn.commit().await.map_err(db_err)?;
        Ok(closed)
    }
}

fn code_taken(code: &str) -> DomainError {
    DomainError::Conflict { code: ErrorCode::UnitCodeTaken, message: format!("unit code {code} is taken") }
}

#[async_trait]
impl OrgUnits for Store {
    async fn units(&self) -> DomainResult<Vec<UnitSummary>> {
        let tree = load_tree(&self.db, false).await?;
        let role_count = |role: &str| format!("SELECT unit_id, COUNT(*) FROM users WHERE role = '{role}' GROUP BY unit_id");
        let managers = per_unit(&self.db, &role_count("manager")).await?;
        let customers = per_unit(&self.db, &role_count("customer")).await?;
        let admins = per_unit(&self.db, &role_count("admin")).await?;
        let capacity = per_unit(
            &self.db,
            "SELECT u.unit_id, m.capacity FROM manager_profiles m JOIN users u ON u.id = m.user_id \
             WHERE m.active = TRUE AND u.active = TRUE",
        )
        .await?;
        let load = per_unit(
            &self.db,
            "SELECT u.unit_id, COUNT(*) FROM customer_profiles c JOIN users u ON u.id = c.manager_id GROUP BY u.unit_id",
        )
        .await?;
        let of = |figures: &HashMap<UnitId, u64>, id: UnitId| figures.get(&id).copied().unwrap_or(0);
        Ok(tree
            .into_iter()
            .map(|unit| UnitSummary {
                managers: of(&managers, unit.id),
                customers: of(&customers, unit.id),
                admins: of(&admins, unit.id),
                capacity: of(&capacity, unit.id),
                load: of(&load, unit.id),
                unit,
            })
            .collect())
    }

    async fn tree(&self) -> DomainResult<Vec<OrgUnit>> {
        load_tree(&self.db, false).await
    }

    async fn unit(&self, id: UnitId) -> DomainResult<Option<OrgUnit>> {
        let backend = self.db.get_database_backend();
        let sql = format!("SELECT {COLUMNS} FROM org_units WHERE id = {id}");
        let row = self.db.query_one_raw(Statement::from_string(backend, sql)).await.map_err(db_err)?;
        row.as_ref().map(unit_from_row).transpose()
    }

    async fn create_unit(&self, unit: &NewUnit) -> DomainResult<OrgUnit> {
        self.retrying(|| self.write_new_unit(unit)).await
    }

    async fn change_unit(&self, id: UnitId, name: Option<&UnitName>, parent: Option<UnitId>) -> DomainResult<OrgUnit> {
        self.retrying(|| self.write_unit_change(id, name, parent)).await
    }

    async fn close_unit(&self, id: UnitId) -> DomainResult<OrgUnit> {
        self.retrying(|| self.write_close(id)).await
    }
}
