//! Counts failed logins per username and per client address inside a sliding window.
//!
//! The failures live behind the [`LoginFailures`] port (a database table), so every replica
//! counts the same attempts: N replicas allow the limit once, not N times.

use std::sync::Arc;

use crate::error::DomainResult;
use crate::ports::LoginFailures;

#[derive(Debug, Clone, Copy)]
pub struct ThrottlePolicy {
    pub max_failures_per_username: u32,
    pub max_failures_per_client: u32,
    pub window_secs: i64,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self { max_failures_per_username: 5, max_failures_per_client: 50, window_secs: 15 * 60 }
    }
}

impl ThrottlePolicy {
    /// Seconds to wait given the failures inside the window (`(key, count, oldest)`), or
    /// `None` when neither the username nor the client has reached its limit.
    #[must_use]
    pub fn retry_after(&self, username_key: &str, recent: &[(String, u32, i64)], now: i64) -> Option<u64> {
        recent
            .iter()
            .filter(|(key, count, _)| {
                let limit = if key == username_key { self.max_failures_per_username } else { self.max_failures_per_client };
                *count >= limit
            })
            .map(|(_, _, oldest)| u64::try_from((oldest + self.window_secs - now).max(1)).unwrap_or(1))
            .max()
    }
}

/// The keys a login attempt is counted under. Usernames compare case-insensitively and both
/// keys are bounded, so a flood of long made-up names cannot grow the table's rows.
#[must_use]
pub fn throttle_keys(username: &str, client: &str) -> [String; 2] {
    let username: String = username.to_lowercase().chars().take(100).collect();
    let client: String = client.chars().take(100).collect();
    [format!("u:{username}"), format!("c:{client}")]
}

/// What the throttle found before a login attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottleCheck {
    /// Seconds to wait, if the username or the client is locked out.
    pub retry_after: Option<u64>,
    /// Whether the username has failures in the window, which a successful login clears.
    pub username_failed: bool,
}

pub struct LoginThrottle {
    policy: ThrottlePolicy,
    failures: Arc<dyn LoginFailures>,
}

impl LoginThrottle {
    #[must_use]
    pub fn new(policy: ThrottlePolicy, failures: Arc<dyn LoginFailures>) -> Self {
        Self { policy, failures }
    }

    /// The failures in the window for this username and client: whether to wait, and
    /// whether a success will have anything to clear.
    /// # Errors
    /// Storage failures.
    pub async fn check(&self, username: &str, client: &str, now: i64) -> DomainResult<ThrottleCheck> {
        let keys = throttle_keys(username, client);
        let recent = self.failures.recent(&keys, now - self.policy.window_secs + 1).await?;
        Ok(ThrottleCheck {
            retry_after: self.policy.retry_after(&keys[0], &recent, now),
            username_failed: recent.iter().any(|(key, count, _)| *key == keys[0] && *count > 0),
        })
    }

    /// # Errors
    /// Storage failures.
    pub async fn record_failure(&self, username: &str, client: &str, now: i64) -> DomainResult<()> {
        self.failures.record(&throttle_keys(username, client), now, now - self.policy.window_secs + 1).await
    }

    /// # Errors
    /// Storage failures.
    pub async fn record_success(&self, username: &str) -> DomainResult<()> {
        let [username_key, _] = throttle_keys(username, "");
        self.failures.clear(&username_key).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failures(key: &str, count: u32, oldest: i64) -> (String, u32, i64) {
        (key.to_owned(), count, oldest)
    }

    #[test]
    fn the_sixth_attempt_within_the_window_waits_until_the_oldest_failure_expires() {
        let policy = ThrottlePolicy::default();
        let [user, _] = throttle_keys("bob", "1.1.1.1");
        assert_eq!(policy.retry_after(&user, &[failures(&user, 4, 100)], 110), None);
        assert_eq!(policy.retry_after(&user, &[failures(&user, 5, 100)], 110), Some(900 - 10));
    }

    #[test]
    fn a_limit_reached_in_the_last_second_of_the_window_still_waits_a_second() {
        let policy = ThrottlePolicy::default();
        let [user, _] = throttle_keys("bob", "ip");
        assert_eq!(policy.retry_after(&user, &[failures(&user, 5, 0)], 899), Some(1));
    }

    #[test]
    fn one_client_guessing_many_usernames_is_throttled_by_address() {
        let policy = ThrottlePolicy { max_failures_per_client: 3, ..ThrottlePolicy::default() };
        let [user, client] = throttle_keys("someone-else", "9.9.9.9");
        assert_eq!(policy.retry_after(&user, &[failures(&client, 2, 0)], 1), None);
        assert!(policy.retry_after(&user, &[failures(&client, 3, 0)], 1).is_some());
    }

    #[test]
    fn usernames_are_counted_case_insensitively_and_keys_are_bounded() {
        assert_eq!(throttle_keys("Bob", "x"), throttle_keys("bOB", "x"));
        let [user, client] = throttle_keys(&"名".repeat(500), &"9".repeat(500));
        assert_eq!(user.chars().count(), 102);
        assert_eq!(client.chars().count(), 102);
    }
}
