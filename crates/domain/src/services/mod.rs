//! Use cases, one service per area, each holding the ports it needs.

pub mod analytics;
pub mod auth;
pub mod insights;
pub mod matching;
pub mod profiles;
pub mod stamp_cache;
pub mod throttle;

pub use analytics::AnalyticsService;
pub use auth::{AuthService, LoginOutcome, RegisterInput};
pub use insights::InsightsService;
pub use matching::{MatchingService, MatchingSettings};
pub use profiles::{CustomerPatch, ManagerPatch, ManagerView, ProfileService};
pub use throttle::{LoginThrottle, ThrottlePolicy, throttle_keys};
