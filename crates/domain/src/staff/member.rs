//! Staff — relationship managers and administrators — as their admins see and edit them,
//! and the values that describe them: a grade, a phone number, an e-mail address.

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::organisation::UnitId;
use crate::user::{Role, UserId};

/// One manager or admin account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub id: UserId,
    pub username: String,
    pub name: String,
    pub role: Role,
    pub unit_id: UnitId,
    pub unit_code: String,
    /// A manager's grade, 1 (entry) to 9; which customers a grade may serve is the policy's.
    pub grade: Option<u8>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub active: bool,
    /// A manager whose account is active but who takes no customers.
    pub on_leave: bool,
    pub must_change_password: bool,
    /// A manager's capacity (their profile's), `None` for admins.
    pub capacity: Option<u32>,
    pub created_at: i64,
}

crate::closed_set! {
    /// Where a staff member stands: working, on leave (a manager who logs in but takes no
    /// customers), or deactivated (no login, never proposed).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum StaffStatus {
        Active = "active",
        OnLeave = "on_leave",
        Deactivated = "deactivated",
    }
}

impl StaffMember {
    #[must_use]
    pub fn status(&self) -> StaffStatus {
        match (self.active, self.on_leave) {
            (false, _) => StaffStatus::Deactivated,
            (true, true) => StaffStatus::OnLeave,
            (true, false) => StaffStatus::Active,
        }
    }
}

/// Which staff to list: all given filters hold.
#[derive(Debug, Clone, Default)]
pub struct StaffQuery {
    /// Part of the username or the name, any case.
    pub search: Option<String>,
    pub role: Option<Role>,
    pub unit_id: Option<UnitId>,
    pub active: Option<bool>,
    pub page: u64,
    pub per_page: u64,
}

/// A manager's grade: 1 to 9.
/// # Errors
/// `invalid_grade`.
pub fn grade(value: i64) -> DomainResult<u8> {
    u8::try_from(value)
        .ok()
        .filter(|g| crate::limits::GRADE.contains(&i64::from(*g)))
        .ok_or_else(|| DomainError::validation("grade", ErrorCode::InvalidGrade, "a grade is 1 to 9"))
}

/// A phone number as people write it: 3–32 digits, spaces, `+`, `-`, `(` or `)`, with digits.
/// # Errors
/// `invalid_phone`.
pub fn phone(text: &str) -> DomainResult<String> {
    let text = text.trim();
    let ok = (3..=32).contains(&text.chars().count())
        && text.chars().any(|c| c.is_ascii_digit())
        && text.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    if ok {
        Ok(text.to_owned())
    } else {
        Err(DomainError::validation("phone", ErrorCode::InvalidPhone, "a phone number is 3 to 32 digits, spaces, '+', '-', '(' or ')'"))
    }
}

/// An e-mail address: one `@` with text on both sides and a dot in the domain, at most 254
/// characters, no blanks.
/// # Errors
/// `invalid_email`.
pub fn email(text: &str) -> DomainResult<String> {
    let text = text.trim();
    let ok = text.len() <= 254
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        && text.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.contains('@') && !domain.starts_with('.') && !domain.ends_with('.')
        });
    if ok { Ok(text.to_owned()) } else { Err(DomainError::validation("email", ErrorCode::InvalidEmail, "not an e-mail address")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_details_are_checked_and_trimmed() {
        assert_eq!(phone(" +86 21-6888 8888 ").as_deref(), Ok("+86 21-6888 8888"));
        assert_eq!(email(" li.na@bank.example ").as_deref(), Ok("li.na@bank.example"));
        for bad in ["12", "call me", "+++"] {
            assert!(phone(bad).is_err(), "{bad}");
        }
        for bad in ["li.na", "@bank.cn", "li@bank", "li na@bank.cn", "li@bank.cn."] {
            assert!(email(bad).is_err(), "{bad}");
        }
        assert_eq!(grade(9), Ok(9));
        assert!(grade(0).is_err() && grade(10).is_err());
    }
}
