//! The units an import may place accounts in, looked up by code: the rule for the optional
//! `unit` cell. The import checks it again in the transaction that writes (a unit may close
//! while the file is read); this is the check that names the line.

use std::collections::HashMap;

use super::problems::code;
use crate::organisation::{OrgUnit, UnitId};

/// Every unit by its code (codes are kept in capitals), and whether it is open.
#[derive(Debug, Clone, Default)]
pub struct ImportUnits {
    by_code: HashMap<String, (UnitId, bool)>,
}

impl ImportUnits {
    /// The units of the organisation's tree, open and closed.
    #[must_use]
    pub fn new(tree: &[OrgUnit]) -> Self {
        Self { by_code: tree.iter().map(|u| (u.code.to_ascii_uppercase(), (u.id, !u.closed))).collect() }
    }

    /// The unit a (trimmed) `unit` cell names, compared case-insensitively: `None` for an
    /// empty cell, which keeps an account's unit (the head office for a new account).
    /// # Errors
    /// `unknown_unit` or `unit_closed`, with a sentence naming the code.
    pub fn find(&self, cell: &str) -> Result<Option<UnitId>, (&'static str, String)> {
        let cell = cell.trim();
        if cell.is_empty() {
            return Ok(None);
        }
        let wanted = cell.to_ascii_uppercase();
        match self.by_code.get(&wanted) {
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
        let units = ImportUnits::new(&[unit(1, "HQ", false), unit(7, "GZ-TH", false)]);
        assert_eq!(units.find(" gz-th "), Ok(Some(7)));
        assert_eq!(units.find("HQ"), Ok(Some(1)));
        assert_eq!(units.find("  "), Ok(None), "an empty cell keeps the unit");
    }

    #[test]
    fn unknown_and_closed_units_have_their_own_codes() {
        let units = ImportUnits::new(&[unit(1, "HQ", false), unit(3, "OLD", true)]);
        assert_eq!(units.find("old").map_err(|e| e.0), Err("unit_closed"));
        assert_eq!(units.find("nowhere").map_err(|e| e.0), Err("unknown_unit"));
    }
}
