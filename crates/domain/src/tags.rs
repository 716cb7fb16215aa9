//! Tag vocabularies (needs, hobbies) and validated sets of tags, plus their bit masks.
//!
//! Vocabularies are data: they live in the database and an admin can extend them. Each
//! tag has a stable position inside its kind; the position is its bit in a [`TagMask`],
//! needs in bits 0..32 and hobbies in bits 32..64, so a match score is one AND and one
//! POPCNT. That caps each vocabulary at 32 tags, which [`Vocabulary::can_add`] enforces.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::limits;

/// Needs in the low 32 bits, hobbies in the high 32 bits.
pub type TagMask = u64;

pub const MAX_TAGS_PER_KIND: usize = HALF_BITS as usize;

/// A [`TagMask`]'s layout: needs (a manager's capabilities) in the low half, hobbies in the
/// high half, one bit per vocabulary position. Only [`needs_half`], [`hobbies_half`],
/// [`from_halves`] and [`TagKind`]'s bit positions know it.
pub const HALF_BITS: u32 = 32;

/// The needs (capabilities) half of a mask.
#[must_use]
pub fn needs_half(mask: TagMask) -> u32 {
    (mask & u64::from(u32::MAX)) as u32
}

/// The hobbies half of a mask.
#[must_use]
pub fn hobbies_half(mask: TagMask) -> u32 {
    (mask >> HALF_BITS) as u32
}

/// A mask from its two halves.
#[must_use]
pub fn from_halves(needs: u32, hobbies: u32) -> TagMask {
    u64::from(needs) | (u64::from(hobbies) << HALF_BITS)
}
pub const MAX_TAGS_PER_SET: usize = 50;

crate::closed_set! {
    parse
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum TagKind {
        /// A financial need of a customer; also the vocabulary of manager capabilities.
        Need = "need",
        Hobby = "hobby",
    }
}

impl TagKind {
    fn shift(self) -> u32 {
        match self {
            Self::Need => 0,
            Self::Hobby => HALF_BITS,
        }
    }
}

/// The original system's vocabularies, installed by the first migration.
pub const DEFAULT_NEEDS: [&str; 9] =
    ["savings", "investment", "insurance", "loan", "mortgage", "retirement", "tax", "education", "wealthManagement"];
pub const DEFAULT_HOBBIES: [&str; 17] = [
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

/// Both vocabularies in position order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Vocabulary {
    pub needs: Vec<String>,
    pub hobbies: Vec<String>,
}

