//! Bodies of the tag vocabularies.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct TagsResponse {
    pub needs: Vec<String>,
    pub hobbies: Vec<String>,
    /// Manager capabilities use the needs vocabulary.
    pub capabilities: Vec<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"kind": "hobby", "name": "calligraphy"}))]
pub struct AddTagRequest {
    /// `need` or `hobby`.
    #[schema(schema_with = crate::http::closed_sets::one_of::<portrait_domain::tags::TagKind>)]
    pub kind: String,
    #[schema(schema_with = crate::http::request_limits::tag_name)]
    pub name: String,
}
