//! `customer_profiles.created_at` (Unix seconds), which the original system's clients read
//! beside `updated_at`. Existing rows take their user's creation time (a profile is made
//! with its user, in one transaction); the column stays nullable because SQLite cannot add
//! a NOT NULL column without a constant default, and 0 would read as 1970 — readers fall
//! back to the user's creation time instead.

use sea_orm_migration::prelude::*;

use crate::helpers::big_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("customer_profiles").add_column(big_null("created_at")).to_owned()).await?;
        // A correlated subquery on another table: the one UPDATE form all three backends take.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE customer_profiles SET created_at = COALESCE((SELECT u.created_at FROM users u WHERE u.id = customer_profiles.user_id), updated_at)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("customer_profiles").drop_column("created_at").to_owned()).await
    }
}
