//! Bodies of the health probes.

use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct HealthResponse {
    #[schema(example = "ok")]
    pub status: String,
    pub version: String,
    #[schema(example = "ok")]
    pub database: String,
}
