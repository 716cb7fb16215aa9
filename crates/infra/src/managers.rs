//! The manager repository: profiles, capacity, active state and their book size.
//! Deactivating a manager releases their customers in the same transaction.

use async_trait::async_trait;
use portrait_domain::manager::{ManagerChanges, ManagerProfile};
use portrait_domain::ports::{LoadFilter, ManagerQuery, ManagerRepository, ManagerSort, Page};
use portrait_domain::tags::{TagKind, TagSet, Vocabulary};
use portrait_domain::user::UserId;
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::sea_query::{Cond, Expr, ExprTrait, Func, JoinType, Order, Query, SelectStatement, SimpleExpr};
use sea_orm::{ConnectionTrait, QueryResult};

use crate::customer_filters::{in_units, name_search};
use crate::customers::{combined_mask, local_mask, rename_user, unit_from_row, write_tags};
use crate::db::{Store, db_err, lock_rows, now};
use crate::tags::load_vocabulary;

/// The size of manager `mp`'s book (answered by the customers' manager index).
fn book_size() -> SimpleExpr {
    let book = Query::select()
        .expr(Func::count(Expr::col(("c", "user_id"))))
        .from_as("customer_profiles", "c")
        .and_where(Expr::col(("c", "manager_id")).equals(("mp", "user_id")))
        .to_owned();
    Expr::SubQuery(None, Box::new(book.into()))
}

/// The list's conditions: name, units and load.
fn list_filters(query: &ManagerQuery) -> Cond {
    let mut cond = in_units(name_search(Cond::all(), query.search.as_deref().unwrap_or("")), query.units.as_ref());
    let capacity = || Expr::col(("mp", "capacity"));
    if let Some(load) = query.load {
        cond = cond.add(match load {
            LoadFilter::OverCapacity => book_size().gt(capacity()),
            LoadFilter::Full => book_size().gte(capacity()),
            LoadFilter::HasRoom => book_size().lt(capacity()).and(Expr::col(("mp", "active")).eq(true)),
            LoadFilter::Empty => book_size().eq(0),
        });
    }
    cond
}

pub(crate) fn manager_select() -> SelectStatement {
    Query::select()
        .expr_as(Expr::col(("mp", "user_id")), "user_id")
        .expr_as(Expr::col(("u", "username")), "username")
        .expr_as(Expr::col(("u", "display_name")), "name")
        .expr_as(Expr::col(("mp", "capacity")), "capacity")
        .expr_as(Expr::col(("mp", "active")), "active")
        .expr_as(Expr::col(("mp", "capabilities_mask")), "capabilities_mask")
        .expr_as(Expr::col(("mp", "hobbies_mask")), "hobbies_mask")
        .expr_as(book_size(), "customer_count")
        .expr_as(Expr::col(("ou", "id")), "unit_id")
        .expr_as(Expr::col(("ou", "code")), "unit_code")
        .expr_as(Expr::col(("ou", "name")), "unit_name")
        .expr_as(Expr::col(("u", "phone")), "phone")
        .expr_as(Expr::col(("u", "email")), "email")
        .from_as("manager_profiles", "mp")
        .join_as(JoinType::InnerJoin, "users", "u", Expr::col(("u", "id")).equals(("mp", "user_id")))
        .join_as(JoinType::InnerJoin, "org_units", "ou", Expr::col(("ou", "id")).equals(("u", "unit_id")))
        .to_owned()
}

pub(crate) fn manager_from_row(row: &QueryResult, vocabulary: &Vocabulary) -> DomainResult<ManagerProfile> {
    let e = DomainError::internal;
    let mask = combined_mask(row.try_get("", "capabilities_mask").map_err(e)?, row.try_get("", "hobbies_mask").map_err(e)?);
    let capacity: i32 = row.try_get("", "capacity").map_err(e)?;
    let count: i64 = row.try_get("", "customer_count").map_err(e)?;
    Ok(ManagerProfile {
        user_id: row.try_get("", "user_id").map_err(e)?,
        username: row.try_get("", "username").map_err(e)?,
        name: row.try_get("", "name").map_err(e)?,
        capabilities: TagSet::trusted(vocabulary.names(TagKind::Need, mask)),
        hobbies: TagSet::trusted(vocabulary.names(TagKind::Hobby, mask)),
        capacity: u32::try_from(capacity).unwrap_or(0),
        active: row.try_get("", "active").map_err(e)?,
        customer_count: u64::try_from(count).unwrap_or(0),
        unit: unit_from_row(row)?,
        phone: row.try_get("", "phone").map_err(e)?,
        email: row.try_get("", "email").map_err(e)?,
    })
}

/// Releases every customer of a manager (on leave or deactivated), with one history row each.
/// # Errors
/// Storage failures.
pub async fn release_book<C: ConnectionTrait>(conn: &C, manager_id: UserId, actor_id: Option<UserId>, reason: &str) -> DomainResult<u64> {
    let now = now();
    let history = Query::insert()
        .into_table("match_history")
        .columns(["customer_id", "from_manager_id", "to_manager_id", "reason", "actor_id", "created_at"])
        .select_from(
            Query::select()
                .column("user_id")
                .column("manager_id")
                .expr(Expr::val(Option::<i64>::None))
                .expr(Expr::val(reason))
                .expr(Expr::val(actor_id))
                .expr(Expr::val(now))
                .from("customer_profiles")
                .and_where(Expr::col("manager_id").eq(manager_id))
                .to_owned(),
        )
        .map_err(DomainError::internal)?
        .to_owned();
    conn.execute(&history).await.map_err(db_err)?;
    let release = Query::update()
        .table("customer_profiles")
        .value("manager_id", Option::<i64>::None)
        .value("match_score", Option::<i32>::None)
        .value("needs_match", Option::<i32>::None)
        .value("hobbies_match", Option::<i32>::None)
        .value("assigned_reason", Option::<String>::None)
        .value("assigned_by", actor_id)
        .value("assigned_run", Option::<i64>::None)
        .value("assigned_at", now)
        .value("updated_at", now)
        .and_where(Expr::col("manager_id").eq(manager_id))
        .to_owned();
    Ok(conn.execute(&release).await.map_err(db_err)?.rows_affected())
}

