//! Usernames unique whatever their case, who created each account and set its password, and
//! an attempt id on throttle rows.
//!
//! - `users.username_key`: the lower-cased username, a column the database computes from
//!   `username` (so every insert — the API, seeding, imports, a DBA's — fills it), with a unique
//!   index: `Admin` cannot sit next to `admin` on SQLite or PostgreSQL either (MySQL's
//!   `_ci` collation already refused it). Lookups compare on it.
//! - `users.created_by`, `users.password_set_by`, `users.password_set_at`: for maker-checker,
//!   an account an admin created or gave a password is in that admin's hands.
//! - `login_failures.attempt`: the id of the attempt a row was reserved for, so a blocked or
//!   successful attempt removes exactly its own rows.
//!
//! Existing usernames that differ only in case stop the migration with their names and ids;
//! rename one of each pair, then migrate again.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{DatabaseBackend, Statement};

use crate::helpers::{big_null, text_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Usernames sharing a lower-cased form, as `id username` groups, or `None` when none do.
async fn case_duplicates(manager: &SchemaManager<'_>) -> Result<Option<String>, DbErr> {
    let backend = manager.get_database_backend();
    let sql = "SELECT id, username, LOWER(username) AS k FROM users WHERE LOWER(username) IN \
               (SELECT LOWER(username) FROM users GROUP BY LOWER(username) HAVING COUNT(*) > 1) ORDER BY LOWER(username), id";
    let rows = manager.get_connection().query_all_raw(Statement::from_string(backend, sql.to_owned())).await?;
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for row in rows {
        let id: i64 = row.try_get("", "id")?;
        let username: String = row.try_get("", "username")?;
        let key: String = row.try_get("", "k")?;
        match groups.last_mut() {
            Some((last, members)) if *last == key => members.push(format!("{username} (id {id})")),
            _ => groups.push((key, vec![format!("{username} (id {id})")])),
        }
    }
    if groups.is_empty() {
        return Ok(None);
    }
    Ok(Some(groups.iter().map(|(_, members)| members.join(" = ")).collect::<Vec<_>>().join("; ")))
}

/// `ALTER TABLE users ADD COLUMN username_key …` computed from `username`, per backend: SQLite
/// can add only a virtual generated column (indexable all the same), PostgreSQL only a stored
/// one; MySQL and MariaDB take either.
fn add_username_key(backend: DatabaseBackend) -> &'static str {
    match backend {
        DatabaseBackend::Sqlite => "ALTER TABLE users ADD COLUMN username_key VARCHAR(50) GENERATED ALWAYS AS (lower(username)) VIRTUAL",
        _ => "ALTER TABLE users ADD COLUMN username_key VARCHAR(50) GENERATED ALWAYS AS (LOWER(username)) STORED",
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if let Some(duplicates) = case_duplicates(manager).await? {
            return Err(DbErr::Migration(format!(
                "usernames must be unique whatever their case, and these differ only in case: {duplicates}. \
                 Rename one of each (e.g. UPDATE users SET username = 'admin-2' WHERE id = …; that user logs in with \
                 the new name), then run the migration again."
            )));
        }
        let connection = manager.get_connection();
        let backend = manager.get_database_backend();
        connection.execute_unprepared(add_username_key(backend)).await?;
        manager.create_index(Index::create().name("ux_users_username_key").table("users").col("username_key").unique().to_owned()).await?;
        for column in [big_null("created_by"), big_null("password_set_by"), big_null("password_set_at")] {
            manager.alter_table(Table::alter().table("users").add_column(column).to_owned()).await?;
        }
        manager.alter_table(Table::alter().table("login_failures").add_column(text_null("attempt", 36)).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("login_failures").drop_column("attempt").to_owned()).await?;
        for column in ["password_set_at", "password_set_by", "created_by"] {
            manager.alter_table(Table::alter().table("users").drop_column(column).to_owned()).await?;
        }
        manager.drop_index(Index::drop().name("ux_users_username_key").table("users").to_owned()).await?;
        manager.alter_table(Table::alter().table("users").drop_column("username_key").to_owned()).await
    }
}
