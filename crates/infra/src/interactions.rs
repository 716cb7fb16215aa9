//! The relationship record in `interactions`, with the customers' and authors' names.

use async_trait::async_trait;
use portrait_domain::DomainError;
use portrait_domain::error::DomainResult;
use portrait_domain::ports::Page;
use portrait_domain::relationship::{FollowUpQuery, Interaction, InteractionKind, InteractionLog, LifeEvent, NewInteraction};
use portrait_domain::user::UserId;
use sea_orm::sea_query::{Alias, Cond, Expr, ExprTrait, Func, JoinType, Order, Query, SelectStatement};
use sea_orm::{ConnectionTrait, QueryResult};

use crate::customer_filters::members_of;
use crate::db::{Store, db_err, insert_returning_id, lock_rows, now};

fn select() -> SelectStatement {
    Query::select()
        .columns([
            ("i", "id"),
            ("i", "customer_id"),
            ("i", "author_id"),
            ("i", "kind"),
            ("i", "life_event"),
            ("i", "note"),
            ("i", "happened_at"),
            ("i", "follow_up_at"),
            ("i", "follow_up_done"),
            ("i", "created_at"),
        ])
        .expr_as(Expr::col(("cu", "display_name")), Alias::new("customer_name"))
        .expr_as(Expr::col(("au", "display_name")), Alias::new("author_name"))
        .from_as("interactions", "i")
        .join_as(JoinType::InnerJoin, "users", "cu", Expr::col(("cu", "id")).equals(("i", "customer_id")))
        .join_as(JoinType::InnerJoin, "users", "au", Expr::col(("au", "id")).equals(("i", "author_id")))
        .to_owned()
}

fn parse(row: &QueryResult) -> DomainResult<Interaction> {
    let e = DomainError::internal;
    let kind: String = row.try_get("", "kind").map_err(e)?;
    let life_event: Option<String> = row.try_get("", "life_event").map_err(e)?;
    Ok(Interaction {
        id: row.try_get("", "id").map_err(e)?,
        customer_id: row.try_get("", "customer_id").map_err(e)?,
        customer_name: row.try_get("", "customer_name").map_err(e)?,
        author_id: row.try_get("", "author_id").map_err(e)?,
        author_name: row.try_get("", "author_name").map_err(e)?,
        kind: InteractionKind::parse(&kind).ok_or_else(|| DomainError::internal(format!("unknown interaction kind {kind}")))?,
        life_event: life_event.as_deref().and_then(LifeEvent::parse),
        note: row.try_get("", "note").map_err(e)?,
        happened_at: row.try_get("", "happened_at").map_err(e)?,
        follow_up_at: row.try_get("", "follow_up_at").map_err(e)?,
        follow_up_done: row.try_get("", "follow_up_done").map_err(e)?,
        created_at: row.try_get("", "created_at").map_err(e)?,
    })
}

async fn insert<C: ConnectionTrait>(conn: &C, entry: &NewInteraction) -> DomainResult<i64> {
    let mut insert = Query::insert()
        .into_table("interactions")
        .columns(["customer_id", "author_id", "kind", "life_event", "note", "happened_at", "follow_up_at", "follow_up_done", "created_at"])
        .values_panic([
            entry.customer_id.into(),
            entry.author_id.into(),
            entry.kind.as_str().into(),
            entry.life_event.map(LifeEvent::as_str).into(),
            entry.note.clone().into(),
            entry.happened_at.into(),
            entry.follow_up_at.into(),
            false.into(),
            now().into(),
        ])
        .to_owned();
    insert_returning_id(conn, &mut insert).await.map_err(db_err)
}

async fn one<C: ConnectionTrait>(conn: &C, id: i64) -> DomainResult<Option<Interaction>> {
    let query = select().and_where(Expr::col(("i", "id")).eq(id)).to_owned();
    conn.query_one(&query).await.map_err(db_err)?.map(|row| parse(&row)).transpose()
}

