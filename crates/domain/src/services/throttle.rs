//! Throttles logins and registrations: attempts are counted per key inside sliding windows.
//!
//! An attempt is *reserved* — written under each of its keys and then counted — before the
//! password is checked or hashed, so N attempts at the same moment count N and at most the
//! limit of them get through, on one replica or many (the rows live behind the
//! [`LoginFailures`] port, a database table). A blocked attempt takes its rows back, so an
//! attacker who keeps trying cannot stretch a lockout; a failed one leaves them for the window;
//! a successful login takes its rows back and clears its own username-and-address key only.
//!
//! The keys of a login (see `docs/security.md`):
//! - `p:` the username from one address: the lockout a user sees after a few wrong passwords,
//!   which an attacker elsewhere cannot trigger;
//! - `u:` the username from every address: a slower ceiling on guesses spread over many
//!   addresses;
//! - `c:` the address, whatever the username: password spraying.
//!
//! A registration is counted under `r:` its address. IPv6 addresses count by their /64
//! network, which one client usually holds whole.

use std::net::IpAddr;
use std::sync::Arc;

use crate::error::{DomainError, DomainResult};
use crate::ports::{AttemptKey, KeyCount, LoginFailures};
use crate::user::username_key;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottlePolicy {
    /// Failed logins for one username from one address in `window_secs`.
    pub max_failures_per_username: u32,
    /// Failed logins for one username from every address together in `account_window_secs`.
    pub max_failures_per_account: u32,
    pub account_window_secs: i64,
    /// Failed logins from one address, for any usernames, in `window_secs`.
    pub max_failures_per_client: u32,
    pub window_secs: i64,
    /// Registrations (by anyone but an admin) from one address in `registration_window_secs`.
    pub max_registrations_per_client: u32,
    pub registration_window_secs: i64,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self {
            max_failures_per_username: 5,
            max_failures_per_account: 100,
            account_window_secs: 3600,
            max_failures_per_client: 50,
            window_secs: 15 * 60,
            max_registrations_per_client: 10,
            registration_window_secs: 3600,
        }
    }
}

/// Characters of a username kept in a key: no username is longer, so a longer name (which
/// can never log in) only shares its key with names that cannot either.
const USERNAME_CHARS: usize = 50;
/// Characters of an address kept in a key: the longest IPv6 text is 45.
const ADDRESS_CHARS: usize = 45;

/// The address part of a key: an IPv6 address stands for its /64 network, an IPv4-mapped one
/// for its IPv4 address; anything else (`unknown`) as it is, cut short.
fn address_key(client: &str) -> String {
    match client.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let [a, b, c, d, ..] = v6.segments();
            format!("{a:x}:{b:x}:{c:x}:{d:x}::/64")
        }
        Ok(IpAddr::V6(v6)) => v6.to_ipv4_mapped().map_or_else(|| v6.to_string(), |v4| v4.to_string()),
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Err(_) => client.chars().take(ADDRESS_CHARS).collect(),
    }
}

/// The keys a login is counted under: `[username from this address, username, address]`.
/// Usernames compare case-insensitively ([`username_key`]); every key is at most 100
/// characters, so a flood of long made-up names cannot grow the rows.
#[must_use]
pub fn throttle_keys(username: &str, client: &str) -> [String; 3] {
    let username: String = username_key(username).chars().take(USERNAME_CHARS).collect();
    let address = address_key(client);
    [format!("p:{username}|{address}"), format!("u:{username}"), format!("c:{address}")]
}

/// The key registrations from `client` are counted under.
#[must_use]
pub fn registration_key(client: &str) -> String {
    format!("r:{}", address_key(client))
}

impl ThrottlePolicy {
    /// The limit and the window of a key, by its kind.
    fn limit_of(&self, key: &str) -> (u32, i64) {
        match key.split_once(':').map(|(kind, _)| kind) {
            Some("p") => (self.max_failures_per_username, self.window_secs),
            Some("u") => (self.max_failures_per_account, self.account_window_secs),
            Some("r") => (self.max_registrations_per_client, self.registration_window_secs),
            _ => (self.max_failures_per_client, self.window_secs),
        }
    }

    /// The longest window: rows older than that count for nobody.
    fn longest_window(&self) -> i64 {
        self.window_secs.max(self.account_window_secs).max(self.registration_window_secs)
    }

    /// Seconds to wait given a reserved attempt's counts (its own row included), or `None`
    /// when no key is over its limit: when the oldest row of each key over its limit leaves
    /// the window, at least one place is free again.
    #[must_use]
    pub fn retry_after(&self, counts: &[KeyCount], now: i64) -> Option<u64> {
        counts
            .iter()
            .filter_map(|count| {
                let (limit, window) = self.limit_of(&count.key);
                (count.count > limit).then(|| u64::try_from((count.oldest + window - now).max(1)).unwrap_or(1))
            })
            .max()
    }
}

/// An attempt whose rows are written: it is settled by exactly one of
/// [`LoginThrottle::keep`] and [`LoginThrottle::succeeded`].
#[derive(Debug)]
#[must_use = "a reserved attempt is kept (a failure, a registration) or taken back (a success)"]
pub struct Reserved {
    attempt: String,
    keys: Vec<String>,
    at: i64,
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

    #[must_use]
    pub fn policy(&self) -> &ThrottlePolicy {
        &self.policy
    }

    /// Reserves a login attempt before its password is checked.
    /// # Errors
    /// `TooManyAttempts` when a key is over its limit (the attempt's rows are taken back);
    /// storage failures.
    pub async fn reserve_login(&self, username: &str, client: &str, now: i64) -> DomainResult<Reserved> {
        self.reserve(throttle_keys(username, client).into(), now).await
    }

    /// Reserves a registration before its password is hashed.
    /// # Errors
    /// `TooManyAttempts` when the address is over its limit; storage failures.
    pub async fn reserve_registration(&self, client: &str, now: i64) -> DomainResult<Reserved> {
        self.reserve(vec![registration_key(client)], now).await
    }

    async fn reserve(&self, keys: Vec<String>, now: i64) -> DomainResult<Reserved> {
        let windows: Vec<AttemptKey> =
            keys.iter().map(|key| AttemptKey { key: key.clone(), since: now - self.policy.limit_of(key).1 + 1 }).collect();
        let (attempt, counts) = self.failures.reserve(&windows, now).await?;
        let reserved = Reserved { attempt, keys, at: now };
        if let Some(retry_after_secs) = self.policy.retry_after(&counts, now) {
            self.failures.release(&reserved.attempt, &reserved.keys, reserved.at, None).await?;
            return Err(DomainError::TooManyAttempts { retry_after_secs });
        }
        Ok(reserved)
    }

    /// Keeps the attempt's rows for their windows (a failed login, a registration) and lets
    /// rows older than every window go.
    /// # Errors
    /// Storage failures.
    pub async fn keep(&self, reserved: Reserved) -> DomainResult<()> {
        self.failures.forget_before(reserved.at - self.policy.longest_window() + 1).await
    }

    /// A successful login: takes the attempt's rows back and clears the failures of its
    /// username from its address — not those of the username elsewhere nor of the address.
    /// # Errors
    /// Storage failures.
    pub async fn succeeded(&self, reserved: Reserved) -> DomainResult<()> {
        let own = reserved.keys.iter().find(|key| key.starts_with("p:")).map(String::as_str);
        self.failures.release(&reserved.attempt, &reserved.keys, reserved.at, own).await
    }
}

#[cfg(test)]
#[path = "throttle_tests.rs"]
pub(crate) mod tests;
