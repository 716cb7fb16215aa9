//! Use cases, one service per area, each holding the ports it needs.

pub mod auth;
pub mod profiles;
pub mod throttle;

pub use auth::{AuthService, LoginOutcome, RegisterInput};
pub use profiles::{CustomerPatch, ManagerPatch, ManagerView, ProfileService};
pub use throttle::{LoginThrottle, ThrottlePolicy};
