//! bcrypt password hashing, run on the blocking pool so request workers never wait on it, and
//! at most (cores − 1, at least 1) at a time, so a login storm queues for bcrypt instead of
//! taking every core from the requests that read.

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
