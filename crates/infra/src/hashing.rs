//! bcrypt password hashing, run on the blocking pool so request workers never wait on it.

use async_trait::async_trait;
use portrait_domain::ports::PasswordHasher;
use portrait_domain::{DomainError, error::DomainResult};

#[derive(Debug, Clone, Copy)]
pub struct BcryptHasher {
    pub cost: u32,
}

#[async_trait]
impl PasswordHasher for BcryptHasher {
    async fn hash(&self, password: &str) -> DomainResult<String> {
        let password = password.to_owned();
        let cost = self.cost;
        tokio::task::spawn_blocking(move || bcrypt::hash(password, cost))
            .await
            .map_err(DomainError::internal)?
            .map_err(DomainError::internal)
    }

    async fn verify(&self, password: &str, hash: &str) -> DomainResult<bool> {
        let password = password.to_owned();
        let hash = hash.to_owned();
        tokio::task::spawn_blocking(move || bcrypt::verify(password, &hash).unwrap_or(false)).await.map_err(DomainError::internal)
    }
}
