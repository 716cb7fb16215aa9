//! The tag vocabularies, read from the `tags` table in position order.

use async_trait::async_trait;
use portrait_domain::ErrorCode;
use portrait_domain::ports::TagRepository;
use portrait_domain::tags::{TagKind, Vocabulary};
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Func, Order, Query};

use crate::db::{Store, db_err, for_update};

/// # Errors
/// Storage failures.
pub async fn load_vocabulary<C: ConnectionTrait>(conn: &C) -> DomainResult<Vocabulary> {
    let query =
        Query::select().columns(["kind", "name"]).from("tags").order_by("kind", Order::Asc).order_by("position", Order::Asc).to_owned();
    let mut vocabulary = Vocabulary::default();
    for row in conn.query_all(&query).await.map_err(db_err)? {
        let kind: String = row.try_get("", "kind").map_err(DomainError::internal)?;
        let name: String = row.try_get("", "name").map_err(DomainError::internal)?;
        match TagKind::parse(&kind) {
            Some(TagKind::Need) => vocabulary.needs.push(name),
            Some(TagKind::Hobby) => vocabulary.hobbies.push(name),
            None => {}
        }
    }
    Ok(vocabulary)
}

/// The ids of the tags of one kind, indexed by position.
/// # Errors
/// Storage failures.
pub async fn tag_ids<C: ConnectionTrait>(conn: &C, kind: TagKind) -> DomainResult<Vec<i32>> {
    let query = Query::select()
        .columns(["id", "position"])
        .from("tags")
        .and_where(Expr::col("kind").eq(kind.as_str()))
        .order_by("position", Order::Asc)
        .to_owned();
    conn.query_all(&query).await.map_err(db_err)?.iter().map(|row| row.try_get::<i32>("", "id").map_err(DomainError::internal)).collect()
}

#[async_trait]
impl TagRepository for Store {
    async fn vocabulary(&self) -> DomainResult<Vocabulary> {
        load_vocabulary(&self.db).await
    }

    async fn add(&self, kind: TagKind, name: &str) -> DomainResult<()> {
        self.retrying(|| self.add_tag(kind, name)).await
    }
}

impl Store {
    /// One attempt at adding a tag. The kind's tags are locked and the vocabulary's rule
    /// ([`Vocabulary::can_add`]) is checked on them inside the transaction: two admins adding
    /// tags at once can neither take the same bit nor push a vocabulary past its 32 bits.
    async fn add_tag(&self, kind: TagKind, name: &str) -> DomainResult<()> {
        let txn = self.begin_write().await?;
        let backend = txn.get_database_backend();
        let lock = format!("SELECT id FROM tags WHERE kind = '{}' ORDER BY id{}", kind.as_str(), for_update(backend));
        txn.query_all_raw(sea_orm::Statement::from_string(backend, lock)).await.map_err(db_err)?;
        load_vocabulary(&txn).await?.can_add(kind, name)?;
        let next = Query::select()
            .expr_as(Func::coalesce([Expr::from(Func::max(Expr::col("position"))), Expr::val(-1)]), "last")
            .from("tags")
            .and_where(Expr::col("kind").eq(kind.as_str()))
            .to_owned();
        let last: i64 = match txn.query_one(&next).await.map_err(db_err)? {
            Some(row) => {
                row.try_get::<i64>("", "last").or_else(|_| row.try_get::<i32>("", "last").map(i64::from)).map_err(DomainError::internal)?
            }
            None => -1,
        };
        let insert = Query::insert()
            .into_table("tags")
            .columns(["kind", "name", "position"])
            .values_panic([kind.as_str().into(), name.into(), (last + 1).into()])
            .to_owned();
        txn.execute(&insert).await.map_err(|e| match db_err(e) {
            DomainError::Conflict { .. } => {
                DomainError::Conflict { code: ErrorCode::TagExists, message: format!("tag {name} already exists") }
            }
            other => other,
        })?;
        txn.commit().await.map_err(db_err)
    }
}
