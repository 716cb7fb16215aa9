//! Portrait's HTTP API and command line: handlers, DTOs, OpenAPI, configuration and the
//! wiring of adapters into services.

pub mod body;
pub mod cli;
pub mod closed_sets;
pub mod config;
pub mod dto;
pub mod edges;
pub mod error;
pub mod identity;
pub mod metrics;
pub mod openapi;
pub mod request_limits;
pub mod routes;
pub mod startup;
pub mod state;
pub mod telemetry;
