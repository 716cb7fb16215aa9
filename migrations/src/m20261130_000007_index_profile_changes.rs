//! The analytics cache asks "has anything changed?" with MAX(updated_at): an index answers it
//! without reading a million rows.

use sea_orm_migration::prelude::*;

use crate::helpers::create_index;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEXES: [(&str, &str); 2] =
    [("ix_customer_profiles_updated_at", "customer_profiles"), ("ix_manager_profiles_updated_at", "manager_profiles")];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in INDEXES {
            create_index(manager, name, table, &["updated_at"], false).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in INDEXES {
            manager.drop_index(Index::drop().name(name).table(table).to_owned()).await?;
        }
        Ok(())
    }
}