impl Vocabulary {
    #[must_use]
    pub fn defaults() -> Self {
        Self {
            needs: DEFAULT_NEEDS.iter().map(|s| (*s).to_owned()).collect(),
            hobbies: DEFAULT_HOBBIES.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[must_use]
    pub fn of(&self, kind: TagKind) -> &[String] {
        match kind {
            TagKind::Need => &self.needs,
            TagKind::Hobby => &self.hobbies,
        }
    }

    #[must_use]
    pub fn position(&self, kind: TagKind, name: &str) -> Option<usize> {
        self.of(kind).iter().position(|t| t == name)
    }

    /// # Errors
    /// `invalid_tag` for a malformed name, `tag_exists` for a duplicate, `vocabulary_full` past 32 tags.
    pub fn can_add(&self, kind: TagKind, name: &str) -> DomainResult<()> {
        let ok = !name.is_empty()
            && name.len() <= limits::TAG_NAME_MAX_BYTES
            && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ok {
            return Err(DomainError::validation(
                "name",
                ErrorCode::InvalidTag,
                "a tag name is 1-40 ASCII letters, digits or '_', starting with a letter",
            ));
        }
        if self.position(kind, name).is_some() {
            return Err(DomainError::Conflict { code: ErrorCode::TagExists, message: format!("tag {name} already exists") });
        }
        if self.of(kind).len() >= MAX_TAGS_PER_KIND {
            return Err(DomainError::Conflict {
                code: ErrorCode::VocabularyFull,
                message: format!("a vocabulary holds at most {MAX_TAGS_PER_KIND} tags"),
            });
        }
        Ok(())
    }

    /// The bits of a set of tags of one kind.
    #[must_use]
    pub fn mask(&self, kind: TagKind, tags: &TagSet) -> TagMask {
        tags.iter().filter_map(|t| self.position(kind, t)).fold(0, |mask, pos| mask | (1u64 << (pos as u32 + kind.shift())))
    }

    /// The tag names whose bits are set in `mask` for one kind, in vocabulary order.
    #[must_use]
    pub fn names(&self, kind: TagKind, mask: TagMask) -> Vec<String> {
        self.of(kind)
            .iter()
            .enumerate()
            .filter(|(pos, _)| mask & (1u64 << (*pos as u32 + kind.shift())) != 0)
            .map(|(_, t)| t.clone())
            .collect()
    }
}

/// A validated set of tags of one kind: each exists in the vocabulary, duplicates folded,
/// at most 50.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TagSet(BTreeSet<String>);

impl TagSet {
    /// # Errors
    /// `unknown_tag` naming the first tag not in the vocabulary; `too_many_tags` past 50.
    pub fn from_names(field: &str, kind: TagKind, names: &[String], vocabulary: &Vocabulary) -> DomainResult<Self> {
        let set: BTreeSet<String> = names.iter().map(|n| n.trim().to_owned()).collect();
        if set.len() > MAX_TAGS_PER_SET {
            return Err(DomainError::validation(field, ErrorCode::TooManyTags, format!("at most {MAX_TAGS_PER_SET} tags")));
        }
        if let Some(unknown) = set.iter().find(|n| vocabulary.position(kind, n).is_none()) {
            return Err(DomainError::validation(
                field,
                ErrorCode::UnknownTag,
                format!("unknown {} tag: {}", kind.as_str(), unknown.chars().take(60).collect::<String>()),
            ));
        }
        Ok(Self(set))
    }

    /// Tags already known to be valid (read back from storage).
    #[must_use]
    pub fn trusted<I: IntoIterator<Item = String>>(names: I) -> Self {
        Self(names.into_iter().collect())
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter()
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    #[must_use]
    pub fn to_vec(&self) -> Vec<String> {
        self.0.iter().cloned().collect()
    }

    #[must_use]
    pub fn intersection(&self, other: &Self) -> Vec<String> {
        self.0.intersection(&other.0).cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn duplicate_tags_are_folded() {
        let v = Vocabulary::defaults();
        let set = TagSet::from_names("needs", TagKind::Need, &names(&["loan", "loan", "tax"]), &v);
        assert_eq!(set.map(|s| s.len()), Ok(2));
    }

    #[test]
    fn unknown_tags_are_refused_with_a_stable_code() {
        let v = Vocabulary::defaults();
        let err = TagSet::from_names("needs", TagKind::Need, &names(&["travel"]), &v).unwrap_err();
        assert_eq!(err.code(), "unknown_tag");
    }

    #[test]
    fn more_than_fifty_tags_are_refused() {
        let v = Vocabulary::defaults();
        let many: Vec<String> = (0..51).map(|i| format!("t{i}")).collect();
        assert_eq!(TagSet::from_names("hobbies", TagKind::Hobby, &many, &v).unwrap_err().code(), "too_many_tags");
    }

    #[test]
    fn needs_and_hobbies_occupy_separate_halves_of_the_mask() {
        let v = Vocabulary::defaults();
        let needs = TagSet::trusted(names(&["savings", "tax"]));
        let hobbies = TagSet::trusted(names(&["travel"]));
        assert_eq!(v.mask(TagKind::Need, &needs), 0b100_0001);
        assert_eq!(v.mask(TagKind::Hobby, &hobbies), 1u64 << 32);
        assert_eq!(v.names(TagKind::Need, 0b100_0001), names(&["savings", "tax"]));
    }

    #[test]
    fn a_vocabulary_stops_at_thirty_two_tags() {
        let mut v = Vocabulary::defaults();
        v.needs = (0..32).map(|i| format!("n{i}")).collect();
        assert_eq!(v.can_add(TagKind::Need, "extra").unwrap_err().code(), "vocabulary_full");
        assert!(v.can_add(TagKind::Hobby, "sailing").is_ok());
        assert_eq!(v.can_add(TagKind::Hobby, "travel").unwrap_err().code(), "tag_exists");
    }
}
