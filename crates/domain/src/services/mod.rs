//! Use cases, one service per area, each holding the ports it needs.

pub mod analytics;
pub mod approval;
pub mod auth;
pub mod demo;
pub mod insights;
pub mod matching;
pub mod profiles;
pub mod recovery;
pub mod stamp_cache;
pub mod throttle;

pub use analytics::AnalyticsService;
pub use approval::independent_approver;
pub use auth::{AuthService, LoginOutcome, RegisterInput, RegisterOutcome};
pub use insights::InsightsService;
pub use matching::{MatchingService, MatchingSettings};
pub use profiles::{CustomerPatch, ManagerPatch, ManagerView, ProfileService};
pub use throttle::{LoginThrottle, ThrottlePolicy, registration_key, throttle_keys};
