//! The bank's organisation: `org_units`, a tree (head office → branches → sub-branches, any
//! depth) with a unique code and a name, and `users.unit_id`, the unit every account belongs
//! to — a manager's unit, a customer's home unit, an admin's scope.
//!
//! An existing installation gets one root unit, the head office (id 1, code `HQ`), and every
//! existing account belongs to it, so it behaves exactly as before. `users.unit_id` defaults
//! to that root: an account written without a unit (by a DBA's script, say) is the head
//! office's. Units are closed, never deleted, so `unit_id` always names a row.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

use crate::helpers::{big, big_id, big_null, create_index, create_table, drop_tables, int, text};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(
            manager,
            Table::create()
                .table("org_units")
                .col(big_id("id"))
                .col(text("code", 32))
                .col(text("name", 100))
                .col(big_null("parent_id"))
                .col(int("depth"))
                .col(big_null("closed_at"))
                .col(big("created_at"))
                .col(big("updated_at"))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ux_org_units_code", "org_units", &["code"], true).await?;
        create_index(manager, "ix_org_units_parent", "org_units", &["parent_id"], false).await?;
        let connection = manager.get_connection();
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        connection
            .execute_unprepared(&format!(
                "INSERT INTO org_units (id, code, name, parent_id, depth, created_at, updated_at) VALUES (1, 'HQ', '总行', NULL, 0, {now}, {now})"
            ))
            .await?;
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            // An explicit id does not move PostgreSQL's sequence: the next unit would collide.
            connection.execute_unprepared("SELECT setval(pg_get_serial_sequence('org_units', 'id'), 1)").await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("users")
                    .add_column(ColumnDef::new("unit_id").big_integer().not_null().default(1).to_owned())
                    .to_owned(),
            )
            .await?;
        create_index(manager, "ix_users_unit", "users", &["unit_id", "role"], false).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name("ix_users_unit").table("users").to_owned()).await?;
        manager.alter_table(Table::alter().table("users").drop_column("unit_id").to_owned()).await?;
        drop_tables(manager, &["org_units"]).await
    }
}
