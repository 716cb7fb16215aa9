//! Every limit a request's values must keep, in one place: the validation of the domain's
//! value types enforces them and the OpenAPI document states them (`minimum`, `maxLength`,
//! `pattern`, …), so the two cannot disagree.

use std::ops::RangeInclusive;

/// An adult's age in years.
pub const AGE_YEARS: RangeInclusive<i64> = 18..=120;
/// How many customers a manager may hold.
pub const CAPACITY: RangeInclusive<i64> = 0..=10_000;
/// A login name's length in characters (after trimming).
pub const USERNAME_CHARS: RangeInclusive<usize> = 3..=50;
/// The characters of a login name, as a pattern over the whole value (blanks around it are
/// trimmed before the check).
pub const USERNAME_PATTERN: &str = r"^\s*[A-Za-z0-9_.\-]{3,50}\s*$";
/// A display name's length in characters.
pub const DISPLAY_NAME_CHARS: RangeInclusive<usize> = 1..=100;
/// An occupation's length in characters.
pub const OCCUPATION_MAX_CHARS: usize = 100;
/// A new password's length in characters.
pub const PASSWORD_MIN_CHARS: usize = 8;
/// bcrypt reads no more than this many bytes of a password.
pub const PASSWORD_MAX_BYTES: usize = 72;
/// The number of segments an admin may ask for.
pub const SEGMENTS_K: RangeInclusive<i64> = 2..=20;
/// A manual change's reason, in characters (after trimming).
pub const REASON_CHARS: RangeInclusive<usize> = 1..=500;
/// A new tag's name: ASCII letters, digits or `_`, starting with a letter.
pub const TAG_NAME_PATTERN: &str = "^[A-Za-z][A-Za-z0-9_]{0,39}$";
/// A new tag's name in bytes (all ASCII).
pub const TAG_NAME_MAX_BYTES: usize = 40;

/// A manager's grade.
pub const GRADE: RangeInclusive<i64> = 1..=9;
/// An organisation unit's code in characters (after trimming).
pub const UNIT_CODE_CHARS: RangeInclusive<usize> = 1..=32;
/// The characters of a unit's code (kept in capitals), blanks around it trimmed.
pub const UNIT_CODE_PATTERN: &str = r"^\s*[A-Za-z0-9_\-]{1,32}\s*$";

/// Text that is not only blanks (a reason of spaces is no reason).
pub const NOT_BLANK_PATTERN: &str = r"\S";
