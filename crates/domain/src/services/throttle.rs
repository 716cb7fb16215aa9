//! Counts failed logins per username and per client address inside a sliding window.
//!
//! Kept in process memory: each replica throttles on its own, so N replicas allow at most
//! N times the limit — still far below what password guessing needs. Documented in
//! docs/security.md.

use std::collections::HashMap;
use std::sync::Mutex;

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

#[derive(Debug, Default)]
pub struct LoginThrottle {
    policy: ThrottlePolicy,
    failures: Mutex<HashMap<String, Vec<i64>>>,
}

impl LoginThrottle {
    #[must_use]
    pub fn new(policy: ThrottlePolicy) -> Self {
        Self { policy, failures: Mutex::new(HashMap::new()) }
    }

    fn keys(username: &str, client: &str) -> [(String, u32); 2] {
        [(format!("u:{}", username.to_lowercase()), 0), (format!("c:{client}"), 1)]
    }

    /// Seconds to wait before another attempt, if the username or the client is locked out.
    pub fn retry_after(&self, username: &str, client: &str, now: i64) -> Option<u64> {
        let mut map = self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let window = self.policy.window_secs;
        let mut wait: Option<u64> = None;
        for (key, which) in Self::keys(username, client) {
            let limit = if which == 0 { self.policy.max_failures_per_username } else { self.policy.max_failures_per_client };
            if let Some(times) = map.get_mut(&key) {
                times.retain(|t| now - t < window);
                if times.len() >= limit as usize {
                    let oldest = times.first().copied().unwrap_or(now);
                    let secs = u64::try_from((oldest + window - now).max(1)).unwrap_or(1);
                    wait = Some(wait.map_or(secs, |w| w.max(secs)));
                }
            }
        }
        if map.len() > 100_000 {
            map.retain(|_, times| times.last().is_some_and(|t| now - t < window));
        }
        wait
    }

    pub fn record_failure(&self, username: &str, client: &str, now: i64) {
        let mut map = self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        for (key, _) in Self::keys(username, client) {
            map.entry(key).or_default().push(now);
        }
    }

    pub fn record_success(&self, username: &str) {
        let mut map = self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        map.remove(&format!("u:{}", username.to_lowercase()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_attempt_within_the_window_is_throttled() {
        let t = LoginThrottle::new(ThrottlePolicy::default());
        for i in 0..5 {
            assert_eq!(t.retry_after("bob", "1.1.1.1", 100 + i), None);
            t.record_failure("bob", "1.1.1.1", 100 + i);
        }
        let wait = t.retry_after("bob", "1.1.1.1", 110);
        assert_eq!(wait, Some(900 - 10));
    }

    #[test]
    fn failures_expire_after_the_window() {
        let t = LoginThrottle::new(ThrottlePolicy::default());
        for _ in 0..5 {
            t.record_failure("bob", "ip", 0);
        }
        assert!(t.retry_after("bob", "ip", 899).is_some());
        assert_eq!(t.retry_after("bob", "ip", 900), None);
    }

    #[test]
    fn one_client_guessing_many_usernames_is_throttled_by_address() {
        let policy = ThrottlePolicy { max_failures_per_client: 3, ..ThrottlePolicy::default() };
        let t = LoginThrottle::new(policy);
        for i in 0..3 {
            t.record_failure(&format!("user{i}"), "9.9.9.9", 0);
        }
        assert!(t.retry_after("someone-else", "9.9.9.9", 1).is_some());
        assert_eq!(t.retry_after("someone-else", "8.8.8.8", 1), None);
    }
}
