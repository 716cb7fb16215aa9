//! The paging query every paged list takes.

use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    /// From 1.
    #[param(schema_with = crate::http::request_limits::page)]
    pub page: Option<u64>,
    /// 1–500, default 50.
    #[param(schema_with = crate::http::request_limits::per_page)]
    pub per_page: Option<u64>,
}
