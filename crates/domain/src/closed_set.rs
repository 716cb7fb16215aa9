//! Values drawn from a fixed list with one spelling each on the wire (roles, statuses,
//! reasons, error codes, …): the list lives with the type, and the OpenAPI document's
//! enums are read from it, so the document cannot drift from what the server sends or accepts.

/// A closed set of values and how each is spelt.
pub trait ClosedSet: Copy + 'static {
    /// Every value, in the order the document lists them.
    const ALL: &'static [Self];

    /// The value's spelling in JSON, query strings and the database.
    fn spelling(self) -> &'static str;

    /// Every accepted spelling (aliases included, where a type accepts some).
    fn spellings() -> Vec<&'static str> {
        Self::ALL.iter().map(|value| value.spelling()).collect()
    }
}

/// Declares a closed set from its one list of variants and spellings:
///
/// ```
/// portrait_domain::closed_set! {
///     /// What a run does.
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub enum Kind {
///         /// Assignment of every customer.
///         Auto = "auto",
///         Transfer = "transfer",
///     }
/// }
/// assert_eq!(Kind::Transfer.as_str(), "transfer");
/// ```
///
/// gives the enum (its attributes and its variants' attributes and doc comments kept), the
/// inherent `as_str` and the [`ClosedSet`] impl whose `ALL` lists the variants in
/// declaration order. With `parse` first (`closed_set! { parse … enum … }`) it also gives
/// the inherent `parse` that reads a spelling back; without it the type keeps its own
/// (a `parse` that answers an error, or accepts aliases).
///
/// For a set whose values are not plain variants (`ClassFilter::Is(CustomerClass::A)`),
/// `closed_set!(Type: value, …)` implements [`ClosedSet`] over the type's own `as_str`.
#[macro_export]
macro_rules! closed_set {
    (
        parse
        $(#[$attr:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_attr:meta])* $variant:ident = $spelling:literal),+ $(,)?
        }
    ) => {
        $crate::closed_set! {
            $(#[$attr])*
            $vis enum $name {
                $($(#[$variant_attr])* $variant = $spelling),+
            }
        }

        impl $name {
            /// The value with this spelling.
            #[must_use]
            pub fn parse(text: &str) -> Option<Self> {
                <Self as $crate::closed_set::ClosedSet>::ALL.iter().copied().find(|value| value.as_str() == text)
            }
        }
    };
    (
        $(#[$attr:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_attr:meta])* $variant:ident = $spelling:literal),+ $(,)?
        }
    ) => {
        $(#[$attr])*
        $vis enum $name {
            $($(#[$variant_attr])* $variant,)+
        }

        impl $name {
            /// The value's spelling in JSON, query strings and the database.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $spelling,)+
                }
            }
        }

        impl $crate::closed_set::ClosedSet for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn spelling(self) -> &'static str {
                self.as_str()
            }
        }
    };
    ($type:ty: $($value:expr),+ $(,)?) => {
        impl $crate::closed_set::ClosedSet for $type {
            const ALL: &'static [Self] = &[$($value),+];
            fn spelling(self) -> &'static str {
                <$type>::as_str(self)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::ClosedSet;

    crate::closed_set! {
        parse
        /// A set declared for the test.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        enum Weather {
            /// Documented variants keep their docs.
            Sunny = "sunny",
            #[default]
            Rain = "rain",
            HeavySnow = "heavy_snow",
        }
    }

    crate::closed_set! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Side {
            Left = "left",
            Right = "right",
        }
    }

    #[test]
    fn a_declared_set_lists_its_values_in_order_and_parses_every_spelling_back() {
        assert_eq!(Weather::ALL, [Weather::Sunny, Weather::Rain, Weather::HeavySnow]);
        assert_eq!(Weather::spellings(), ["sunny", "rain", "heavy_snow"]);
        for value in Weather::ALL {
            assert_eq!(Weather::parse(value.as_str()), Some(*value));
            assert_eq!(value.spelling(), value.as_str());
        }
        assert_eq!(Weather::parse("Sunny"), None);
        assert_eq!(Weather::parse(""), None);
        assert_eq!(Weather::default(), Weather::Rain, "variant attributes are kept");
    }

    #[test]
    fn a_set_declared_without_parse_still_spells_every_value() {
        assert_eq!(Side::ALL, [Side::Left, Side::Right]);
        assert_eq!(Side::spellings(), ["left", "right"]);
        const LEFT: &str = Side::Left.as_str();
        assert_eq!(LEFT, "left");
    }
}
