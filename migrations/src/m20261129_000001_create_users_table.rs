//! Users (all three roles) and revoked tokens.

use sea_orm_migration::prelude::*;

use crate::helpers::{big, big_id, create_index, create_table, drop_tables, flag, text, text_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(
            manager,
            Table::create()
                .table("users")
                .col(big_id("id"))
                .col(text("username", 50))
                .col(text("display_name", 100))
                .col(text_null("password_hash", 100))
                .col(text("role", 16))
                .col(flag("active", true))
                .col(ColumnDef::new("token_version").integer().not_null().default(0))
                .col(big("created_at"))
                .col(big("updated_at"))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ux_users_username", "users", &["username"], true).await?;
        create_index(manager, "ix_users_role", "users", &["role"], false).await?;
        create_table(
            manager,
            Table::create()
                .table("revoked_tokens")
                .col(ColumnDef::new("jti").string_len(64).not_null().primary_key())
                .col(big("user_id"))
                .col(big("expires_at"))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ix_revoked_tokens_expires_at", "revoked_tokens", &["expires_at"], false).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["revoked_tokens", "users"]).await
    }
}
