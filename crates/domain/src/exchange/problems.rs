//! What an import found wrong, row by row, and the report an import job leaves behind.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::runs::RunKind;
use crate::user::Role;

/// How many problems a report keeps in full; the counts stay exact beyond it.
pub const MAX_REPORTED_PROBLEMS: usize = 1_000;

/// Stable problem codes (documented in `docs/data-exchange.md`).
pub mod code {
    pub const EMPTY_FILE: &str = "empty_file";
    pub const MISSING_COLUMN: &str = "missing_column";
    pub const UNKNOWN_COLUMN: &str = "unknown_column";
    pub const DUPLICATE_COLUMN: &str = "duplicate_column";
    pub const WRONG_FIELD_COUNT: &str = "wrong_field_count";
    pub const BAD_ENCODING: &str = "bad_encoding";
    pub const EMPTY_USERNAME: &str = "empty_username";
    pub const DUPLICATE_USERNAME: &str = "duplicate_username";
    pub const ROLE_CONFLICT: &str = "role_conflict";
    pub const MISSING_VALUE: &str = "missing_value";
    pub const INVALID_VALUE: &str = "invalid_value";
    pub const TOO_LONG: &str = "too_long";
    pub const BAD_NUMBER: &str = "bad_number";
    pub const OUT_OF_RANGE: &str = "out_of_range";
    pub const UNKNOWN_TAG: &str = "unknown_tag";
    pub const TOO_MANY_TAGS: &str = "too_many_tags";
    pub const UNKNOWN_UNIT: &str = "unknown_unit";
    pub const UNIT_CLOSED: &str = "unit_closed";
    pub const UNIT_OUTSIDE_SCOPE: &str = "unit_outside_scope";
    pub const ACCOUNT_OUTSIDE_SCOPE: &str = "account_outside_scope";
}

/// One thing wrong with a file: where (line as a text editor counts it, the header being
/// line 1; the column's header name) and what (a stable code and a sentence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    pub line: u64,
    pub column: Option<String>,
    pub code: String,
    pub message: String,
}

impl RowProblem {
    #[must_use]
    pub fn new(line: u64, column: Option<&str>, code: &str, message: impl Into<String>) -> Self {
        Self { line, column: column.map(str::to_owned), code: code.to_owned(), message: message.into() }
    }
}

crate::closed_set! {
    parse
    /// Which file an import reads.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum ImportKind {
        Customers = "customers",
        Managers = "managers",
    }
}

impl ImportKind {
    /// The job kind stored with the run record.
    #[must_use]
    pub fn job_kind(self) -> RunKind {
        match self {
            Self::Customers => RunKind::ImportCustomers,
            Self::Managers => RunKind::ImportManagers,
        }
    }

    #[must_use]
    pub fn from_job_kind(kind: &str) -> Option<Self> {
        match RunKind::parse(kind)? {
            RunKind::ImportCustomers => Some(Self::Customers),
            RunKind::ImportManagers => Some(Self::Managers),
            _ => None,
        }
    }

    /// The role of the users a file holds.
    #[must_use]
    pub fn role(self) -> Role {
        match self {
            Self::Customers => Role::Customer,
            Self::Managers => Role::Manager,
        }
    }
}

crate::closed_set! {
    parse
    /// All or nothing (the default): one bad row and nothing is written. Valid rows: the good
    /// rows are written, the bad ones reported.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum ImportMode {
        #[default]
        AllOrNothing = "all_or_nothing",
        ValidRows = "valid_rows",
    }
}

