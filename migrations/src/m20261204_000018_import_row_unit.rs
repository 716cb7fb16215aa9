//! The unit a staged import row names (`import_rows.unit_id`, from the file's optional
//! `unit` column): empty keeps an existing account's unit and puts a new one at the head
//! office. Staged rows live only while an import runs, so nothing needs filling in.

use sea_orm_migration::prelude::*;

use crate::helpers::big_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("import_rows").add_column(big_null("unit_id")).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("import_rows").drop_column("unit_id").to_owned()).await
    }
}
