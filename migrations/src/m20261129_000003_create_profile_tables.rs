//! Customer and manager profiles and their tags (join tables, filterable in SQL).
//!
//! The `*_mask` columns repeat the join tables as bits (a tag's position is its bit) so the
//! matching engine loads a million profiles without a join; the adapter writes both in one
//! transaction.

use sea_orm_migration::prelude::*;

use crate::helpers::{big, big_null, create_index, create_table, drop_tables, flag, int, int_null, text_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn tag_table(name: &'static str, owner_fk: &'static str) -> TableCreateStatement {
    Table::create()
        .table(name)
        .col(big("user_id"))
        .col(int("tag_id"))
        .primary_key(Index::create().col("user_id").col("tag_id"))
        .foreign_key(ForeignKey::create().name(owner_fk).from(name, "user_id").to("users", "id").on_delete(ForeignKeyAction::Cascade))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(
            manager,
            Table::create()
                .table("customer_profiles")
                .col(ColumnDef::new("user_id").big_integer().not_null().primary_key())
                .col(ColumnDef::new("age").small_integer().null())
                .col(ColumnDef::new("occupation").string_len(100).not_null().default(""))
                .col(ColumnDef::new("total_assets").big_integer().not_null().default(0))
                .col(ColumnDef::new("needs_mask").big_integer().not_null().default(0))
                .col(ColumnDef::new("hobbies_mask").big_integer().not_null().default(0))
                .col(text_null("class", 1))
                .col(int_null("segment"))
                .col(big_null("manager_id"))
                .col(int_null("match_score"))
                .col(int_null("needs_match"))
                .col(int_null("hobbies_match"))
                .col(text_null("assigned_reason", 20))
                .col(big_null("assigned_by"))
                .col(big_null("assigned_run"))
                .col(big_null("assigned_at"))
                .col(big("updated_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_customer_profiles_user")
                        .from("customer_profiles", "user_id")
                        .to("users", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_customer_profiles_manager")
                        .from("customer_profiles", "manager_id")
                        .to("users", "id")
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        create_index(manager, "ix_customer_profiles_manager", "customer_profiles", &["manager_id"], false).await?;
        create_index(manager, "ix_customer_profiles_class", "customer_profiles", &["class"], false).await?;
        create_index(manager, "ix_customer_profiles_segment", "customer_profiles", &["segment"], false).await?;
        create_table(
            manager,
            Table::create()
                .table("manager_profiles")
                .col(ColumnDef::new("user_id").big_integer().not_null().primary_key())
                .col(int("capacity"))
                .col(flag("active", true))
                .col(ColumnDef::new("capabilities_mask").big_integer().not_null().default(0))
                .col(ColumnDef::new("hobbies_mask").big_integer().not_null().default(0))
                .col(big("updated_at"))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_manager_profiles_user")
                        .from("manager_profiles", "user_id")
                        .to("users", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        create_table(manager, tag_table("customer_tags", "fk_customer_tags_user")).await?;
        create_index(manager, "ix_customer_tags_tag", "customer_tags", &["tag_id", "user_id"], false).await?;
        create_table(manager, tag_table("manager_tags", "fk_manager_tags_user")).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["manager_tags", "customer_tags", "manager_profiles", "customer_profiles"]).await
    }
}
