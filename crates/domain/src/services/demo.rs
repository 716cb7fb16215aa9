//! The original system's demo accounts, and whether they still open with their published
//! passwords: the login page shows the hint only then, so a real installation never advertises
//! passwords that do not (or must not) work.

use std::sync::Mutex;

use super::AuthService;
use crate::error::DomainResult;

/// The demo admin's username and password, as in the original system.
pub const DEMO_ADMIN: (&str, &str) = ("admin", "admin123");
/// Every other demo account's password, as in the original system.
pub const DEMO_PASSWORD: &str = "123456";
/// Seconds an answer is kept: the check costs one password hash.
const RECHECK_SECS: i64 = 60;

/// The last answer and when it was found.
#[derive(Debug, Default)]
pub struct DemoCheck(Mutex<Option<(i64, bool)>>);

impl DemoCheck {
    /// Drops the last answer: a password changed on this server (another server's answer
    /// follows within a minute).
    pub fn forget(&self) {
        if let Ok(mut last) = self.0.lock() {
            *last = None;
        }
    }
}

impl AuthService {
    /// Whether the demo admin logs in with the demo password (checked at most once a minute).
    /// # Errors
    /// Storage failures.
    pub async fn demo_accounts_open(&self) -> DomainResult<bool> {
        let now = self.clock.now();
        if let Some((at, open)) = self.demo.0.lock().ok().and_then(|last| *last)
            && now - at < RECHECK_SECS
        {
            return Ok(open);
        }
        let hash = self.users.credentials(DEMO_ADMIN.0).await?.filter(|c| c.user.active).and_then(|c| c.password_hash);
        let open = match hash {
            Some(hash) => self.hasher.verify(DEMO_ADMIN.1, &hash).await?,
            None => false,
        };
        if let Ok(mut last) = self.demo.0.lock() {
            *last = Some((now, open));
        }
        Ok(open)
    }
}
