//! The user repository: accounts, credentials, token versions and where each account came from.
//! Usernames are looked up by `username_key` (the lower-cased name the database computes and
//! keeps unique, migration 000011), so `Admin` finds `admin` and cannot be created beside it.

use async_trait::async_trait;
use portrait_domain::ErrorCode;
use portrait_domain::ports::{AccountOrigin, Credentials, NewUser, UserRepository};
use portrait_domain::user::{Role, User, UserId, username_key};
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ConnectionTrait, QueryResult};

use crate::db::{Store, db_err, insert_returning_id, now};

fn user_columns() -> SelectStatement {
    Query::select()
        .columns(["id", "username", "display_name", "role", "active", "password_hash", "token_version", "must_change_password", "unit_id"])
        // The head office is the unit without a parent.
        .expr_as(Expr::cust("(SELECT o.parent_id FROM org_units o WHERE o.id = users.unit_id)"), "unit_parent")
        .from("users")
        .to_owned()
}

fn user_from_row(row: &QueryResult) -> DomainResult<(User, Option<String>, i32)> {
    let get_err = |e: sea_orm::DbErr| DomainError::internal(e);
    let role: String = row.try_get("", "role").map_err(get_err)?;
    let user = User {
        id: row.try_get("", "id").map_err(get_err)?,
        username: row.try_get("", "username").map_err(get_err)?,
        display_name: row.try_get("", "display_name").map_err(get_err)?,
        role: Role::parse(&role).map_err(|_| DomainError::internal(format!("unknown role {role}")))?,
        active: row.try_get("", "active").map_err(get_err)?,
        must_change_password: row.try_get("", "must_change_password").map_err(get_err)?,
        unit_id: row.try_get("", "unit_id").map_err(get_err)?,
        head_office: row.try_get::<Option<i64>>("", "unit_parent").map_err(get_err)?.is_none(),
    };
    let hash: Option<String> = row.try_get("", "password_hash").map_err(get_err)?;
    let version: i32 = row.try_get("", "token_version").map_err(get_err)?;
    Ok((user, hash, version))
}

/// Inserts the user row and the empty profile its role needs, on any connection (so the
/// seeders can use it inside their own transaction).
/// # Errors
/// `UsernameTaken` on a duplicate username.
pub async fn insert_user<C: ConnectionTrait>(conn: &C, user: &NewUser) -> DomainResult<User> {
    let now = now();
    let mut insert = Query::insert();
    insert
        .into_table("users")
        .columns([
            "username",
            "display_name",
            "password_hash",
            "role",
            "active",
            "token_version",
            "created_at",
            "updated_at",
            "created_by",
            "must_change_password",
        ])
        .values_panic([
            user.username.clone().into(),
            user.display_name.clone().into(),
            user.password_hash.clone().into(),
            user.role.as_str().into(),
            true.into(),
            0i32.into(),
            now.into(),
            now.into(),
            user.created_by.into(),
            // An account an admin made has a password that admin knows.
            user.created_by.is_some().into(),
        ]);
    let id = insert_returning_id(conn, &mut insert).await.map_err(|e| match db_err(e) {
        DomainError::Conflict { code: ErrorCode::Duplicate, .. } => DomainError::UsernameTaken,
        other => other,
    })?;
    match user.role {
        Role::Customer => {
            let profile = Query::insert()
                .into_table("customer_profiles")
                .columns(["user_id", "created_at", "updated_at"])
                .values_panic([id.into(), now.into(), now.into()])
                .to_owned();
            conn.execute(&profile).await.map_err(db_err)?;
        }
        Role::Manager => {
            let profile = Query::insert()
                .into_table("manager_profiles")
                .columns(["user_id", "capacity", "active", "updated_at"])
                .values_panic([id.into(), i64::from(user.manager_capacity).into(), true.into(), now.into()])
                .to_owned();
            conn.execute(&profile).await.map_err(db_err)?;
        }
        Role::Admin => {}
    }
    Ok(User {
        id,
        username: user.username.clone(),
        display_name: user.display_name.clone(),
        role: user.role,
        active: true,
        must_change_password: user.created_by.is_some(),
        // A new account belongs to the head office (the column's default) until it is placed.
        unit_id: 1,
        head_office: true,
    })
}

#[async_trait]
impl UserRepository for Store {
    async fn create(&self, user: NewUser) -> DomainResult<User> {
        let txn = self.begin_write().await?;
        let created = insert_user(&txn, &user).await?;
        txn.commit().await.map_err(db_err)?;
        Ok(created)
    }

    async fn credentials(&self, username: &str) -> DomainResult<Option<Credentials>> {
        let query = user_columns().and_where(Expr::col("username_key").eq(username_key(username))).to_owned();
        let Some(row) = self.db.query_one(&query).await.map_err(db_err)? else { return Ok(None) };
        let (user, password_hash, token_version) = user_from_row(&row)?;
        Ok(Some(Credentials { user, password_hash, token_version }))
    }

    async fn session_state(&self, id: UserId) -> DomainResult<Option<(User, i32)>> {
        let query = user_columns().and_where(Expr::col("id").eq(id)).to_owned();
        let Some(row) = self.db.query_one(&query).await.map_err(db_err)? else { return Ok(None) };
        let (user, _, version) = user_from_row(&row)?;
        Ok(Some((user, version)))
    }

    async fn set_password(&self, id: UserId, password_hash: &str, set_by: UserId) -> DomainResult<bool> {
        let now = now();
        let mut update = Query::update()
            .table("users")
            .value("password_hash", password_hash)
            .value("token_version", Expr::col("token_version").add(1))
            .value("updated_at", now)
            .value("must_change_password", set_by != id)
            .and_where(Expr::col("id").eq(id))
            .to_owned();
        // A user's own change keeps who last set it for them: an admin who reset a password
        // and then changed it as that user must not make the account look independent of
        // them to maker-checker.
        if set_by != id {
            update.value("password_set_by", set_by).value("password_set_at", now);
        }
        Ok(self.db.execute(&update).await.map_err(db_err)?.rows_affected() == 1)
    }

    async fn account_origin(&self, id: UserId) -> DomainResult<Option<AccountOrigin>> {
        let query = Query::select()
            .columns(["created_at", "created_by", "password_set_at", "password_set_by"])
            .from("users")
            .and_where(Expr::col("id").eq(id))
            .to_owned();
        let Some(row) = self.db.query_one(&query).await.map_err(db_err)? else { return Ok(None) };
        let get_err = |e: sea_orm::DbErr| DomainError::internal(e);
        Ok(Some(AccountOrigin {
            created_at: row.try_get("", "created_at").map_err(get_err)?,
            created_by: row.try_get("", "created_by").map_err(get_err)?,
            password_set_at: row.try_get("", "password_set_at").map_err(get_err)?,
            password_set_by: row.try_get("", "password_set_by").map_err(get_err)?,
        }))
    }
}

#[cfg(test)]
#[path = "users_tests.rs"]
mod tests;
