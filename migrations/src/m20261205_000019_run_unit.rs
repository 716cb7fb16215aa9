//! A run's `unit_id` on `assignment_runs`: the unit whose subtree it covers. Empty — the
//! whole bank — for every existing run and every import.

use sea_orm_migration::prelude::*;

use crate::helpers::big_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("assignment_runs").add_column(big_null("unit_id")).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("assignment_runs").drop_column("unit_id").to_owned()).await
    }
}
