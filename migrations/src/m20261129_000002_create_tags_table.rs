//! Tag vocabularies (needs, hobbies) with the original system's tags installed.

use sea_orm_migration::prelude::*;

use crate::helpers::{create_index, create_table, drop_tables, int, text};

const NEEDS: [&str; 9] = ["savings", "investment", "insurance", "loan", "mortgage", "retirement", "tax", "education", "wealthManagement"];
const HOBBIES: [&str; 17] = [
    "travel",
    "sports",
    "reading",
    "music",
    "art",
    "cooking",
    "technology",
    "fitness",
    "charity",
    "investing",
    "realestate",
    "gaming",
    "gardening",
    "cars",
    "fashion",
    "photography",
    "wine",
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(
            manager,
            Table::create()
                .table("tags")
                .col(ColumnDef::new("id").integer().not_null().auto_increment().primary_key())
                .col(text("kind", 16))
                .col(text("name", 40))
                .col(int("position"))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ux_tags_kind_name", "tags", &["kind", "name"], true).await?;
        create_index(manager, "ux_tags_kind_position", "tags", &["kind", "position"], true).await?;
        let mut insert = Query::insert();
        insert.into_table("tags").columns(["kind", "name", "position"]);
        for (kind, names) in [("need", &NEEDS[..]), ("hobby", &HOBBIES[..])] {
            for (position, name) in names.iter().enumerate() {
                insert.values_panic([
                    kind.into(),
                    (*name).into(),
                    <i32 as std::convert::TryFrom<usize>>::try_from(position).unwrap_or_default().into(),
                ]);
            }
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(manager, &["tags"]).await
    }
}
