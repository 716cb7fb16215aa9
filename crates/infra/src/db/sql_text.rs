//! Text for the few SQL statements built by hand: only integers are ever inlined.

/// `1,2,3` for an SQL `IN` list of ids (`NULL`, which matches nothing, for none).
pub(crate) fn id_list(ids: &[i64]) -> String {
    if ids.is_empty() { "NULL".to_owned() } else { ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",") }
}

/// `text` with the LIKE wildcards (and the escape character, `\`) escaped, to match literally.
pub(crate) fn like_literal(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}
