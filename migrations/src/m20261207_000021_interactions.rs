//! The relationship record: `interactions`, one row per contact with a customer (a call, a
//! meeting, a message, a visit), life event or contact request, with an optional follow-up
//! date and whether it is done.

use sea_orm_migration::prelude::*;

use crate::helpers::{big, big_id, big_null, create_index, create_table, drop_tables, flag, text, text_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(
            manager,
            Table::create()
                .table("interactions")
                .col(big_id("id"))
                .col(big("customer_id"))
                .col(big("author_id"))
                .col(text("kind", 32))
                .col(text_null("life_event", 32))
                .col(text_null("note", 1000))
                .col(big("happened_at"))
                .col(big_null("follow_up_at"))
                .col(flag("follow_up_done", false))
                .col(big("created_at"))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ix_interactions_customer", "interactions", &["customer_id", "id"], false).await?;
        create_index(manager, "ix_interactions_follow_up", "interactions", &["follow_up_done", "follow_up_at"], false).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["interactions"]).await
    }
}
