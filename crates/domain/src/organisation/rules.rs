//! The tree's rules, checked by the adapter inside the transaction that writes: the head
//! office stays the root, a unit never goes below itself, closed units take nothing new, and
//! a unit closes only when nothing is left in it.

use super::unit::{OrgUnit, UnitId, subtree};
use crate::error::{DomainError, DomainResult, ErrorCode};

fn conflict(code: ErrorCode, message: impl Into<String>) -> DomainError {
    DomainError::Conflict { code, message: message.into() }
}

fn find(units: &[OrgUnit], id: UnitId, what: &str) -> DomainResult<OrgUnit> {
    units.iter().find(|u| u.id == id).cloned().ok_or_else(|| DomainError::NotFound(what.into()))
}

/// A parent that may take a new sub-unit or member.
/// # Errors
/// `not_found`, `unit_closed`.
pub fn check_open_parent(units: &[OrgUnit], parent: UnitId) -> DomainResult<OrgUnit> {
    let parent = find(units, parent, "parent unit")?;
    if parent.closed {
        return Err(conflict(ErrorCode::UnitClosed, format!("unit {} is closed", parent.code)));
    }
    Ok(parent)
}

/// Moving `id` under `parent`: the new depth of `id` (its sub-units follow it).
/// # Errors
/// `not_found`, `unit_is_root` (the head office has no parent), `unit_closed`, `unit_cycle`
/// (the new parent is the unit itself or below it).
pub fn check_move(units: &[OrgUnit], id: UnitId, parent: UnitId) -> DomainResult<u32> {
    let unit = find(units, id, "unit")?;
    if unit.is_root() {
        return Err(conflict(ErrorCode::UnitIsRoot, "the head office is the root of the tree and cannot move"));
    }
    if unit.closed {
        return Err(conflict(ErrorCode::UnitClosed, format!("unit {} is closed", unit.code)));
    }
    let target = check_open_parent(units, parent)?;
    if subtree(units, id).contains(&parent) {
        return Err(conflict(ErrorCode::UnitCycle, format!("unit {} cannot go under itself or one of its sub-units", unit.code)));
    }
    Ok(target.depth + 1)
}

/// Closing `unit`, which holds `members` accounts and `open_children` open sub-units.
/// # Errors
/// `unit_is_root`, `unit_closed` (already), `unit_not_empty`.
pub fn check_close(unit: &OrgUnit, members: u64, open_children: u64) -> DomainResult<()> {
    if unit.is_root() {
        return Err(conflict(ErrorCode::UnitIsRoot, "the head office cannot close"));
    }
    if unit.closed {
        return Err(conflict(ErrorCode::UnitClosed, format!("unit {} is closed already", unit.code)));
    }
    if members > 0 || open_children > 0 {
        return Err(conflict(
            ErrorCode::UnitNotEmpty,
            format!("unit {} still holds {members} accounts and {open_children} open sub-units; move them first", unit.code),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: UnitId, parent_id: Option<UnitId>, depth: u32) -> OrgUnit {
        OrgUnit { id, code: format!("U{id}"), name: String::new(), parent_id, depth, closed: false, created_at: 0, updated_at: 0 }
    }

    fn tree() -> Vec<OrgUnit> {
        vec![unit(1, None, 0), unit(2, Some(1), 1), unit(3, Some(2), 2), unit(4, Some(1), 1)]
    }

    fn code<T: std::fmt::Debug>(result: DomainResult<T>) -> Option<ErrorCode> {
        result.err().map(|e| e.code())
    }

    #[test]
    fn a_unit_moves_under_another_branch_one_level_below_it() {
        assert_eq!(check_move(&tree(), 3, 4), Ok(2));
        assert_eq!(check_move(&tree(), 2, 4), Ok(2));
    }

    #[test]
    fn a_unit_cannot_go_under_itself_or_its_own_sub_units() {
        assert_eq!(code(check_move(&tree(), 2, 2)), Some(ErrorCode::UnitCycle));
        assert_eq!(code(check_move(&tree(), 2, 3)), Some(ErrorCode::UnitCycle));
    }

    #[test]
    fn the_head_office_stays_the_root_and_closed_units_take_nothing() {
        assert_eq!(code(check_move(&tree(), 1, 4)), Some(ErrorCode::UnitIsRoot));
        let mut units = tree();
        units[3].closed = true;
        assert_eq!(code(check_move(&units, 3, 4)), Some(ErrorCode::UnitClosed));
        assert_eq!(code(check_open_parent(&units, 4)), Some(ErrorCode::UnitClosed));
        assert_eq!(code(check_move(&units, 3, 99)), Some(ErrorCode::NotFound));
    }

    #[test]
    fn only_an_empty_unit_closes() {
        let units = tree();
        assert_eq!(check_close(&units[3], 0, 0), Ok(()));
        assert_eq!(code(check_close(&units[3], 1, 0)), Some(ErrorCode::UnitNotEmpty));
        assert_eq!(code(check_close(&units[1], 0, 1)), Some(ErrorCode::UnitNotEmpty));
        assert_eq!(code(check_close(&units[0], 0, 0)), Some(ErrorCode::UnitIsRoot));
    }
}
