//! Organisation units — head office, branches, sub-branches — and the values that name
//! them: a unique code and a display name.

use serde::Serialize;

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::limits;

/// A unit's id.
pub type UnitId = i64;

/// One unit of the bank's tree. The root (no parent) is the head office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgUnit {
    pub id: UnitId,
    pub code: String,
    pub name: String,
    pub parent_id: Option<UnitId>,
    /// 0 for the head office, 1 for a branch, and so on.
    pub depth: u32,
    /// A closed unit keeps its code and history but takes no new members or sub-units.
    pub closed: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

impl OrgUnit {
    #[must_use]
    pub fn is_root(&self) -> bool {
        self.parent_id.is_none()
    }
}

/// Which unit something belongs to, as a list shows it: its id, code and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct UnitRef {
    pub id: UnitId,
    pub code: String,
    pub name: String,
}

/// A unit with what it holds directly (not counting its sub-units).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitSummary {
    pub unit: OrgUnit,
    pub managers: u64,
    pub customers: u64,
    pub admins: u64,
    /// Seats of its active managers.
    pub capacity: u64,
    /// Customers assigned to its managers.
    pub load: u64,
}

/// A unit's code as the bank writes it (`SH`, `SH-PD-01`): 1–32 letters, digits, `-` or `_`,
/// kept in capitals so it is unique the same way on every database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitCode(String);

impl UnitCode {
    /// # Errors
    /// `invalid_unit_code` for anything else.
    pub fn parse(text: &str) -> DomainResult<Self> {
        let text = text.trim();
        let len = text.chars().count();
        if !limits::UNIT_CODE_CHARS.contains(&len) || !text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(DomainError::validation("code", ErrorCode::InvalidUnitCode, "a unit code is 1 to 32 letters, digits, '-' or '_'"));
        }
        Ok(Self(text.to_ascii_uppercase()))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A unit's name (`上海分行`): 1–100 characters without control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitName(String);

impl UnitName {
    /// # Errors
    /// `invalid_name` when empty, too long or holding control characters.
    pub fn parse(text: &str) -> DomainResult<Self> {
        let text = text.trim();
        if !limits::DISPLAY_NAME_CHARS.contains(&text.chars().count()) || text.chars().any(char::is_control) {
            return Err(DomainError::validation("name", ErrorCode::InvalidName, "a unit name is 1 to 100 characters"));
        }
        Ok(Self(text.to_owned()))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A unit to create under an open parent.
#[derive(Debug, Clone)]
pub struct NewUnit {
    pub code: UnitCode,
    pub name: UnitName,
    pub parent_id: UnitId,
}

/// The ids of `root` and every unit below it, from a list of the whole tree.
#[must_use]
pub fn subtree(units: &[OrgUnit], root: UnitId) -> Vec<UnitId> {
    let mut found = vec![root];
    let mut next = 0;
    while next < found.len() {
        let parent = found[next];
        found.extend(units.iter().filter(|u| u.parent_id == Some(parent)).map(|u| u.id));
        next += 1;
    }
    found
}

/// Whether one of `a` and `b` is the other or below it — two runs over them would touch the
/// same customers — given each unit's parent.
#[must_use]
pub fn nested(parents: &[(UnitId, Option<UnitId>)], a: UnitId, b: UnitId) -> bool {
    let up = |from: UnitId, to: UnitId| {
        let mut at = Some(from);
        // A tree's depth bounds the walk; the bound keeps a damaged table from looping.
        for _ in 0..=parents.len() {
            match at {
                Some(unit) if unit == to => return true,
                Some(unit) => at = parents.iter().find(|(id, _)| *id == unit).and_then(|(_, parent)| *parent),
                None => return false,
            }
        }
        false
    };
    up(a, b) || up(b, a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_nested_when_one_is_below_the_other_and_apart_when_on_other_branches() {
        let parents = [(1, None), (2, Some(1)), (3, Some(2)), (4, Some(1)), (5, Some(4))];
        assert!(nested(&parents, 2, 3) && nested(&parents, 3, 2) && nested(&parents, 1, 5) && nested(&parents, 4, 4));
        assert!(!nested(&parents, 2, 4) && !nested(&parents, 3, 5) && !nested(&parents, 3, 99));
    }

    fn unit(id: UnitId, parent_id: Option<UnitId>) -> OrgUnit {
        OrgUnit { id, code: format!("U{id}"), name: format!("unit {id}"), parent_id, depth: 0, closed: false, created_at: 0, updated_at: 0 }
    }

    #[test]
    fn codes_are_kept_in_capitals_and_refused_when_malformed() {
        assert_eq!(UnitCode::parse(" sh-pd_01 ").map(|c| c.0), Ok("SH-PD_01".to_owned()));
        for bad in ["", "上海", "a b", &"X".repeat(33)] {
            assert_eq!(UnitCode::parse(bad).map_err(|e| e.code()).err(), Some(ErrorCode::InvalidUnitCode), "{bad:?}");
        }
    }

    #[test]
    fn a_subtree_holds_the_unit_and_everything_below_it_only() {
        let units = [unit(1, None), unit(2, Some(1)), unit(3, Some(2)), unit(4, Some(1)), unit(5, Some(3))];
        let mut below_two = subtree(&units, 2);
        below_two.sort_unstable();
        assert_eq!(below_two, vec![2, 3, 5]);
        assert_eq!(subtree(&units, 4), vec![4]);
        assert_eq!(subtree(&units, 1).len(), 5);
    }
}
