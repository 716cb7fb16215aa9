//! The candidate ranking: score first, then who can take the customer now, then seats left.

use super::*;
use crate::organisation::UnitRef;
use crate::tags::TagSet;

fn set(names: &[&str]) -> TagSet {
    TagSet::trusted(names.iter().map(|s| (*s).to_owned()))
}

fn unit() -> UnitRef {
    UnitRef { id: 1, code: "HQ".into(), name: "总行".into() }
}

fn customer(manager_id: Option<UserId>) -> CustomerProfile {
    CustomerProfile {
        user_id: 100,
        username: "c".into(),
        name: "客户".into(),
        age: Some(40),
        occupation: String::new(),
        total_assets: 0,
        needs: set(&["loan", "tax"]),
        hobbies: set(&["golf"]),
        class: None,
        segment: None,
        manager_id,
        manager_name: None,
        match_score: None,
        unit: unit(),
        created_at: 0,
        updated_at: 0,
    }
}

fn manager(id: UserId, capabilities: &[&str], hobbies: &[&str], capacity: u32, load: u64, active: bool) -> ManagerProfile {
    ManagerProfile {
        user_id: id,
        username: format!("m{id}"),
        name: format!("经理{id}"),
        capabilities: set(capabilities),
        hobbies: set(hobbies),
        capacity,
        active,
        customer_count: load,
        unit: unit(),
        phone: None,
        email: None,
    }
}

fn ids(c: &Candidates) -> Vec<(UserId, Availability)> {
    c.candidates.iter().map(|c| (c.manager.user_id, c.availability)).collect()
}

#[test]
fn the_best_score_comes_first_and_among_equals_who_can_take_the_customer_now() {
    let pool = vec![
        manager(1, &["loan"], &[], 10, 0, true),
        manager(2, &["loan", "tax"], &["golf"], 10, 10, true),
        manager(3, &["loan", "tax"], &["golf"], 10, 3, true),
        manager(4, &["loan", "tax"], &["golf"], 10, 0, false),
        manager(5, &["loan", "tax"], &["golf"], 10, 9, true),
    ];
    let ranked = rank(&customer(None), pool, 10);
    assert_eq!(
        ids(&ranked),
        [
            (3, Availability::Available),
            (5, Availability::Available),
            (2, Availability::Full),
            (4, Availability::NotTakingCustomers),
            (1, Availability::Available)
        ]
    );
    assert_eq!((ranked.considered, ranked.candidates[0].seats_left, ranked.candidates[0].score.total), (5, 7, 3));
    assert_eq!(ranked.candidates[0].score.matched_needs, ["loan", "tax"]);
}

#[test]
fn the_current_manager_stays_in_the_list_below_the_cut() {
    let pool = vec![manager(1, &[], &[], 10, 1, true), manager(2, &["loan"], &[], 10, 0, true), manager(3, &["tax"], &[], 10, 0, true)];
    let ranked = rank(&customer(Some(1)), pool, 2);
    assert_eq!(ids(&ranked), [(2, Availability::Available), (1, Availability::Current)]);
    assert_eq!((ranked.current_manager_id, ranked.current_score), (Some(1), Some(0)));
}

#[test]
fn a_manager_over_capacity_has_no_seat_left_and_is_full() {
    let ranked = rank(&customer(None), vec![manager(1, &["loan"], &[], 2, 5, true)], 5);
    assert_eq!((ranked.candidates[0].seats_left, ranked.candidates[0].availability), (0, Availability::Full));
}

fn org(id: UnitId, parent: Option<UnitId>, depth: u32) -> OrgUnit {
    OrgUnit { id, code: format!("U{id}"), name: String::new(), parent_id: parent, depth, closed: false, created_at: 0, updated_at: 0 }
}

#[test]
fn a_customers_branch_is_the_unit_below_the_head_office_with_everything_under_it() {
    let tree = [org(1, None, 0), org(2, Some(1), 1), org(3, Some(2), 2), org(4, Some(3), 3), org(5, Some(1), 1)];
    let mut branch = branch_of(&tree, 4).unwrap_or_default();
    branch.sort_unstable();
    assert_eq!(branch, [2, 3, 4]);
    assert_eq!(branch_of(&tree, 5), Some(vec![5]));
    assert_eq!(branch_of(&tree, 1), None, "a head-office customer: the whole bank");
}