/// What an import did: counts, every problem counted by code, the first problems in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub kind: ImportKind,
    pub mode: ImportMode,
    /// Data rows read (the header not counted).
    pub rows: u64,
    /// Rows that became new users.
    pub created: u64,
    /// Rows that updated existing users.
    pub updated: u64,
    /// Rows with at least one problem (never written).
    pub rejected: u64,
    pub problem_count: u64,
    pub problems_by_code: BTreeMap<String, u64>,
    /// The first problems by line, at most [`MAX_REPORTED_PROBLEMS`].
    pub problems: Vec<RowProblem>,
    /// More problems were found than `problems` holds.
    pub truncated: bool,
    /// Milliseconds spent in each phase (validate: read, check and stage every row;
    /// check: role conflicts; apply: the one transaction).
    #[serde(default)]
    pub phase_ms: Vec<(String, u64)>,
}

impl ImportReport {
    #[must_use]
    pub fn new(kind: ImportKind, mode: ImportMode) -> Self {
        Self {
            kind,
            mode,
            rows: 0,
            created: 0,
            updated: 0,
            rejected: 0,
            problem_count: 0,
            problems_by_code: BTreeMap::new(),
            problems: Vec::new(),
            truncated: false,
            phase_ms: Vec::new(),
        }
    }

    /// Records how long a phase took, from `since` to now.
    pub fn lap(&mut self, phase: &str, since: std::time::Instant) {
        self.phase_ms.push((phase.to_owned(), u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)));
    }

    /// Records the problems of one rejected row (or of the header).
    pub fn reject(&mut self, problems: Vec<RowProblem>) {
        if problems.is_empty() {
            return;
        }
        self.rejected += 1;
        for problem in problems {
            self.problem_count += 1;
            *self.problems_by_code.entry(problem.code.clone()).or_insert(0) += 1;
            self.problems.push(problem);
        }
        // Trimmed now and then rather than on every push: a million bad rows stay cheap.
        if self.problems.len() >= 2 * MAX_REPORTED_PROBLEMS {
            self.trim();
        }
    }

    /// Records problems of the file itself (its header), which reject no row in particular.
    pub fn reject_file(&mut self, problems: Vec<RowProblem>) {
        self.reject(problems);
        self.rejected = self.rejected.saturating_sub(1);
    }

    /// Counts `count` more rejected rows with one problem each that are not listed.
    pub fn reject_unlisted(&mut self, code: &str, count: u64) {
        if count == 0 {
            return;
        }
        self.rejected += count;
        self.problem_count += count;
        *self.problems_by_code.entry(code.to_owned()).or_insert(0) += count;
        self.truncated = true;
    }

    /// Problems arrive in line order, except role conflicts found once the file is read:
    /// sorts by line and keeps the first [`MAX_REPORTED_PROBLEMS`].
    pub fn finish(&mut self) {
        self.trim();
    }

    fn trim(&mut self) {
        self.problems.sort_by_key(|p| p.line);
        self.problems.truncate(MAX_REPORTED_PROBLEMS);
        self.truncated = self.problem_count > self.problems.len() as u64;
    }

    #[must_use]
    pub fn has_problems(&self) -> bool {
        self.problem_count > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_keeps_the_first_thousand_problems_by_line_and_counts_them_all() {
        let mut report = ImportReport::new(ImportKind::Customers, ImportMode::ValidRows);
        for line in (2..2_002).rev() {
            report.reject(vec![RowProblem::new(line, Some("age"), code::BAD_NUMBER, "x")]);
        }
        report.finish();
        assert_eq!(report.problem_count, 2_000);
        assert_eq!(report.rejected, 2_000);
        assert_eq!(report.problems_by_code.get("bad_number"), Some(&2_000));
        assert_eq!(report.problems.len(), MAX_REPORTED_PROBLEMS);
        assert_eq!(report.problems.first().map(|p| p.line), Some(2));
        assert!(report.truncated);
    }

    #[test]
    fn modes_and_kinds_have_stable_names() {
        assert_eq!(ImportMode::parse("valid_rows"), Some(ImportMode::ValidRows));
        assert_eq!(ImportMode::parse("partial"), None);
        assert_eq!(ImportKind::from_job_kind(ImportKind::Managers.job_kind().as_str()), Some(ImportKind::Managers));
    }
}
