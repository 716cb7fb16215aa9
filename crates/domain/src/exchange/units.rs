//! The units an import may place accounts in, looked up by code: the rule for the optional
//! `unit` cell. The import checks it again in the transaction that writes (a unit may close
//! while the file is read); this is the check that names the line.

use std::collections::HashMap;

use super::problems::code;
use crate::organisation::{OrgUnit, UnitId};

/// Every unit by its code (codes are kept in capitals), whether it is open, and whether it
/// is in the importing admin's part of the organisation.
#[derive(Debug, Clone, Default)]
pub struct ImportUnits {
    by_code: HashMap<String, (UnitId, bool)>,
    /// The importing admin's part; `None` for the head office.
    scope: Option<Vec<UnitId>>,
}

impl ImportUnits {
    /// The units of the organisation's tree, open and closed, of which a file may name those
    /// of `scope` only (any, without one).
    #[must_use]
    pub fn new(tree: &[OrgUnit], scope: Option<&[UnitId]>) -> Self {
        Self {
            by_code: tree.iter().map(|u| (u.code.to_ascii_uppercase(), (u.id, !u.closed))).collect(),
            scope: scope.map(<[UnitId]>::to_vec),
        }
    }

    /// The unit a (trimmed) `unit` cell names, compared case-insensitively: `None` for an
    /// empty cell, which keeps an account's unit (the head office for a new account).
    /// # Errors
    /// `unknown_unit`, `unit_closed` or `unit_outside_scope`, with a sentence naming the code.
    pub fn find(&self, cell: &str) -> Result<Option<UnitId>, (&'static str, String)> {
        let cell = cell.trim();
        if cell.is_empty() {
            return Ok(None);
        }
        let wanted = cell.to_ascii_uppercase();
        match self.by_code.get(&wanted) {
            Some((id, _)) if self.scope.as_ref().is_some_and(|scope| !scope.contains(id)) => {
                Err((code::UNIT_OUTSIDE_SCOPE, format!("unit {wanted} is outside your part of the organisation")))
            }
            Some((id, true)) => Ok(Some(*id)),
            Some(_) => Err((code::UNIT_CLOSED, format!("unit {wanted} is closed and takes no new members"))),
            None => {
                let shown: String = cell.chars().take(40).collect();
                Err((code::UNKNOWN_UNIT, format!("no unit has the code \"{shown}\"")))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: UnitId, code: &str, closed: bool) -> OrgUnit {
        OrgUnit { id, code: code.into(), name: code.into(), parent_id: None, depth: 0, closed, created_at: 0, updated_at: 0 }
    }

    #[test]
    fn a_unit_is_found_by_its_code_whatever_the_case_and_spaces() {
        let units = ImportUnits::new(&[unit(1, "HQ", false), unit(7, "GZ-TH", false)], None);
        assert_eq!(units.find(" gz-th "), Ok(Some(7)));
        assert_eq!(units.find("HQ"), Ok(Some(1)));
        assert_eq!(units.find("  "), Ok(None), "an empty cell keeps the unit");
    }

    #[test]
    fn unknown_and_closed_units_have_their_own_codes() {
        let units = ImportUnits::new(&[unit(1, "HQ", false), unit(3, "OLD", true)], None);
        assert_eq!(units.find("old").map_err(|e| e.0), Err("unit_closed"));
        assert_eq!(units.find("nowhere").map_err(|e| e.0), Err("unknown_unit"));
    }

    #[test]
    fn a_branch_admins_file_names_only_units_of_their_part() {
        let tree = [unit(1, "HQ", false), unit(2, "GZ", false), unit(3, "HZ", false)];
        let units = ImportUnits::new(&tree, Some(&[2]));
        assert_eq!(units.find("gz"), Ok(Some(2)));
        assert_eq!(units.find("HZ").map_err(|e| e.0), Err("unit_outside_scope"));
        assert_eq!(units.find("HQ").map_err(|e| e.0), Err("unit_outside_scope"), "not even the head office");
    }
}
