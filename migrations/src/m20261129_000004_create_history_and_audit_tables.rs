//! Match history (one row per change of a customer's manager) and the audit log.

use sea_orm_migration::prelude::*;

use crate::helpers::{big, big_id, big_null, create_index, create_table, drop_tables, int_null, long_text_null, text, text_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(
            manager,
            Table::create()
                .table("match_history")
                .col(big_id("id"))
                .col(big("customer_id"))
                .col(big_null("from_manager_id"))
                .col(big_null("to_manager_id"))
                .col(int_null("score"))
                .col(int_null("needs_match"))
                .col(int_null("hobbies_match"))
                .col(text("reason", 20))
                .col(big_null("run_id"))
                .col(big_null("actor_id"))
                .col(text_null("note", 500))
                .col(big("created_at"))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ix_match_history_customer", "match_history", &["customer_id", "id"], false).await?;
        create_index(manager, "ix_match_history_run", "match_history", &["run_id"], false).await?;
        create_table(
            manager,
            Table::create()
                .table("audit_log")
                .col(big_id("id"))
                .col(big_null("actor_id"))
                .col(text("action", 64))
                .col(text("target", 100))
                .col(long_text_null("before_state"))
                .col(long_text_null("after_state"))
                .col(text_null("client", 64))
                .col(big("created_at"))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ix_audit_log_created", "audit_log", &["created_at"], false).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["audit_log", "match_history"]).await
    }
}
