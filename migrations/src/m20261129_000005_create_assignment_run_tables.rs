//! Assignment runs, their proposed changes, segment personas and the job lock that lets
//! exactly one server process run a long job at a time.

use sea_orm_migration::prelude::*;

use crate::helpers::{
    big, big_id, big_null, create_index, create_table, drop_tables, flag, int, int_null, long_text_null, text, text_null,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(
            manager,
            Table::create()
                .table("assignment_runs")
                .col(big_id("id"))
                .col(text("kind", 32))
                .col(text("status", 16))
                .col(text("phase", 32))
                .col(int("progress"))
                .col(flag("dry_run", false))
                .col(flag("rebalance", false))
                .col(int_null("k"))
                .col(big_null("subject_id"))
                .col(big("requested_by"))
                .col(big_null("committed_by"))
                .col(big("created_at"))
                .col(big_null("finished_at"))
                .col(big_null("duration_ms"))
                .col(long_text_null("summary"))
                .col(text_null("error", 500))
                .to_owned(),
        )
        .await?;
        create_table(
            manager,
            Table::create()
                .table("assignment_changes")
                .col(big_id("id"))
                .col(big("run_id"))
                .col(big("customer_id"))
                .col(big_null("from_manager_id"))
                .col(big_null("to_manager_id"))
                .col(int_null("score_before"))
                .col(int_null("score_after"))
                .col(int_null("needs_match"))
                .col(int_null("hobbies_match"))
                .col(text_null("class", 1))
                .col(text("reason", 20))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ix_assignment_changes_run", "assignment_changes", &["run_id", "id"], false).await?;
        create_table(
            manager,
            Table::create()
                .table("segments")
                .col(ColumnDef::new("id").integer().not_null().primary_key())
                .col(big("size"))
                .col(long_text_null("persona"))
                .col(big_null("run_id"))
                .col(big("computed_at"))
                .to_owned(),
        )
        .await?;
        create_table(
            manager,
            Table::create()
                .table("job_locks")
                .col(ColumnDef::new("name").string_len(32).not_null().primary_key())
                .col(text("holder", 64))
                .col(big_null("run_id"))
                .col(big("acquired_at"))
                .col(big("heartbeat_at"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["job_locks", "segments", "assignment_changes", "assignment_runs"]).await
    }
}
