//! Crash recovery: every run and import records the process that runs it
//! (`assignment_runs.holder`: host name, process id, scope and a random part), so a server
//! that starts can tell a dead process's jobs from a live one's; the job lock's `holder`
//! widens to fit the same text (SQLite does not enforce a VARCHAR length).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

use crate::helpers::{text, text_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Host name (63), process id (10), scope (40), random part (32) and three separators.
const HOLDER_LEN: u32 = 160;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("assignment_runs").add_column(text_null("holder", HOLDER_LEN)).to_owned()).await?;
        if manager.get_database_backend() != DatabaseBackend::Sqlite {
            manager.alter_table(Table::alter().table("job_locks").modify_column(text("holder", HOLDER_LEN)).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Sqlite {
            manager.alter_table(Table::alter().table("job_locks").modify_column(text("holder", 64)).to_owned()).await?;
        }
        manager.alter_table(Table::alter().table("assignment_runs").drop_column("holder").to_owned()).await
    }
}
