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

/// Implements [`ClosedSet`] for a type with an inherent `as_str` and the listed values;
/// with `parse` first, also the inherent `parse` that reads a spelling back.
#[macro_export]
macro_rules! closed_set {
    (parse $type:ty: $($value:expr),+ $(,)?) => {
        $crate::closed_set!($type: $($value),+);

        impl $type {
            /// The value with this spelling.
            #[must_use]
            pub fn parse(text: &str) -> Option<Self> {
                <Self as $crate::closed_set::ClosedSet>::ALL.iter().copied().find(|value| value.as_str() == text)
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
