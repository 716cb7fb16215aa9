//! A transfer's `departure` on `assignment_runs`: what becomes of the departing manager
//! (`on_leave` or `deactivated`) when the transfer is applied. Empty for every existing run.

use sea_orm_migration::prelude::*;

use crate::helpers::text_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("assignment_runs").add_column(text_null("departure", 16)).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("assignment_runs").drop_column("departure").to_owned()).await
    }
}
