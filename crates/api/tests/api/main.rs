//! Black-box API tests: a real `portrait` server on port 0 over a real database.

mod helpers;

mod analytics;
mod auth;
mod dashboard;
mod errors;
mod faults;
mod operations;
mod profiles;
mod runs;
mod seeding;
