//! The columns of each file: which an import needs, which it reads when present (the
//! unit), which only an export writes (and an import ignores, so an exported file imports
//! as it is), and the header check.

use std::collections::HashMap;

use super::problems::{ImportKind, RowProblem, code};

pub const CUSTOMER_COLUMNS: [&str; 7] = ["username", "name", "age", "occupation", "total_assets_cny", "needs", "hobbies"];
pub const CUSTOMER_EXPORT_ONLY: [&str; 5] = ["class", "segment", "manager_username", "manager_name", "match_score"];
pub const MANAGER_COLUMNS: [&str; 5] = ["username", "name", "capabilities", "hobbies", "capacity"];
/// Read when present, in customer and manager files alike: the account's unit, by code.
pub const OPTIONAL_COLUMNS: [&str; 1] = ["unit"];
pub const MANAGER_EXPORT_ONLY: [&str; 2] = ["active", "customer_count"];
pub const ASSIGNMENT_COLUMNS: [&str; 12] = [
    "customer_username",
    "customer_name",
    "manager_username",
    "manager_name",
    "score",
    "needs_match",
    "hobbies_match",
    "matched_needs",
    "matched_hobbies",
    "class",
    "reason",
    "assigned_at",
];

/// The columns an import of `kind` requires.
#[must_use]
pub fn required(kind: ImportKind) -> &'static [&'static str] {
    match kind {
        ImportKind::Customers => &CUSTOMER_COLUMNS,
        ImportKind::Managers => &MANAGER_COLUMNS,
    }
}

/// The columns an import of `kind` reads when the file has them; missing, each means
/// "as it is" (see `docs/data-exchange.md`).
#[must_use]
pub fn optional(_kind: ImportKind) -> &'static [&'static str] {
    &OPTIONAL_COLUMNS
}

/// The columns an export of `kind` writes and an import reads past.
#[must_use]
pub fn export_only(kind: ImportKind) -> &'static [&'static str] {
    match kind {
        ImportKind::Customers => &CUSTOMER_EXPORT_ONLY,
        ImportKind::Managers => &MANAGER_EXPORT_ONLY,
    }
}

/// Where each known column sits in the file's records.
#[derive(Debug, Clone)]
pub struct Columns {
    positions: HashMap<&'static str, usize>,
    width: usize,
}

impl Columns {
    /// Reads a header row (line 1). Names are compared trimmed and case-insensitively;
    /// the columns may come in any order.
    /// # Errors
    /// Every `empty_file`, `unknown_column`, `duplicate_column` and `missing_column`.
    pub fn parse(kind: ImportKind, header: &[String]) -> Result<Self, Vec<RowProblem>> {
        if header.iter().all(|h| h.trim().is_empty()) {
            return Err(vec![RowProblem::new(1, None, code::EMPTY_FILE, "the file has no header row")]);
        }
        let mut problems = Vec::new();
        let mut positions = HashMap::new();
        for (position, raw) in header.iter().enumerate() {
            let name = raw.trim().trim_start_matches('\u{feff}').to_ascii_lowercase();
            let known = required(kind).iter().chain(optional(kind)).chain(export_only(kind)).find(|c| **c == name);
            match known {
                Some(column) if positions.contains_key(column) => {
                    problems.push(RowProblem::new(1, Some(column), code::DUPLICATE_COLUMN, format!("column {column} appears twice")));
                }
                Some(column) => {
                    positions.insert(*column, position);
                }
                None => {
                    let shown: String = raw.chars().take(40).collect();
                    problems.push(RowProblem::new(1, Some(&shown), code::UNKNOWN_COLUMN, format!("unknown column \"{shown}\"")));
                }
            }
        }
        for column in required(kind) {
            if !positions.contains_key(column) {
                problems.push(RowProblem::new(1, Some(column), code::MISSING_COLUMN, format!("the header has no {column} column")));
            }
        }
        if problems.is_empty() { Ok(Self { positions, width: header.len() }) } else { Err(problems) }
    }

    /// The position of a column, `None` for an optional one the file does not have.
    #[must_use]
    pub fn position(&self, column: &str) -> Option<usize> {
        self.positions.get(column).copied()
    }

    /// How many fields every record must have.
    #[must_use]
    pub fn width(&self) -> usize {
        self.width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    fn codes(result: Result<Columns, Vec<RowProblem>>) -> Vec<(String, Option<String>)> {
        result.err().unwrap_or_default().into_iter().map(|p| (p.code, p.column)).collect()
    }

    #[test]
    fn a_header_in_any_order_and_case_with_export_only_columns_is_accepted() {
        let columns = Columns::parse(
            ImportKind::Customers,
            &header(&["Hobbies", "needs", " USERNAME ", "name", "age", "class", "occupation", "total_assets_cny"]),
        );
        let columns = columns.ok();
        assert_eq!(columns.as_ref().and_then(|c| c.position("username")), Some(2));
        assert_eq!(columns.map(|c| c.width()), Some(8));
    }

    #[test]
    fn the_unit_column_is_read_when_present_and_not_required() {
        let without = Columns::parse(ImportKind::Managers, &header(&MANAGER_COLUMNS)).ok();
        assert_eq!(without.map(|c| c.position("unit")), Some(None));
        let with = Columns::parse(ImportKind::Managers, &header(&["unit", "username", "name", "capabilities", "hobbies", "capacity"]));
        assert_eq!(with.ok().and_then(|c| c.position("unit")), Some(0));
        let twice = codes(Columns::parse(ImportKind::Customers, &header(&["Unit", "unit"])));
        assert!(twice.contains(&("duplicate_column".to_owned(), Some("unit".to_owned()))), "{twice:?}");
    }

    #[test]
    fn a_missing_column_is_reported_on_line_one_with_its_name() {
        let found = codes(Columns::parse(ImportKind::Managers, &header(&["username", "name", "capabilities", "hobbies"])));
        assert_eq!(found, vec![("missing_column".to_owned(), Some("capacity".to_owned()))]);
    }

    #[test]
    fn unknown_and_duplicate_columns_are_reported() {
        let found = codes(Columns::parse(
            ImportKind::Managers,
            &header(&["username", "name", "name", "capabilities", "hobbies", "capacity", "salary"]),
        ));
        assert_eq!(
            found,
            vec![("duplicate_column".to_owned(), Some("name".to_owned())), ("unknown_column".to_owned(), Some("salary".to_owned()))]
        );
    }

    #[test]
    fn a_file_without_a_header_is_an_empty_file() {
        assert_eq!(codes(Columns::parse(ImportKind::Customers, &header(&[""]))), vec![("empty_file".to_owned(), None)]);
    }
}
