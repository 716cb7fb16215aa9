//! The demo bank's organisation — two branches under the head office, with sub-branches —
//! which of them each demo manager and customer belongs to, and whether a demo account exists.

use portrait_domain::error::DomainResult;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, Statement};

use crate::db::{db_err, insert_returning_id, now};

/// `(code, name, parent code)`, parents first; the head office (`HQ`) exists from migration 000014.
const UNITS: [(&str, &str, &str); 5] = [
    ("GZ", "广州分行", "HQ"),
    ("GZ-TH", "天河支行", "GZ"),
    ("GZ-YX", "越秀支行", "GZ"),
    ("HZ", "杭州分行", "HQ"),
    ("HZ-XH", "西湖支行", "HZ"),
];

async fn unit_id<C: ConnectionTrait>(conn: &C, code: &str) -> DomainResult<Option<(i64, i32)>> {
    let backend = conn.get_database_backend();
    let sql = format!("SELECT id, depth FROM org_units WHERE code = '{code}'");
    let row = conn.query_one_raw(Statement::from_string(backend, sql)).await.map_err(db_err)?;
    row.map(|r| Ok((r.try_get("", "id").map_err(db_err)?, r.try_get("", "depth").map_err(db_err)?))).transpose()
}

/// The demo units' ids in [`UNITS`]' order, created where missing (an existing unit with the
/// code is kept as it is).
/// # Errors
/// Storage failures.
pub(crate) async fn demo_units<C: ConnectionTrait>(conn: &C) -> DomainResult<Vec<i64>> {
    let mut ids = Vec::new();
    for (code, name, parent) in UNITS {
        if let Some((id, _)) = unit_id(conn, code).await? {
            ids.push(id);
            continue;
        }
        let Some((parent_id, depth)) = unit_id(conn, parent).await? else { continue };
        let now = now();
        // Bound as the organisation adapter binds them: PostgreSQL's prepared statement is
        // shared by its text, with the parameter types of its first use.
        let mut insert = Query::insert()
            .into_table("org_units")
            .columns(["code", "name", "parent_id", "depth", "created_at", "updated_at"])
            .values_panic([code.into(), name.into(), parent_id.into(), i64::from(depth + 1).into(), now.into(), now.into()])
            .to_owned();
        ids.push(insert_returning_id(conn, &mut insert).await.map_err(db_err)?);
    }
    Ok(ids)
}

/// Puts demo account number `n` (from 1) in one of `units`, round the list.
/// # Errors
/// Storage failures.
pub(crate) async fn place<C: ConnectionTrait>(conn: &C, user: i64, n: usize, units: &[i64]) -> DomainResult<()> {
    let Some(unit) = units.get((n - 1) % units.len().max(1)) else { return Ok(()) };
    let update = Query::update().table("users").value("unit_id", *unit).and_where(Expr::col("id").eq(user)).to_owned();
    conn.execute(&update).await.map_err(db_err)?;
    Ok(())
}

/// Whether an account with this username (any case) exists.
/// # Errors
/// Storage failures.
pub(crate) async fn user_exists<C: ConnectionTrait>(conn: &C, username: &str) -> DomainResult<bool> {
    let key = portrait_domain::user::username_key(username);
    let q = Query::select().expr(Expr::val(1)).from("users").and_where(Expr::col("username_key").eq(key)).to_owned();
    Ok(conn.query_one(&q).await.map_err(db_err)?.is_some())
}
