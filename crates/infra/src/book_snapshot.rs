//! The book as the matching engine reads it (every customer and manager, keyset-paged so
//! memory stays flat at a million rows), and what segmentation writes back.

use async_trait::async_trait;
use portrait_domain::customer::CustomerClass;
use portrait_domain::organisation::UnitId;
use portrait_domain::runs::{BookSnapshot, CustomerSnapshot, ManagerSnapshot, Snapshot};
use portrait_domain::segmentation::Persona;
use portrait_domain::user::UserId;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Order, Query};

use crate::customer_filters::members_of;
use crate::customers::combined_mask;
use crate::db::{Store, db_err, id_list, now};
use crate::tags::load_vocabulary;

const PAGE: u64 = 50_000;

/// Which accounts a snapshot holds.
#[derive(Debug, Clone, Copy)]
enum Part<'a> {
    Bank,
    /// What a run over `units` may change: their customers whose manager, if any, is of
    /// `units` too (a run over a subtree neither takes a customer from another unit's manager
    /// nor reads one), and their managers.
    Run(&'a [UnitId]),
    /// What the analyses of `units` describe: all their customers, their managers and the
    /// managers who serve those customers from elsewhere.
    Figures(&'a [UnitId]),
}

impl Store {
    async fn customers_snapshot(&self, part: Part<'_>) -> DomainResult<Vec<CustomerSnapshot>> {
        let e = DomainError::internal;
        let mut out = Vec::new();
        let mut last = i64::MIN;
        loop {
            // Keyset pages keep memory flat on a million rows.
            let query = Query::select()
                .columns(["user_id", "needs_mask", "hobbies_mask", "manager_id", "class", "match_score", "age", "total_assets", "segment"])
                .from("customer_profiles")
                .and_where(Expr::col("user_id").gt(last))
                .and_where_option(match part {
                    Part::Bank => None,
                    Part::Run(u) | Part::Figures(u) => Some(Expr::col("user_id").in_subquery(members_of(u))),
                })
                .and_where_option(match part {
                    Part::Run(u) => Some(Expr::col("manager_id").is_null().or(Expr::col("manager_id").in_subquery(members_of(u)))),
                    _ => None,
                })
                .order_by("user_id", Order::Asc)
                .limit(PAGE)
                .to_owned();
            let rows = self.db.query_all(&query).await.map_err(db_err)?;
            let Some(tail) = rows.last() else { break };
            last = tail.try_get("", "user_id").map_err(e)?;
            for row in &rows {
                let class: Option<String> = row.try_get("", "class").map_err(e)?;
                let age: Option<i32> = row
                    .try_get::<Option<i32>>("", "age")
                    .or_else(|_| row.try_get::<Option<i16>>("", "age").map(|a| a.map(i32::from)))
                    .map_err(e)?;
                out.push(CustomerSnapshot {
                    id: row.try_get("", "user_id").map_err(e)?,
                    mask: combined_mask(row.try_get("", "needs_mask").map_err(e)?, row.try_get("", "hobbies_mask").map_err(e)?),
                    manager_id: row.try_get("", "manager_id").map_err(e)?,
                    class: class.as_deref().and_then(CustomerClass::parse),
                    score: row.try_get("", "match_score").map_err(e)?,
                    age: age.and_then(|a| u8::try_from(a).ok()),
                    assets_fen: row.try_get("", "total_assets").map_err(e)?,
                    segment: row.try_get::<Option<i32>>("", "segment").map_err(e)?.and_then(|s| u32::try_from(s).ok()),
                });
            }
            if (rows.len() as u64) < PAGE {
                break;
            }
        }
        Ok(out)
    }

    async fn managers_snapshot(&self, part: Part<'_>) -> DomainResult<Vec<ManagerSnapshot>> {
        let e = DomainError::internal;
        let serving = |u: &[UnitId]| {
            Query::select()
                .column("manager_id")
                .from("customer_profiles")
                .and_where(Expr::col("manager_id").is_not_null())
                .and_where(Expr::col("user_id").in_subquery(members_of(u)))
                .to_owned()
        };
        let query = Query::select()
            .columns(["user_id", "capabilities_mask", "hobbies_mask", "capacity", "active"])
            .from("manager_profiles")
            .and_where_option(match part {
                Part::Bank => None,
                Part::Run(u) => Some(Expr::col("user_id").in_subquery(members_of(u))),
                Part::Figures(u) => Some(Expr::col("user_id").in_subquery(members_of(u)).or(Expr::col("user_id").in_subquery(serving(u)))),
            })
            .order_by("user_id", Order::Asc)
            .to_owned();
        self.db
            .query_all(&query)
            .await
            .map_err(db_err)?
            .iter()
            .map(|row| {
                let capacity: i32 = row.try_get("", "capacity").map_err(e)?;
                Ok(ManagerSnapshot {
                    id: row.try_get("", "user_id").map_err(e)?,
                    mask: combined_mask(row.try_get("", "capabilities_mask").map_err(e)?, row.try_get("", "hobbies_mask").map_err(e)?),
                    capacity: u32::try_from(capacity).unwrap_or(0),
                    active: row.try_get("", "active").map_err(e)?,
                })
            })
            .collect()
    }
}

#[async_trait]
impl BookSnapshot for Store {
    async fn snapshot(&self) -> DomainResult<Snapshot> {
        Ok(Snapshot {
            customers: self.customers_snapshot(Part::Bank).await?,
            managers: self.managers_snapshot(Part::Bank).await?,
            vocabulary: load_vocabulary(&self.db).await?,
        })
    }

    async fn unit_snapshot(&self, units: &[UnitId]) -> DomainResult<Snapshot> {
        Ok(Snapshot {
            customers: self.customers_snapshot(Part::Run(units)).await?,
            managers: self.managers_snapshot(Part::Run(units)).await?,
            vocabulary: load_vocabulary(&self.db).await?,
        })
    }

    async fn part_snapshot(&self, units: &[UnitId]) -> DomainResult<Snapshot> {
        Ok(Snapshot {
            customers: self.customers_snapshot(Part::Figures(units)).await?,
            managers: self.managers_snapshot(Part::Figures(units)).await?,
            vocabulary: load_vocabulary(&self.db).await?,
        })
    }

    async fn save_segments(&self, run_id: Option<i64>, labels: &[(UserId, u32)], personas: &[Persona]) -> DomainResult<()> {
        let txn = self.begin_write().await?;
        let k = personas.len();
        for segment in 0..k {
            let ids: Vec<i64> = labels.iter().filter(|(_, l)| *l as usize == segment).map(|(id, _)| *id).collect();
            for chunk in ids.chunks(5_000) {
                let list = id_list(chunk);
                txn.execute_unprepared(&format!("UPDATE customer_profiles SET segment = {segment} WHERE user_id IN ({list})"))
                    .await
                    .map_err(db_err)?;
            }
        }
        txn.execute(&Query::delete().from_table("segments").to_owned()).await.map_err(db_err)?;
        let now = now();
        for persona in personas {
            let insert = Query::insert()
                .into_table("segments")
                .columns(["id", "size", "persona", "run_id", "computed_at"])
                .values_panic([
                    i64::from(persona.segment).into(),
                    i64::try_from(persona.size).unwrap_or(i64::MAX).into(),
                    serde_json::to_string(persona).unwrap_or_default().into(),
                    run_id.into(),
                    now.into(),
                ])
                .to_owned();
            txn.execute(&insert).await.map_err(db_err)?;
        }
        txn.commit().await.map_err(db_err)
    }

    async fn class_counts(&self) -> DomainResult<Vec<(Option<CustomerClass>, u64)>> {
        let rows = self
            .db
            .query_all_raw(sea_orm::Statement::from_string(
                self.backend(),
                "SELECT class, COUNT(*) AS n FROM customer_profiles GROUP BY class ORDER BY class".to_owned(),
            ))
            .await
            .map_err(db_err)?;
        rows.iter()
            .map(|row| {
                let class: Option<String> = row.try_get("", "class").map_err(DomainError::internal)?;
                let n: i64 = row.try_get("", "n").map_err(DomainError::internal)?;
                Ok((class.as_deref().and_then(CustomerClass::parse), u64::try_from(n).unwrap_or(0)))
            })
            .collect()
    }
}
