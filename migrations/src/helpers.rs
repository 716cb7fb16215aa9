//! Small helpers shared by the migrations: backend-aware table options and indexes.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

/// Creates a table; on MySQL/MariaDB as InnoDB with utf8mb4.
pub async fn create_table(manager: &SchemaManager<'_>, mut table: TableCreateStatement) -> Result<(), DbErr> {
    if manager.get_database_backend() == DatabaseBackend::MySql {
        table.engine("InnoDB").character_set("utf8mb4").collate("utf8mb4_unicode_ci");
    }
    manager.create_table(table).await
}

pub async fn create_index(
    manager: &SchemaManager<'_>,
    name: &'static str,
    table: &'static str,
    columns: &[&'static str],
    unique: bool,
) -> Result<(), DbErr> {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(*column);
    }
    if unique {
        index.unique();
    }
    manager.create_index(index).await
}

pub async fn drop_tables(manager: &SchemaManager<'_>, tables: &[&'static str]) -> Result<(), DbErr> {
    for table in tables {
        manager.drop_table(Table::drop().table(*table).if_exists().to_owned()).await?;
    }
    Ok(())
}

pub fn big_id(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().auto_increment().primary_key().to_owned()
}

pub fn big(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().to_owned()
}

pub fn big_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().null().to_owned()
}

pub fn int(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).integer().not_null().to_owned()
}

pub fn int_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).integer().null().to_owned()
}

pub fn text(name: &'static str, len: u32) -> ColumnDef {
    ColumnDef::new(name).string_len(len).not_null().to_owned()
}

pub fn text_null(name: &'static str, len: u32) -> ColumnDef {
    ColumnDef::new(name).string_len(len).null().to_owned()
}

pub fn long_text_null(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().null().to_owned()
}

pub fn flag(name: &'static str, default: bool) -> ColumnDef {
    ColumnDef::new(name).boolean().not_null().default(default).to_owned()
}
