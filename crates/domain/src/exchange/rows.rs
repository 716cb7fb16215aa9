//! The row rules: one record's cells and the vocabulary in, a validated customer or
//! manager out — or every problem of the row. The values are the API's own types
//! (`Username`, `Age`, `TagSet`, …), so an import accepts exactly what the API accepts.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use super::cells::{parse_integer, parse_yuan, restore, split_tags};
use super::columns::Columns;
use super::problems::{ImportKind, RowProblem, code};
use super::units::ImportUnits;
use crate::customer::{Age, Assets, Occupation};
use crate::manager::ManagerCapacity;
use crate::organisation::UnitId;
use crate::tags::{TagKind, TagMask, TagSet, Vocabulary};
use crate::user::{DisplayName, Username};

/// One record as read from the file: its line (the header is line 1) and its cells.
/// `bad_utf8` lists the cells that were not valid UTF-8 (their text is lossy).
#[derive(Debug, Clone, Default)]
pub struct RawRecord {
    pub line: u64,
    pub fields: Vec<String>,
    pub bad_utf8: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerImport {
    pub age: Option<Age>,
    pub occupation: Occupation,
    pub assets: Assets,
    pub needs: TagSet,
    pub hobbies: TagSet,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManagerImport {
    pub capabilities: TagSet,
    pub hobbies: TagSet,
    pub capacity: ManagerCapacity,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportDetails {
    Customer(CustomerImport),
    Manager(ManagerImport),
}

/// A valid row, ready to be written: who, their unit, and their profile. `mask` holds the
/// tags as bits (needs or capabilities low, hobbies high) the way the store keeps them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    pub line: u64,
    pub username: Username,
    pub name: DisplayName,
    pub mask: TagMask,
    /// The unit the `unit` cell names; `None` (no column, or an empty cell) keeps an
    /// existing account's unit and puts a new one at the head office.
    pub unit: Option<UnitId>,
    pub details: ImportDetails,
}

/// Checks rows one after another, remembering usernames to catch duplicates (compared
/// case-insensitively, as MySQL compares them; a 64-bit hash and a line per row).
pub struct RowValidator {
    kind: ImportKind,
    columns: Columns,
    vocabulary: Vocabulary,
    units: ImportUnits,
    seen: HashMap<u64, u64>,
}

struct Cells<'a> {
    record: &'a RawRecord,
    columns: &'a Columns,
    problems: Vec<RowProblem>,
}

impl Cells<'_> {
    /// The trimmed text of a column, or `None` after recording `bad_encoding`.
    fn text(&mut self, column: &'static str) -> Option<&str> {
        let position = self.columns.position(column)?;
        if self.record.bad_utf8.contains(&position) {
            self.problem(column, code::BAD_ENCODING, "the cell is not valid UTF-8; save the file as UTF-8");
            return None;
        }
        self.record.fields.get(position).map(|f| restore(f.trim()))
    }

    fn problem(&mut self, column: &str, code: &str, message: impl Into<String>) {
        self.problems.push(RowProblem::new(self.record.line, Some(column), code, message));
    }

    /// A free-text cell through its value type; `too_long` and `invalid_value` as the type says.
    fn value<T>(&mut self, column: &'static str, max: usize, parse: impl Fn(&str) -> crate::error::DomainResult<T>) -> Option<T> {
        let text = self.text(column)?.to_owned();
        match parse(&text) {
            Ok(value) => Some(value),
            Err(_) if text.is_empty() => {
                self.problem(column, code::MISSING_VALUE, format!("{column} is required"));
                None
            }
            Err(_) if text.chars().count() > max => {
                self.problem(column, code::TOO_LONG, format!("{column} is longer than {max} characters"));
                None
            }
            Err(err) => {
                self.problem(column, code::INVALID_VALUE, err.to_string());
                None
            }
        }
    }

    fn integer<T>(
        &mut self,
        column: &'static str,
        optional: bool,
        build: impl Fn(i64) -> crate::error::DomainResult<T>,
    ) -> Option<Option<T>> {
        let text = self.text(column)?.to_owned();
        if text.is_empty() {
            if optional {
                return Some(None);
            }
            self.problem(column, code::MISSING_VALUE, format!("{column} is required"));
            return None;
        }
        let built = parse_integer(&text)
            .map_err(|c| (c, format!("{column} must be a whole number")))
            .and_then(|n| build(n).map_err(|e| (code::OUT_OF_RANGE, e.to_string())));
        match built {
            Ok(value) => Some(Some(value)),
            Err((code, message)) => {
                self.problem(column, code, message);
                None
            }
        }
    }

    /// The unit of an optional `unit` cell: `Some(None)` without the column or with an empty cell.
    fn unit(&mut self, units: &ImportUnits) -> Option<Option<UnitId>> {
        if self.columns.position("unit").is_none() {
            return Some(None);
        }
        match units.find(self.text("unit")?) {
            Ok(unit) => Some(unit),
            Err((code, message)) => {
                self.problem("unit", code, message);
                None
            }
        }
    }

