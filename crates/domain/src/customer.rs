//! Customer profiles and the validated values they are made of.

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::limits;
use crate::organisation::UnitRef;
use crate::tags::TagSet;
use crate::user::UserId;

/// An adult's age in years, 18–120.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Age(u8);

impl Age {
    /// # Errors
    /// `invalid_age` outside 18..=120.
    pub fn new(years: i64) -> DomainResult<Self> {
        match u8::try_from(years) {
            Ok(y) if limits::AGE_YEARS.contains(&i64::from(y)) => Ok(Self(y)),
            _ => Err(DomainError::validation("age", ErrorCode::InvalidAge, "age must be between 18 and 120")),
        }
    }

    #[must_use]
    pub fn years(self) -> u8 {
        self.0
    }
}

/// Total assets in fen (1/100 CNY), never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Assets(i64);

impl Assets {
    /// # Errors
    /// `invalid_assets` when negative.
    pub fn from_fen(fen: i64) -> DomainResult<Self> {
        if fen < 0 {
            return Err(DomainError::validation("total_assets", ErrorCode::InvalidAssets, "total assets must be a non-negative integer"));
        }
        Ok(Self(fen))
    }

    #[must_use]
    pub fn fen(self) -> i64 {
        self.0
    }
}

/// A free-text occupation of at most 100 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occupation(String);

impl Occupation {
    /// # Errors
    /// `invalid_occupation` past 100 characters or with control characters.
    pub fn parse(text: &str) -> DomainResult<Self> {
        let text = text.trim();
        if text.chars().count() > limits::OCCUPATION_MAX_CHARS || text.chars().any(char::is_control) {
            return Err(DomainError::validation("occupation", ErrorCode::InvalidOccupation, "occupation must be at most 100 characters"));
        }
        Ok(Self(text.to_owned()))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::closed_set! {
    parse
    /// A customer's class, A (best served) to E, derived from the match with their best manager.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum CustomerClass {
        A = "A",
        B = "B",
        C = "C",
        D = "D",
        E = "E",
    }
}

impl CustomerClass {
    /// Every class, A to E (the [`ClosedSet`](crate::closed_set::ClosedSet) list, here
    /// without importing the trait).
    pub const ALL: &'static [Self] = <Self as crate::closed_set::ClosedSet>::ALL;

    /// One class better (A stays A).
    #[must_use]
    pub fn promoted(self) -> Self {
        match self {
            Self::A | Self::B => Self::A,
            Self::C => Self::B,
            Self::D => Self::C,
            Self::E => Self::D,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CustomerProfile {
    pub user_id: UserId,
    pub username: String,
    pub name: String,
    pub age: Option<u8>,
    pub occupation: String,
    pub total_assets: i64,
    pub needs: TagSet,
    pub hobbies: TagSet,
    pub class: Option<CustomerClass>,
    pub segment: Option<i32>,
    pub manager_id: Option<UserId>,
    pub manager_name: Option<String>,
    pub match_score: Option<i32>,
    /// The customer's home unit.
    pub unit: UnitRef,
    /// Unix seconds: when the profile was made, and last changed (its data or its assignment).
    pub created_at: i64,
    pub updated_at: i64,
}

/// The fields of a customer's profile a caller may change; `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct CustomerChanges {
    pub name: Option<String>,
    pub age: Option<Age>,
    pub occupation: Option<Occupation>,
    pub total_assets: Option<Assets>,
    pub needs: Option<TagSet>,
    pub hobbies: Option<TagSet>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_outside_eighteen_to_one_hundred_twenty_are_refused() {
        assert!(Age::new(17).is_err());
        assert!(Age::new(18).is_ok());
        assert!(Age::new(120).is_ok());
        assert!(Age::new(121).is_err());
        assert!(Age::new(-5).is_err());
    }

    #[test]
    fn negative_assets_are_refused() {
        assert_eq!(Assets::from_fen(-1).unwrap_err().code(), "invalid_assets");
        assert!(Assets::from_fen(0).is_ok());
    }

    #[test]
    fn occupations_longer_than_one_hundred_characters_are_refused() {
        assert!(Occupation::parse(&"医".repeat(100)).is_ok());
        assert!(Occupation::parse(&"医".repeat(101)).is_err());
    }

    #[test]
    fn promotion_moves_one_class_up_and_a_stays_a() {
        assert_eq!(CustomerClass::A.promoted(), CustomerClass::A);
        assert_eq!(CustomerClass::E.promoted(), CustomerClass::D);
    }
}