impl Store {
    async fn interaction_page(
        &self,
        cond: Cond,
        order: (&'static str, Order),
        page: u64,
        per_page: u64,
    ) -> DomainResult<Page<Interaction>> {
        let count =
            Query::select().expr(Func::count(Expr::col(("i", "id")))).from_as("interactions", "i").cond_where(cond.clone()).to_owned();
        let total = match self.db.query_one(&count).await.map_err(db_err)? {
            Some(row) => row.try_get_by_index::<i64>(0).map_err(DomainError::internal)?,
            None => 0,
        };
        let query = select()
            .cond_where(cond)
            .order_by(("i", order.0), order.1.clone())
            .order_by(("i", "id"), order.1)
            .limit(per_page)
            .offset((page - 1) * per_page)
            .to_owned();
        let items = self.db.query_all(&query).await.map_err(db_err)?.iter().map(parse).collect::<DomainResult<Vec<_>>>()?;
        Ok(Page { items, total: u64::try_from(total).unwrap_or(0), page, per_page })
    }
}

#[async_trait]
impl InteractionLog for Store {
    async fn record(&self, entry: &NewInteraction) -> DomainResult<Interaction> {
        let id = insert(&self.db, entry).await?;
        one(&self.db, id).await?.ok_or_else(|| DomainError::internal("a recorded interaction vanished"))
    }

    async fn timeline(&self, customer_id: UserId, page: u64, per_page: u64) -> DomainResult<Page<Interaction>> {
        let cond = Cond::all().add(Expr::col(("i", "customer_id")).eq(customer_id));
        self.interaction_page(cond, ("happened_at", Order::Desc), page, per_page).await
    }

    async fn follow_ups(&self, query: &FollowUpQuery) -> DomainResult<Page<Interaction>> {
        let mut cond = Cond::all().add(Expr::col(("i", "follow_up_at")).is_not_null()).add(Expr::col(("i", "follow_up_done")).eq(false));
        if let Some(due) = query.due_before {
            cond = cond.add(Expr::col(("i", "follow_up_at")).lte(due));
        }
        if let Some(manager) = query.manager_id {
            let book =
                Query::select().column("user_id").from("customer_profiles").and_where(Expr::col("manager_id").eq(manager)).to_owned();
            cond = cond.add(Expr::col(("i", "customer_id")).in_subquery(book));
        }
        if let Some(units) = &query.units {
            cond = cond.add(Expr::col(("i", "customer_id")).in_subquery(members_of(units)));
        }
        self.interaction_page(cond, ("follow_up_at", Order::Asc), query.page, query.per_page).await
    }

    async fn interaction(&self, id: i64) -> DomainResult<Option<Interaction>> {
        one(&self.db, id).await
    }

    async fn complete(&self, id: i64) -> DomainResult<bool> {
        let update = Query::update()
            .table("interactions")
            .value("follow_up_done", true)
            .and_where(Expr::col("id").eq(id))
            .and_where(Expr::col("follow_up_at").is_not_null())
            .and_where(Expr::col("follow_up_done").eq(false))
            .to_owned();
        Ok(self.db.execute(&update).await.map_err(db_err)?.rows_affected() == 1)
    }

    async fn request_contact(&self, entry: &NewInteraction) -> DomainResult<(Interaction, bool)> {
        let txn = self.begin_write().await?;
        // The customer's profile row serialises their requests (SQLite's write lock does too).
        lock_rows(&txn, "customer_profiles", "user_id", &[entry.customer_id]).await?;
        let open = select()
            .and_where(Expr::col(("i", "customer_id")).eq(entry.customer_id))
            .and_where(Expr::col(("i", "kind")).eq(InteractionKind::ContactRequest.as_str()))
            .and_where(Expr::col(("i", "follow_up_done")).eq(false))
            .order_by(("i", "id"), Order::Asc)
            .limit(1)
            .to_owned();
        if let Some(row) = txn.query_one(&open).await.map_err(db_err)? {
            let existing = parse(&row)?;
            txn.commit().await.map_err(db_err)?;
            return Ok((existing, false));
        }
        let id = insert(&txn, entry).await?;
        let created = one(&txn, id).await?.ok_or_else(|| DomainError::internal("a contact request vanished"))?;
        txn.commit().await.map_err(db_err)?;
        Ok((created, true))
    }
}
