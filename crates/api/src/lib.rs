//! Portrait's HTTP API and command line: handlers, DTOs, OpenAPI, configuration and the
//! wiring of adapters into services.

pub mod cli;
pub mod config;
pub mod http;
pub mod startup;
pub mod state;
pub mod telemetry;
