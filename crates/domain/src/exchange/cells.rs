//! One cell at a time: money in yuan with two decimals, `;`-separated tags, times in UTC,
//! and the formula guard that keeps a spreadsheet from running a cell.

use std::num::IntErrorKind;

use super::problems::code;

/// The characters that make a spreadsheet read a cell as a formula (or command).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Prefixes a cell that would start a formula with `'`, which spreadsheets show as text.
#[must_use]
pub fn neutralise(cell: String) -> String {
    if cell.starts_with(FORMULA_STARTS) { format!("'{cell}") } else { cell }
}

/// Undoes [`neutralise`], so an exported file imports to the same values.
#[must_use]
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// Fen as yuan with two decimals: `1234567` → `12345.67`.
#[must_use]
pub fn yuan(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let abs = fen.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Yuan with at most two decimals to fen, exactly (no floating point).
/// # Errors
/// `bad_number` when it is not a decimal number; `out_of_range` when negative or too large.
pub fn parse_yuan(text: &str) -> Result<i64, &'static str> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let decimal = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !decimal(whole) || !decimal(fraction) || fraction.len() > 2 || (digits.contains('.') && fraction.is_empty()) {
        return Err(code::BAD_NUMBER);
    }
    let cents = format!("{fraction:0<2}").parse::<i64>().map_err(|_| code::BAD_NUMBER)?;
    let fen = whole.parse::<i64>().ok().and_then(|w| w.checked_mul(100)).and_then(|w| w.checked_add(cents)).ok_or(code::OUT_OF_RANGE)?;
    if negative && fen > 0 {
        return Err(code::OUT_OF_RANGE);
    }
    Ok(fen)
}

/// A whole number.
/// # Errors
/// `bad_number`, or `out_of_range` past the limits of an `i64`.
pub fn parse_integer(text: &str) -> Result<i64, &'static str> {
    text.parse::<i64>().map_err(|e| match e.kind() {
        IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => code::OUT_OF_RANGE,
        _ => code::BAD_NUMBER,
    })
}

/// `loan; tax;;savings` → `["loan", "tax", "savings"]`.
#[must_use]
pub fn split_tags(cell: &str) -> Vec<String> {
    cell.split(';').map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

#[must_use]
pub fn join_tags<'a>(tags: impl IntoIterator<Item = &'a String>) -> String {
    tags.into_iter().map(String::as_str).collect::<Vec<_>>().join(";")
}

/// Unix seconds as `2026-11-30T08:05:00Z`.
#[must_use]
pub fn utc(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rest = secs.rem_euclid(86_400);
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3_600, rest % 3_600 / 60, rest % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_would_start_a_formula_are_neutralised_and_restored() {
        for cell in ["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"] {
            let safe = neutralise(cell.to_owned());
            assert!(safe.starts_with('\''), "{cell}");
            assert_eq!(restore(&safe), cell);
        }
        assert_eq!(neutralise("张三".to_owned()), "张三");
        assert_eq!(restore("'quoted"), "'quoted", "only a guard in front of a formula character is removed");
    }

    #[test]
    fn yuan_round_trips_through_fen_exactly() {
        assert_eq!(yuan(1_234_567), "12345.67");
        assert_eq!(yuan(5), "0.05");
        assert_eq!(parse_yuan("12345.67"), Ok(1_234_567));
        assert_eq!(parse_yuan("12345.6"), Ok(1_234_560));
        assert_eq!(parse_yuan("12345"), Ok(1_234_500));
        assert_eq!(parse_yuan("-0"), Ok(0));
    }

    #[test]
    fn malformed_or_negative_money_is_refused() {
        for bad in ["", "abc", "1.234", "1,000", "1.", ".5", "1e5", "¥100", "12 34"] {
            assert_eq!(parse_yuan(bad), Err(code::BAD_NUMBER), "{bad}");
        }
        assert_eq!(parse_yuan("-1"), Err(code::OUT_OF_RANGE));
        assert_eq!(parse_yuan("999999999999999999999"), Err(code::OUT_OF_RANGE));
    }

    #[test]
    fn integers_tell_bad_text_from_overflow() {
        assert_eq!(parse_integer("35"), Ok(35));
        assert_eq!(parse_integer("35.0"), Err(code::BAD_NUMBER));
        assert_eq!(parse_integer("99999999999999999999"), Err(code::OUT_OF_RANGE));
    }

    #[test]
    fn tags_split_on_semicolons_and_ignore_blanks() {
        assert_eq!(split_tags(" loan; tax;;savings "), vec!["loan", "tax", "savings"]);
        assert!(split_tags("").is_empty());
    }

    #[test]
    fn times_are_written_in_utc() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc(1_795_824_000 + 3_661), "2026-11-28T01:01:01Z");
        assert_eq!(utc(951_782_400), "2000-02-29T00:00:00Z");
    }
}
