//! Staff details on `users`: a manager's `grade` (1–9), and a work `phone` and `email` for
//! managers and admins. All empty for existing accounts.

use sea_orm_migration::prelude::*;

use crate::helpers::{int_null, text_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [int_null("grade"), text_null("phone", 32), text_null("email", 254)] {
            manager.alter_table(Table::alter().table("users").add_column(column).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["email", "phone", "grade"] {
            manager.alter_table(Table::alter().table("users").drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}
