//! Adapters behind Portrait's ports: the SQL store (sea-orm over SQLite, MySQL/MariaDB and
//! PostgreSQL), bcrypt password hashing, JWT tokens, the clock and synthetic data.

pub mod analytics;
pub mod audit;
pub mod book_snapshot;
pub mod clock;
pub mod customer_filters;
pub mod customers;
pub mod db;
mod demo_units;
mod departure;
pub mod exchange;
pub mod hashing;
pub mod interactions;
pub mod job_lock;
pub mod login_failures;
pub mod managers;
pub mod manual_assignments;
pub mod ops;
pub mod org_units;
pub mod process;
pub mod proposals;
pub mod run_log;
pub mod runner;
pub mod seed;
mod seed_synthetic;
mod seed_units;
pub mod segmentation;
pub mod staff_directory;
pub mod tags;
pub mod tokens;
pub mod users;

pub use db::{Store, connect};
