//! Failed logins in the database instead of each process's memory, so every replica
//! throttles the same attempts.

use sea_orm_migration::prelude::*;

use crate::helpers::{big, big_id, create_index, create_table, drop_tables, text};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(
            manager,
            Table::create()
                .table("login_failures")
                .col(big_id("id"))
                // "u:" + a username or "c:" + a client address, at most 100 characters each.
                .col(text("subject", 110))
                .col(big("at"))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ix_login_failures_subject_at", "login_failures", &["subject", "at"], false).await?;
        create_index(manager, "ix_login_failures_at", "login_failures", &["at"], false).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["login_failures"]).await
    }
}