impl Store {
    /// One attempt at a manager update: the manager's row is locked first, so a manual
    /// assignment (which locks it too) sees them either before or after going on leave,
    /// never in between.
    async fn update_manager(&self, id: UserId, changes: &ManagerChanges) -> DomainResult<ManagerProfile> {
        let txn = self.begin_write().await?;
        lock_rows(&txn, "manager_profiles", "user_id", &[id]).await?;
        let vocabulary = load_vocabulary(&txn).await?;
        let current = Self::manager_with(&txn, id, &vocabulary).await?.ok_or_else(|| DomainError::NotFound("manager".into()))?;
        let capabilities = changes.capabilities.as_ref().unwrap_or(&current.capabilities);
        let hobbies = changes.hobbies.as_ref().unwrap_or(&current.hobbies);
        let capabilities_mask = local_mask(&vocabulary, TagKind::Need, capabilities);
        let hobbies_mask = local_mask(&vocabulary, TagKind::Hobby, hobbies);
        let mut update = Query::update();
        update
            .table("manager_profiles")
            .value("capabilities_mask", capabilities_mask)
            .value("hobbies_mask", hobbies_mask)
            .value("updated_at", now())
            .and_where(Expr::col("user_id").eq(id));
        if let Some(capacity) = changes.capacity {
            update.value("capacity", i64::from(capacity.get()));
        }
        if let Some(active) = changes.active {
            update.value("active", active);
        }
        txn.execute(&update).await.map_err(db_err)?;
        if changes.capabilities.is_some() || changes.hobbies.is_some() {
            write_tags(&txn, "manager_tags", id, capabilities_mask, hobbies_mask).await?;
        }
        if let Some(name) = &changes.name {
            rename_user(&txn, id, name.as_str()).await?;
        }
        if current.active && changes.active == Some(false) {
            release_book(&txn, id, None, "manager_inactive").await?;
        }
        let updated = Self::manager_with(&txn, id, &vocabulary).await?.ok_or_else(|| DomainError::NotFound("manager".into()))?;
        txn.commit().await.map_err(db_err)?;
        Ok(updated)
    }

    async fn manager_with<C: ConnectionTrait>(conn: &C, id: UserId, vocabulary: &Vocabulary) -> DomainResult<Option<ManagerProfile>> {
        let query = manager_select().and_where(Expr::col(("mp", "user_id")).eq(id)).to_owned();
        conn.query_one(&query).await.map_err(db_err)?.map(|row| manager_from_row(&row, vocabulary)).transpose()
    }
}

#[async_trait]
impl ManagerRepository for Store {
    async fn get(&self, id: UserId) -> DomainResult<Option<ManagerProfile>> {
        let vocabulary = load_vocabulary(&self.db).await?;
        Self::manager_with(&self.db, id, &vocabulary).await
    }

    async fn update(&self, id: UserId, changes: &ManagerChanges) -> DomainResult<ManagerProfile> {
        self.retrying(|| self.update_manager(id, changes)).await
    }

    async fn list(&self, query: &ManagerQuery) -> DomainResult<Page<ManagerProfile>> {
        let (page, per_page) = (query.page, query.per_page);
        let vocabulary = load_vocabulary(&self.db).await?;
        let cond = list_filters(query);
        let mut count = Query::select()
            .expr_as(Func::count(Expr::col(("mp", "user_id"))), "n")
            .from_as("manager_profiles", "mp")
            .join_as(JoinType::InnerJoin, "users", "u", Expr::col(("u", "id")).equals(("mp", "user_id")))
            .to_owned();
        if !cond.is_empty() {
            count.cond_where(cond.clone());
        }
        let total: i64 = match self.db.query_one(&count).await.map_err(db_err)? {
            Some(row) => row.try_get("", "n").map_err(DomainError::internal)?,
            None => 0,
        };
        let mut select = manager_select();
        if !cond.is_empty() {
            select.cond_where(cond);
        }
        let order = if query.descending { Order::Desc } else { Order::Asc };
        match query.sort {
            ManagerSort::Id => select.order_by(("mp", "user_id"), order.clone()),
            ManagerSort::Name => select.order_by(("u", "display_name"), order.clone()),
            ManagerSort::Load => select.order_by_expr(book_size(), order.clone()),
            ManagerSort::Capacity => select.order_by(("mp", "capacity"), order.clone()),
            ManagerSort::SeatsLeft => select.order_by_expr(Expr::col(("mp", "capacity")).sub(book_size()), order.clone()),
        };
        // The id breaks ties, in the same direction, so pages never overlap.
        select.order_by(("mp", "user_id"), order).limit(per_page).offset((page - 1) * per_page);
        let items = self
            .db
            .query_all(&select)
            .await
            .map_err(db_err)?
            .iter()
            .map(|r| manager_from_row(r, &vocabulary))
            .collect::<DomainResult<Vec<_>>>()?;
        Ok(Page { items, total: u64::try_from(total).unwrap_or(0), page, per_page })
    }
}
