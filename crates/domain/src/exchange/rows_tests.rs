//! The row rules, one code at a time.

use super::*;
use crate::exchange::columns::{CUSTOMER_COLUMNS, MANAGER_COLUMNS};
use crate::organisation::OrgUnit;

fn units() -> ImportUnits {
    let unit = |id, code: &str, closed| OrgUnit {
        id,
        code: code.into(),
        name: code.into(),
        parent_id: (id > 1).then_some(1),
        depth: u32::from(id > 1),
        closed,
        created_at: 0,
        updated_at: 0,
    };
    ImportUnits::new(&[unit(1, "HQ", false), unit(2, "GZ", false), unit(3, "OLD", true)], None)
}

fn validator(kind: ImportKind) -> RowValidator {
    let header: Vec<String> = match kind {
        ImportKind::Customers => CUSTOMER_COLUMNS.iter().map(|c| (*c).to_owned()).collect(),
        ImportKind::Managers => MANAGER_COLUMNS.iter().map(|c| (*c).to_owned()).collect(),
    };
    let columns = Columns::parse(kind, &header).unwrap_or_else(|p| panic!("{p:?}"));
    RowValidator::new(kind, columns, Vocabulary::defaults(), units())
}

fn record(line: u64, cells: &[&str]) -> RawRecord {
    RawRecord { line, fields: cells.iter().map(|c| (*c).to_owned()).collect(), bad_utf8: Vec::new() }
}

/// username, name, age, occupation, total_assets_cny, needs, hobbies
fn customer(line: u64, cells: [&str; 7]) -> Result<ImportRow, Vec<RowProblem>> {
    validator(ImportKind::Customers).check(&record(line, &cells))
}

fn problems(result: Result<ImportRow, Vec<RowProblem>>) -> Vec<(u64, Option<String>, String)> {
    result.err().unwrap_or_default().into_iter().map(|p| (p.line, p.column, p.code)).collect()
}

fn one(line: u64, column: &str, code: &str) -> Vec<(u64, Option<String>, String)> {
    vec![(line, Some(column.to_owned()), code.to_owned())]
}

#[test]
fn a_valid_customer_row_becomes_the_apis_own_values() {
    let row =
        customer(2, ["zhang.san", " 张三 ", "35", "工程师", "1250000.50", "loan;tax", "travel; wine"]).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!((row.line, row.username.as_str(), row.name.as_str()), (2, "zhang.san", "张三"));
    let ImportDetails::Customer(c) = row.details else { panic!("a customer") };
    assert_eq!((c.age.map(Age::years), c.assets.fen(), c.occupation.as_str()), (Some(35), 125_000_050, "工程师"));
    assert_eq!(c.needs.to_vec(), vec!["loan", "tax"]);
    assert_eq!(row.mask.count_ones(), 4, "two needs and two hobbies as bits");
}

#[test]
fn empty_age_occupation_and_tags_are_allowed() {
    assert!(customer(2, ["li.si", "李四", "", "", "0", "", ""]).is_ok());
}

#[test]
fn a_row_with_an_unknown_tag_is_reported_with_its_line_and_column() {
    let found = customer(7, ["li.si", "李四", "40", "", "10", "loan;yachts", "travel"]);
    assert_eq!(problems(found), one(7, "needs", "unknown_tag"));
    let message = customer(7, ["li.si", "李四", "40", "", "10", "", "skydiving"]).err().unwrap_or_default();
    assert!(message[0].message.contains("skydiving"), "{message:?}");
}

#[test]
fn bad_numbers_and_values_out_of_range_have_their_own_codes() {
    assert_eq!(problems(customer(3, ["li.si", "李四", "forty", "", "10", "", ""])), one(3, "age", "bad_number"));
    assert_eq!(problems(customer(3, ["li.si", "李四", "17", "", "10", "", ""])), one(3, "age", "out_of_range"));
    assert_eq!(problems(customer(3, ["li.si", "李四", "30", "", "1,000", "", ""])), one(3, "total_assets_cny", "bad_number"));
    assert_eq!(problems(customer(3, ["li.si", "李四", "30", "", "-5", "", ""])), one(3, "total_assets_cny", "out_of_range"));
}

#[test]
fn every_problem_of_a_row_is_reported_not_just_the_first() {
    let found = problems(customer(4, ["", "", "x", &"职".repeat(101), "", "nope", ""]));
    let codes: Vec<&str> = found.iter().map(|(_, _, c)| c.as_str()).collect();
    assert_eq!(codes, vec!["empty_username", "missing_value", "bad_number", "too_long", "missing_value", "unknown_tag"]);
}

