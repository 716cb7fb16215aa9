//! Committing a run looks its changes up by (run, customer).

use sea_orm_migration::prelude::*;

use crate::helpers::create_index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_index(manager, "ix_assignment_changes_run_customer", "assignment_changes", &["run_id", "customer_id"], true).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name("ix_assignment_changes_run_customer").table("assignment_changes").to_owned()).await
    }
}
