//! Black-box API tests: a real `portrait` server on port 0 over a real database.

mod helpers;

mod analytics;
mod approval;
mod audit_log;
mod auth;
mod bodies;
mod candidates;
mod compat;
mod contract;
mod dashboard;
mod departure;
mod errors;
mod exchange;
mod exchange_codes;
mod exchange_export;
mod exchange_units;
mod faults;
mod faults_support;
mod manager_profiles;
mod missing_database;
mod openapi_document;
mod operations;
mod organisation;
mod own_password;
mod passwords;
mod profiles;
mod races;
mod relationship;
mod runs;
mod scoped_admin;
mod scoped_reads;
mod seeding;
mod staff;
mod throttle;
mod unit_runs;