#[test]
fn usernames_must_be_valid_and_not_too_long() {
    assert_eq!(problems(customer(5, ["bad name", "x", "", "", "0", "", ""])), one(5, "username", "invalid_value"));
    assert_eq!(problems(customer(5, [&"a".repeat(51), "x", "", "", "0", "", ""])), one(5, "username", "too_long"));
    assert_eq!(problems(customer(5, ["li.si", &"名".repeat(101), "", "", "0", "", ""])), one(5, "name", "too_long"));
    assert_eq!(problems(customer(5, ["li.si", "a\u{7}b", "", "", "0", "", ""])), one(5, "name", "invalid_value"));
}

#[test]
fn a_username_seen_earlier_in_the_file_is_a_duplicate_whatever_its_case() {
    let mut v = validator(ImportKind::Customers);
    assert!(v.check(&record(2, &["Wang.Wu", "王五", "", "", "0", "", ""])).is_ok());
    let again = v.check(&record(9, &["wang.wu", "王五", "", "", "0", "", ""]));
    let found = again.err().unwrap_or_default();
    assert_eq!((found[0].line, found[0].code.as_str()), (9, "duplicate_username"));
    assert!(found[0].message.contains("line 2"));
}

#[test]
fn a_row_with_the_wrong_number_of_fields_is_reported_once() {
    let mut v = validator(ImportKind::Customers);
    let found = v.check(&record(6, &["li.si", "李四"])).err().unwrap_or_default();
    assert_eq!((found.len(), found[0].code.as_str(), found[0].column.clone()), (1, "wrong_field_count", None));
}

#[test]
fn cells_that_are_not_utf8_are_bad_encoding() {
    let mut v = validator(ImportKind::Customers);
    let mut raw = record(8, &["li.si", "\u{fffd}", "", "", "0", "", ""]);
    raw.bad_utf8 = vec![1];
    assert_eq!(problems(v.check(&raw)), one(8, "name", "bad_encoding"));
}

#[test]
fn a_neutralised_formula_cell_imports_as_the_original_text() {
    let row = customer(2, ["li.si", "'=1+1", "", "'-x", "0", "", ""]).unwrap_or_else(|p| panic!("{p:?}"));
    let ImportDetails::Customer(c) = &row.details else { panic!("a customer") };
    assert_eq!((row.name.as_str(), c.occupation.as_str()), ("=1+1", "-x"));
}

#[test]
fn managers_need_a_capacity_within_limits_and_known_capabilities() {
    let mut v = validator(ImportKind::Managers);
    let ok = v.check(&record(2, &["m.chen", "陈经理", "loan;insurance", "golf", "60"]));
    assert_eq!(problems(ok), one(2, "hobbies", "unknown_tag"));
    let mut v = validator(ImportKind::Managers);
    assert_eq!(problems(v.check(&record(3, &["m.chen", "陈经理", "loan", "", "10001"]))), one(3, "capacity", "out_of_range"));
    let mut v = validator(ImportKind::Managers);
    assert_eq!(problems(v.check(&record(3, &["m.chen", "陈经理", "loan", "", ""]))), one(3, "capacity", "missing_value"));
    let mut v = validator(ImportKind::Managers);
    let row = v.check(&record(4, &["m.chen", "陈经理", "loan", "travel", "60"])).unwrap_or_else(|p| panic!("{p:?}"));
    assert!(matches!(row.details, ImportDetails::Manager(ManagerImport { capacity, .. }) if capacity.get() == 60));
}

#[test]
fn a_unit_cell_names_an_open_unit_by_code_or_keeps_the_unit_when_empty() {
    let header: Vec<String> = MANAGER_COLUMNS.iter().chain(&["unit"]).map(|c| (*c).to_owned()).collect();
    let columns = Columns::parse(ImportKind::Managers, &header).unwrap_or_else(|p| panic!("{p:?}"));
    let mut v = RowValidator::new(ImportKind::Managers, columns, Vocabulary::defaults(), units());
    let placed = v.check(&record(2, &["m.one", "一", "", "", "5", " gz "])).map(|r| r.unit);
    assert_eq!(placed, Ok(Some(2)));
    assert_eq!(v.check(&record(3, &["m.two", "二", "", "", "5", ""])).map(|r| r.unit), Ok(None));
    assert_eq!(problems(v.check(&record(4, &["m.three", "三", "", "", "5", "SH"]))), one(4, "unit", "unknown_unit"));
    assert_eq!(problems(v.check(&record(5, &["m.four", "四", "", "", "5", "old"]))), one(5, "unit", "unit_closed"));
    assert_eq!(customer(6, ["li.si", "李四", "", "", "0", "", ""]).map(|r| r.unit), Ok(None), "a file without the column");
}
