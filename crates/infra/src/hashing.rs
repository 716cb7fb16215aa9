//! bcrypt password hashing, run on the blocking pool so request workers never wait on it, and
//! at most (cores − 1, at least 1) at a time, so a login storm queues for bcrypt instead of
//! taking every core from the requests that read; new hashes take one lane of that queue, so
//! a registration storm cannot queue ahead of every login.

use std::sync::OnceLock;

use async_trait::async_trait;
use portrait_domain::ports::PasswordHasher;
use portrait_domain::user::MAX_PASSWORD_BYTES;
use portrait_domain::{DomainError, error::DomainResult};
use tokio::sync::Semaphore;

#[derive(Debug, Clone, Copy)]
pub struct BcryptHasher {
    pub cost: u32,
}

/// One permit per core that bcrypt may use, shared by every hasher in the process.
fn permits() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        Semaphore::new(cores.saturating_sub(1).max(1))
    })
}

/// New hashes (registrations, password changes) queue for bcrypt one at a time: with a
/// fair queue, a login then waits behind at most one of them, however many registrations
/// arrive at once (16 parallel registrations held a login for 5.5 s when they could all
/// queue ahead of it).
fn hash_lane() -> &'static Semaphore {
    static LANE: OnceLock<Semaphore> = OnceLock::new();
    LANE.get_or_init(|| Semaphore::new(1))
}

async fn run<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> DomainResult<T> {
    let _permit = permits().acquire().await.map_err(DomainError::internal)?;
    tokio::task::spawn_blocking(work).await.map_err(DomainError::internal)
}

#[async_trait]
impl PasswordHasher for BcryptHasher {
    /// Refuses what bcrypt would cut: only the first 72 bytes of a password count.
    async fn hash(&self, password: &str) -> DomainResult<String> {
        if password.len() > MAX_PASSWORD_BYTES {
            return Err(DomainError::internal("a password over 72 bytes reached the hasher"));
        }
        let password = password.to_owned();
        let cost = self.cost;
        let _lane = hash_lane().acquire().await.map_err(DomainError::internal)?;
        run(move || bcrypt::hash(password, cost)).await?.map_err(DomainError::internal)
    }

    /// A password over 72 bytes is never right (it was never set), but is checked all the same
    /// so it takes as long as any wrong one.
    async fn verify(&self, password: &str, hash: &str) -> DomainResult<bool> {
        let fits = password.len() <= MAX_PASSWORD_BYTES;
        let password = password.to_owned();
        let hash = hash.to_owned();
        run(move || bcrypt::verify(password, &hash).unwrap_or(false) && fits).await
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[test]
    fn a_login_waits_behind_one_new_hash_not_behind_a_registration_storm() {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap_or_else(|e| panic!("{e}"));
        runtime.block_on(async {
            let hasher = BcryptHasher { cost: 10 };
            let hash = hasher.hash("a-long-passphrase").await.unwrap_or_default();
            let finished = Arc::new(AtomicUsize::new(0));
            let mut storm = Vec::new();
            for i in 0..8 {
                let finished = Arc::clone(&finished);
                storm.push(tokio::spawn(async move {
                    let _ = BcryptHasher { cost: 10 }.hash(&format!("registration-{i}")).await;
                    finished.fetch_add(1, Ordering::SeqCst);
                }));
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            assert!(hasher.verify("a-long-passphrase", &hash).await.unwrap_or(false));
            let ahead = finished.load(Ordering::SeqCst);
            for task in storm {
                let _ = task.await;
            }
            assert!(ahead <= 3, "the login waited for {ahead} of 8 registrations");
        });
    }
}
