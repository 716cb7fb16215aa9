//! The original system's match score and customer classes, with what matched kept for
//! explanation.

use serde::Serialize;

use crate::customer::CustomerClass;
use crate::tags::{TagMask, TagSet, hobbies_half, needs_half};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatchScore {
    pub needs_match: u32,
    pub hobbies_match: u32,
    pub total: u32,
    pub matched_needs: Vec<String>,
    pub matched_hobbies: Vec<String>,
}

/// needs ∩ capabilities plus hobbies ∩ hobbies, as the original system scored a pair.
#[must_use]
pub fn score_pair(needs: &TagSet, hobbies: &TagSet, capabilities: &TagSet, manager_hobbies: &TagSet) -> MatchScore {
    let matched_needs = needs.intersection(capabilities);
    let matched_hobbies = hobbies.intersection(manager_hobbies);
    let needs_match = u32::try_from(matched_needs.len()).unwrap_or(u32::MAX);
    let hobbies_match = u32::try_from(matched_hobbies.len()).unwrap_or(u32::MAX);
    MatchScore { needs_match, hobbies_match, total: needs_match + hobbies_match, matched_needs, matched_hobbies }
}

/// The same rule on masks, as runs, the greedy baseline and analytics score: shared needs
/// and shared hobbies. A test holds it equal to [`score_pair`] on the names.
#[must_use]
pub fn mask_score(customer: TagMask, manager: TagMask) -> (u32, u32) {
    let shared = customer & manager;
    (needs_half(shared).count_ones(), hobbies_half(shared).count_ones())
}

/// The total of [`mask_score`]: the number the solver maximises.
#[must_use]
pub fn match_score(customer: TagMask, manager: TagMask) -> u32 {
    // Both halves at once: the sum of the two halves' shared bits.
    (customer & manager).count_ones()
}

/// A ≥ 13, B ≥ 10, C ≥ 7, D ≥ 4, else E; one class up when needs outweigh hobbies by 2+.
#[must_use]
pub fn classify(needs_match: u32, hobbies_match: u32) -> CustomerClass {
    let total = needs_match + hobbies_match;
    let base = match total {
        13.. => CustomerClass::A,
        10..=12 => CustomerClass::B,
        7..=9 => CustomerClass::C,
        4..=6 => CustomerClass::D,
        _ => CustomerClass::E,
    };
    if needs_match >= hobbies_match + 2 { base.promoted() } else { base }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::tags::{TagKind, Vocabulary};

    fn set(list: &[&str]) -> TagSet {
        TagSet::trusted(list.iter().map(|s| (*s).to_owned()))
    }

    #[test]
    fn score_counts_shared_needs_and_shared_hobbies() {
        let s = score_pair(&set(&["loan", "tax", "savings"]), &set(&["travel", "art"]), &set(&["loan", "tax"]), &set(&["art", "wine"]));
        assert_eq!((s.needs_match, s.hobbies_match, s.total), (2, 1, 3));
        assert_eq!(s.matched_needs, vec!["loan".to_owned(), "tax".to_owned()]);
        assert_eq!(s.matched_hobbies, vec!["art".to_owned()]);
    }

    #[test]
    fn class_thresholds_follow_the_original_rule() {
        assert_eq!(classify(6, 7), CustomerClass::A);
        assert_eq!(classify(5, 7), CustomerClass::B);
        assert_eq!(classify(3, 4), CustomerClass::C);
        assert_eq!(classify(2, 2), CustomerClass::D);
        assert_eq!(classify(1, 2), CustomerClass::E);
    }

    #[test]
    fn needs_outweighing_hobbies_by_two_promotes_one_class() {
        assert_eq!(classify(4, 2), CustomerClass::C);
        assert_eq!(classify(3, 0), CustomerClass::D);
        assert_eq!(classify(2, 0), CustomerClass::D);
        assert_eq!(classify(9, 4), CustomerClass::A);
    }

    /// Full 32-tag vocabularies, and a profile as the tags whose bit is set in a random mask.
    fn vocabulary() -> Vocabulary {
        Vocabulary { needs: (0..32).map(|i| format!("n{i}")).collect(), hobbies: (0..32).map(|i| format!("h{i}")).collect() }
    }

    fn tags(names: &[String], bits: u32) -> TagSet {
        TagSet::trusted(names.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, n)| n.clone()))
    }

    proptest! {
        #[test]
        fn the_score_on_masks_is_the_score_on_names(needs in any::<u32>(), hobbies in any::<u32>(), offers in any::<u32>(), shares in any::<u32>()) {
            let v = vocabulary();
            let (needs, hobbies) = (tags(&v.needs, needs), tags(&v.hobbies, hobbies));
            let (offers, shares) = (tags(&v.needs, offers), tags(&v.hobbies, shares));
            let named = score_pair(&needs, &hobbies, &offers, &shares);
            let customer = v.mask(TagKind::Need, &needs) | v.mask(TagKind::Hobby, &hobbies);
            let manager = v.mask(TagKind::Need, &offers) | v.mask(TagKind::Hobby, &shares);
            prop_assert_eq!(mask_score(customer, manager), (named.needs_match, named.hobbies_match));
            prop_assert_eq!(match_score(customer, manager), named.total);
            // The solver's bit-plane table, which scores many managers at once.
            let table = crate::assignment::scores::ScoreTable::new(&[manager]);
            let mut lanes = vec![0u8; table.width()];
            table.scores_into(customer, &mut lanes);
            prop_assert_eq!(u32::from(lanes[0]), named.total);
        }

        #[test]
        fn a_higher_total_never_gives_a_worse_base_class(n in 0u32..10, h in 0u32..18) {
            let c = classify(n, h);
            let better = classify(n + 1, h);
            prop_assert!(better <= c);
        }

        #[test]
        fn the_score_is_symmetric_in_what_it_counts(a in proptest::collection::btree_set("[a-e]", 0..5), b in proptest::collection::btree_set("[a-e]", 0..5)) {
            let sa = TagSet::trusted(a.clone());
            let sb = TagSet::trusted(b.clone());
            let s1 = score_pair(&sa, &TagSet::default(), &sb, &TagSet::default());
            let s2 = score_pair(&sb, &TagSet::default(), &sa, &TagSet::default());
            prop_assert_eq!(s1.total, s2.total);
            prop_assert_eq!(s1.total as usize, a.intersection(&b).count());
        }
    }
}
