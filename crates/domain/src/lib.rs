//! Portrait's domain: customers, managers, tags, scoring, assignment and the ports
//! the outside world plugs into. Knows no framework, database or HTTP.

pub mod analytics;
pub mod assignment;
pub mod background_job;
pub mod closed_set;
pub mod customer;
pub mod error;
pub mod error_code;
pub mod exchange;
pub mod jobs;
pub mod limits;
pub mod manager;
pub mod ops;
pub mod organisation;
pub mod ports;
pub mod relationship;
pub mod runs;
pub mod scoring;
pub mod segmentation;
pub mod services;
pub mod staff;
pub mod tags;
pub mod user;

pub use error::DomainError;
pub use error_code::ErrorCode;
