//! HTTP request and response bodies, one module per area beside `routes/<area>.rs` (kept
//! apart from domain types; converted here).

pub mod admin;
pub mod analytics;
pub mod assignments;
pub mod auth;
pub mod dashboard;
pub mod exchange;
pub mod health;
pub mod paging;
pub mod profiles;
pub mod runs;
pub mod tags;
pub mod users;
