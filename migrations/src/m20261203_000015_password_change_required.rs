//! `users.must_change_password`: an account an admin created, or whose password an admin set,
//! must choose its own password before doing anything else. Existing accounts keep working
//! as they did (the flag starts false for all of them).

use sea_orm_migration::prelude::*;

use crate::helpers::flag;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("users").add_column(flag("must_change_password", false)).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("users").drop_column("must_change_password").to_owned()).await
    }
}
