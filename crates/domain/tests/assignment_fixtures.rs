//! The 300 reference cases (computed by an independent solver): the exact optimum, the
//! assigned count, the capacity-free bound and the original greedy total, all reproduced.
#![allow(clippy::unwrap_used)]

use portrait_domain::assignment::{
    ManagerSlots, assign_greedy_original, assign_optimally, assign_with_certificate, capacity_free_bound, verify_certificate,
};
use serde_json::Value;

const NEEDS: [&str; 9] = ["savings", "investment", "insurance", "loan", "mortgage", "retirement", "tax", "education", "wealthManagement"];
const HOBBIES: [&str; 17] = [
    "travel",
    "sports",
    "reading",
    "music",
    "art",
    "cooking",
    "technology",
    "fitness",
    "charity",
    "investing",
    "realestate",
    "gaming",
    "gardening",
    "cars",
    "fashion",
    "photography",
    "wine",
];

struct Case {
    name: String,
    customers: Vec<u64>,
    managers: Vec<ManagerSlots>,
    optimal_total_score: u64,
    assigned_count: usize,
    capacity_free_bound: u64,
    original_greedy_total: u64,
}

fn mask(tags: &Value, vocabulary: &[&str], shift: u32) -> u64 {
    tags.as_array().unwrap().iter().fold(0, |m, tag| {
        let name = tag.as_str().unwrap();
        let bit = vocabulary.iter().position(|v| *v == name).unwrap_or_else(|| panic!("unknown tag {name}"));
        m | 1u64 << (bit as u32 + shift)
    })
}

fn number(v: &Value, key: &str) -> u64 {
    v[key].as_u64().unwrap_or_else(|| panic!("missing {key}"))
}

fn cases() -> Vec<Case> {
    let json: Value = serde_json::from_str(include_str!("fixtures/assignment_cases.json")).unwrap();
    json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|case| Case {
            name: case["name"].as_str().unwrap().to_owned(),
            customers: case["customers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| mask(&c["needs"], &NEEDS, 0) | mask(&c["hobbies"], &HOBBIES, 32))
                .collect(),
            managers: case["managers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| ManagerSlots {
                    mask: mask(&m["capabilities"], &NEEDS, 0) | mask(&m["hobbies"], &HOBBIES, 32),
                    capacity: u32::try_from(number(m, "capacity")).unwrap(),
                })
                .collect(),
            optimal_total_score: number(case, "optimal_total_score"),
            assigned_count: usize::try_from(number(case, "assigned_count")).unwrap(),
            capacity_free_bound: number(case, "capacity_free_bound"),
            original_greedy_total: number(case, "original_greedy_total"),
        })
        .collect()
}

/// Runs `check` on every case and fails listing every case it rejects.
fn every_case(check: impl Fn(&Case) -> Result<(), String>) {
    let all = cases();
    assert_eq!(all.len(), 300, "the fixture file holds 300 cases");
    let failures: Vec<String> = all.iter().filter_map(|case| check(case).err().map(|e| format!("{}: {e}", case.name))).collect();
    assert!(failures.is_empty(), "{} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_reference_optimum_is_reproduced_exactly() {
    every_case(|case| {
        let result = assign_optimally(&case.customers, &case.managers, &mut |_| {});
        if result.total_score == case.optimal_total_score {
            Ok(())
        } else {
            Err(format!("total {} but the optimum is {}", result.total_score, case.optimal_total_score))
        }
    });
}

#[test]
fn every_reference_assigned_count_is_reproduced() {
    every_case(|case| {
        let result = assign_optimally(&case.customers, &case.managers, &mut |_| {});
        let counted = result.manager_of.iter().flatten().count();
        if result.assigned == case.assigned_count && counted == case.assigned_count {
            Ok(())
        } else {
            Err(format!("assigned {} (counted {counted}) but expected {}", result.assigned, case.assigned_count))
        }
    });
}

#[test]
fn no_manager_is_over_capacity_in_any_reference_case() {
    every_case(|case| {
        let loads = assign_optimally(&case.customers, &case.managers, &mut |_| {}).loads(case.managers.len());
        match loads.iter().zip(&case.managers).position(|(&l, m)| l > m.capacity) {
            None => Ok(()),
            Some(j) => Err(format!("manager {j} holds {} of {}", loads[j], case.managers[j].capacity)),
        }
    });
}

#[test]
fn every_reference_result_carries_a_valid_optimality_certificate() {
    every_case(|case| {
        let (result, certificate) = assign_with_certificate(&case.customers, &case.managers, &mut |_| {});
        verify_certificate(&case.customers, &case.managers, &result, &certificate.prices).map_err(|e| e.to_string())
    });
}

#[test]
fn the_capacity_free_bound_matches_every_case() {
    every_case(|case| {
        let bound = capacity_free_bound(&case.customers, &case.managers);
        if bound == case.capacity_free_bound { Ok(()) } else { Err(format!("bound {bound}, expected {}", case.capacity_free_bound)) }
    });
}

#[test]
fn the_original_greedy_total_matches_every_case() {
    every_case(|case| {
        let greedy = assign_greedy_original(&case.customers, &case.managers);
        if greedy.total_score == case.original_greedy_total && greedy.assigned == case.customers.len() {
            Ok(())
        } else {
            Err(format!("greedy scored {}, the original {}", greedy.total_score, case.original_greedy_total))
        }
    });
}

#[test]
fn progress_is_reported_within_zero_and_one_and_ends_at_one() {
    let case = cases().into_iter().max_by_key(|c| c.customers.len() * c.managers.len()).unwrap();
    let mut seen = Vec::new();
    assign_optimally(&case.customers, &case.managers, &mut |f| seen.push(f));
    assert!(seen.iter().all(|f| (0.0..=1.0).contains(f)), "{seen:?}");
    assert_eq!(seen.last().copied(), Some(1.0));
}
