//! The staging area of imports: validated rows wait here, batch by batch, until one
//! transaction applies them all (or the import is rejected and they are dropped). On
//! MySQL a run's summary becomes MEDIUMTEXT: an import report listing a thousand problems
//! is larger than TEXT's 64 KB.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

use crate::helpers::{big, create_index, create_table, drop_tables, int_null, text};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(
            manager,
            Table::create()
                .table("import_rows")
                .col(big("run_id"))
                .col(big("line"))
                .col(text("username", 50))
                .col(text("display_name", 100))
                .col(ColumnDef::new("age").small_integer().null())
                .col(ColumnDef::new("occupation").string_len(100).not_null().default(""))
                .col(ColumnDef::new("total_assets").big_integer().not_null().default(0))
                .col(ColumnDef::new("needs_mask").big_integer().not_null().default(0))
                .col(ColumnDef::new("hobbies_mask").big_integer().not_null().default(0))
                .col(int_null("capacity"))
                .primary_key(Index::create().col("run_id").col("line"))
                .to_owned(),
        )
        .await?;
        create_index(manager, "ux_import_rows_run_username", "import_rows", &["run_id", "username"], true).await?;
        if manager.get_database_backend() == DatabaseBackend::MySql {
            manager.get_connection().execute_unprepared("ALTER TABLE assignment_runs MODIFY summary MEDIUMTEXT NULL").await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::MySql {
            manager.get_connection().execute_unprepared("ALTER TABLE assignment_runs MODIFY summary TEXT NULL").await?;
        }
        drop_tables(manager, &["import_rows"]).await
    }
}
