//! Black-box API tests: a real `portrait` server on port 0 over a real database.

mod helpers;

mod analytics;
mod auth;
mod bodies;
mod compat;
mod dashboard;
mod errors;
mod exchange;
mod exchange_codes;
mod exchange_export;
mod faults;
mod operations;
mod passwords;
mod profiles;
mod races;
mod runs;
mod seeding;
mod throttle;
