//! An audit entry's `unit_id`: the unit of what it changed, so a branch's admins read the
//! entries of their part of the organisation. Empty — the head office's alone — for entries
//! written before it and for bank-wide ones (tags, whole-bank runs).

use sea_orm_migration::prelude::*;

use crate::helpers::{big_null, create_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("audit_log").add_column(big_null("unit_id")).to_owned()).await?;
        create_index(manager, "ix_audit_log_unit", "audit_log", &["unit_id", "id"], false).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name("ix_audit_log_unit").table("audit_log").to_owned()).await?;
        manager.alter_table(Table::alter().table("audit_log").drop_column("unit_id").to_owned()).await
    }
}
