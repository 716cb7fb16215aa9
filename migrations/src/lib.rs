//! Portrait's schema: one set of migrations for SQLite, MySQL/MariaDB and PostgreSQL.
//!
//! Times are Unix seconds in BIGINT columns so every backend stores and compares them
//! alike; text tables on MySQL are utf8mb4 because names are Chinese.

pub use sea_orm_migration::prelude::*;

mod helpers;
mod m20261129_000001_create_users_table;
mod m20261129_000002_create_tags_table;
mod m20261129_000003_create_profile_tables;
mod m20261129_000004_create_history_and_audit_tables;
mod m20261129_000005_create_assignment_run_tables;
mod m20261129_000006_index_changes_by_customer;
mod m20261130_000007_index_profile_changes;
mod m20261130_000008_create_import_rows_table;
mod m20261130_000009_create_login_failures_table;
mod m20261130_000010_index_customer_sorts;
mod m20261201_000011_harden_accounts;
mod m20261201_000012_record_job_holders;
mod m20261202_000013_profile_created_at;
mod m20261203_000014_organisation_units;
mod m20261203_000015_password_change_required;
mod m20261203_000016_staff_details;
mod m20261204_000017_run_departure;
mod m20261204_000018_import_row_unit;
mod m20261205_000019_run_unit;
mod m20261206_000020_audit_unit;
mod m20261207_000021_interactions;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_create_users_table::Migration),
            Box::new(m20261129_000002_create_tags_table::Migration),
            Box::new(m20261129_000003_create_profile_tables::Migration),
            Box::new(m20261129_000004_create_history_and_audit_tables::Migration),
            Box::new(m20261129_000005_create_assignment_run_tables::Migration),
            Box::new(m20261129_000006_index_changes_by_customer::Migration),
            Box::new(m20261130_000007_index_profile_changes::Migration),
            Box::new(m20261130_000008_create_import_rows_table::Migration),
            Box::new(m20261130_000009_create_login_failures_table::Migration),
            Box::new(m20261130_000010_index_customer_sorts::Migration),
            Box::new(m20261201_000011_harden_accounts::Migration),
            Box::new(m20261201_000012_record_job_holders::Migration),
            Box::new(m20261202_000013_profile_created_at::Migration),
            Box::new(m20261203_000014_organisation_units::Migration),
            Box::new(m20261203_000015_password_change_required::Migration),
            Box::new(m20261203_000016_staff_details::Migration),
            Box::new(m20261204_000017_run_departure::Migration),
            Box::new(m20261204_000018_import_row_unit::Migration),
            Box::new(m20261205_000019_run_unit::Migration),
            Box::new(m20261206_000020_audit_unit::Migration),
            Box::new(m20261207_000021_interactions::Migration),
        ]
    }
}
