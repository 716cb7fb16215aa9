//! Export pages: keyset reads in user-id order (`WHERE id > last ORDER BY id LIMIT n`),
//! so a million rows stream with flat memory and no OFFSET scans.

use portrait_domain::DomainError;
use portrait_domain::customer::CustomerClass;
use portrait_domain::error::DomainResult;
use portrait_domain::exchange::ports::{AssignmentExport, CustomerExport};
use portrait_domain::manager::ManagerProfile;
use portrait_domain::organisation::UnitId;
use portrait_domain::ports::CustomerQuery;
use portrait_domain::user::UserId;
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, JoinType, Order, Query};

use crate::customer_filters::list_condition;
use crate::customers::{combined_mask, profile_from_row, profile_select};
use crate::db::{Store, db_err};
use crate::managers::{manager_from_row, manager_select};
use crate::tags::load_vocabulary;

impl Store {
    pub(crate) async fn export_customers(&self, query: &CustomerQuery, after: UserId, limit: u64) -> DomainResult<Vec<CustomerExport>> {
        let vocabulary = load_vocabulary(&self.db).await?;
        let mut select = profile_select();
        select.expr_as(Expr::col(("m", "username")), "manager_username");
        // An empty condition would render as `WHERE TRUE`, which keeps SQLite off the index.
        let cond = list_condition(query, &vocabulary);
        if !cond.is_empty() {
            select.cond_where(cond);
        }
        select.and_where(Expr::col(("cp", "user_id")).gt(after)).order_by(("cp", "user_id"), Order::Asc).limit(limit);
        let rows = self.db.query_all(&select).await.map_err(db_err)?;
        rows.iter()
            .map(|row| {
                Ok(CustomerExport {
                    profile: profile_from_row(row, &vocabulary)?,
                    manager_username: row.try_get("", "manager_username").map_err(DomainError::internal)?,
                })
            })
            .collect()
    }

    pub(crate) async fn export_managers(&self, units: Option<&[UnitId]>, after: UserId, limit: u64) -> DomainResult<Vec<ManagerProfile>> {
        let vocabulary = load_vocabulary(&self.db).await?;
        let select = manager_select()
            .and_where(Expr::col(("mp", "user_id")).gt(after))
            .and_where_option(units.map(|u| Expr::col(("u", "unit_id")).is_in(u.iter().copied())))
            .order_by(("mp", "user_id"), Order::Asc)
            .limit(limit)
            .to_owned();
        self.db.query_all(&select).await.map_err(db_err)?.iter().map(|row| manager_from_row(row, &vocabulary)).collect()
    }

    pub(crate) async fn export_assignments(
        &self,
        units: Option<&[UnitId]>,
        after: UserId,
        limit: u64,
    ) -> DomainResult<Vec<AssignmentExport>> {
        let select = Query::select()
            .expr_as(Expr::col(("cp", "user_id")), "customer_id")
            .expr_as(Expr::col(("cu", "username")), "customer_username")
            .expr_as(Expr::col(("cu", "display_name")), "customer_name")
            .expr_as(Expr::col(("cp", "needs_mask")), "needs_mask")
            .expr_as(Expr::col(("cp", "hobbies_mask")), "hobbies_mask")
            .expr_as(Expr::col(("mu", "username")), "manager_username")
            .expr_as(Expr::col(("mu", "display_name")), "manager_name")
            .expr_as(Expr::col(("mp", "capabilities_mask")), "manager_needs")
            .expr_as(Expr::col(("mp", "hobbies_mask")), "manager_hobbies")
            .expr_as(Expr::col(("cp", "class")), "class")
            .expr_as(Expr::col(("cp", "assigned_reason")), "reason")
            .expr_as(Expr::col(("cp", "assigned_at")), "assigned_at")
            .from_as("customer_profiles", "cp")
            .join_as(JoinType::InnerJoin, "users", "cu", Expr::col(("cu", "id")).equals(("cp", "user_id")))
            .join_as(JoinType::InnerJoin, "users", "mu", Expr::col(("mu", "id")).equals(("cp", "manager_id")))
            .join_as(JoinType::LeftJoin, "manager_profiles", "mp", Expr::col(("mp", "user_id")).equals(("cp", "manager_id")))
            .and_where(Expr::col(("cp", "manager_id")).is_not_null())
            .and_where(Expr::col(("cp", "user_id")).gt(after))
            .and_where_option(units.map(|u| Expr::col(("cu", "unit_id")).is_in(u.iter().copied())))
            .order_by(("cp", "user_id"), Order::Asc)
            .limit(limit)
            .to_owned();
        let e = DomainError::internal;
        let mut out = Vec::new();
        for row in self.db.query_all(&select).await.map_err(db_err)? {
            let class: Option<String> = row.try_get("", "class").map_err(e)?;
            let manager_needs: Option<i64> = row.try_get("", "manager_needs").map_err(e)?;
            let manager_hobbies: Option<i64> = row.try_get("", "manager_hobbies").map_err(e)?;
            out.push(AssignmentExport {
                customer_id: row.try_get("", "customer_id").map_err(e)?,
                customer_username: row.try_get("", "customer_username").map_err(e)?,
                customer_name: row.try_get("", "customer_name").map_err(e)?,
                customer_mask: combined_mask(row.try_get("", "needs_mask").map_err(e)?, row.try_get("", "hobbies_mask").map_err(e)?),
                manager_username: row.try_get("", "manager_username").map_err(e)?,
                manager_name: row.try_get("", "manager_name").map_err(e)?,
                manager_mask: combined_mask(manager_needs.unwrap_or(0), manager_hobbies.unwrap_or(0)),
                class: class.as_deref().and_then(CustomerClass::parse),
                reason: row.try_get("", "reason").map_err(e)?,
                assigned_at: row.try_get("", "assigned_at").map_err(e)?,
            });
        }
        Ok(out)
    }
}