    fn tags(&mut self, column: &'static str, kind: TagKind, vocabulary: &Vocabulary) -> Option<TagSet> {
        let names = split_tags(self.text(column)?);
        let unknown: Vec<String> =
            names.iter().filter(|n| vocabulary.position(kind, n).is_none()).map(|n| n.chars().take(40).collect()).collect();
        if !unknown.is_empty() {
            let shown = unknown.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
            self.problem(column, code::UNKNOWN_TAG, format!("unknown {} tag(s): {shown}", kind.as_str()));
            return None;
        }
        match TagSet::from_names(column, kind, &names, vocabulary) {
            Ok(set) => Some(set),
            Err(err) => {
                self.problem(column, code::TOO_MANY_TAGS, err.to_string());
                None
            }
        }
    }
}

fn username_key(username: &Username) -> u64 {
    let mut hasher = DefaultHasher::new();
    username.as_str().to_lowercase().hash(&mut hasher);
    hasher.finish()
}

impl RowValidator {
    #[must_use]
    pub fn new(kind: ImportKind, columns: Columns, vocabulary: Vocabulary, units: ImportUnits) -> Self {
        Self { kind, columns, vocabulary, units, seen: HashMap::new() }
    }

    /// Validates one record.
    /// # Errors
    /// Every problem of the row, each with its line, column and code.
    pub fn check(&mut self, record: &RawRecord) -> Result<ImportRow, Vec<RowProblem>> {
        if record.fields.len() != self.columns.width() {
            let message = format!("expected {} fields like the header, found {}", self.columns.width(), record.fields.len());
            return Err(vec![RowProblem::new(record.line, None, code::WRONG_FIELD_COUNT, message)]);
        }
        let mut cells = Cells { record, columns: &self.columns, problems: Vec::new() };
        let username = check_username(&mut self.seen, &mut cells);
        let name = cells.value("name", 100, DisplayName::parse);
        let (details, mask) = match self.kind {
            ImportKind::Customers => {
                let age = cells.integer("age", true, Age::new);
                let occupation = cells.value("occupation", 100, Occupation::parse);
                let assets = match cells.text("total_assets_cny").map(str::to_owned) {
                    Some(text) if text.is_empty() => {
                        cells.problem("total_assets_cny", code::MISSING_VALUE, "total_assets_cny is required");
                        None
                    }
                    Some(text) => match parse_yuan(&text).and_then(|fen| Assets::from_fen(fen).map_err(|_| code::OUT_OF_RANGE)) {
                        Ok(assets) => Some(assets),
                        Err(c) => {
                            cells.problem("total_assets_cny", c, "total_assets_cny is yuan, not negative, with at most two decimals");
                            None
                        }
                    },
                    None => None,
                };
                let needs = cells.tags("needs", TagKind::Need, &self.vocabulary);
                let hobbies = cells.tags("hobbies", TagKind::Hobby, &self.vocabulary);
                match (age, occupation, assets, needs, hobbies) {
                    (Some(age), Some(occupation), Some(assets), Some(needs), Some(hobbies)) => {
                        let mask = self.vocabulary.mask(TagKind::Need, &needs) | self.vocabulary.mask(TagKind::Hobby, &hobbies);
                        (Some(ImportDetails::Customer(CustomerImport { age, occupation, assets, needs, hobbies })), mask)
                    }
                    _ => (None, 0),
                }
            }
            ImportKind::Managers => {
                let capabilities = cells.tags("capabilities", TagKind::Need, &self.vocabulary);
                let hobbies = cells.tags("hobbies", TagKind::Hobby, &self.vocabulary);
                let capacity = cells.integer("capacity", false, ManagerCapacity::new).flatten();
                match (capabilities, hobbies, capacity) {
                    (Some(capabilities), Some(hobbies), Some(capacity)) => {
                        let mask = self.vocabulary.mask(TagKind::Need, &capabilities) | self.vocabulary.mask(TagKind::Hobby, &hobbies);
                        (Some(ImportDetails::Manager(ManagerImport { capabilities, hobbies, capacity })), mask)
                    }
                    _ => (None, 0),
                }
            }
        };
        let unit = cells.unit(&self.units);
        match (username, name, unit, details) {
            (Some(username), Some(name), Some(unit), Some(details)) if cells.problems.is_empty() => {
                Ok(ImportRow { line: record.line, username, name, mask, unit, details })
            }
            _ => Err(cells.problems),
        }
    }
}

fn check_username(seen: &mut HashMap<u64, u64>, cells: &mut Cells<'_>) -> Option<Username> {
    let text = cells.text("username")?.to_owned();
    if text.is_empty() {
        cells.problem("username", code::EMPTY_USERNAME, "every row needs a username");
        return None;
    }
    let username = match Username::parse(&text) {
        Ok(u) => u,
        Err(_) if text.chars().count() > 50 => {
            cells.problem("username", code::TOO_LONG, "username is longer than 50 characters");
            return None;
        }
        Err(err) => {
            cells.problem("username", code::INVALID_VALUE, err.to_string());
            return None;
        }
    };
    // The first row with a username claims it, valid or not: later rows are duplicates.
    if let Some(first) = seen.get(&username_key(&username)) {
        cells.problem("username", code::DUPLICATE_USERNAME, format!("{} is already on line {first}", username.as_str()));
        return None;
    }
    seen.insert(username_key(&username), cells.record.line);
    Some(username)
}

#[cfg(test)]
#[path = "rows_tests.rs"]
mod tests;
