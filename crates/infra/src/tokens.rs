//! JWT (HS256) bearer tokens and the revocation list kept in the database.

use async_trait::async_trait;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use portrait_domain::ErrorCode;
use portrait_domain::ports::{IssuedToken, RevokedTokens, TokenClaims, TokenIssuer};
use portrait_domain::user::{Role, UserId};
use portrait_domain::{DomainError, error::DomainResult};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use serde::{Deserialize, Serialize};

use crate::db::{Store, db_err};

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    role: String,
    exp: i64,
    iat: i64,
    jti: String,
    ver: i32,
}

pub struct JwtIssuer {
    encoding: EncodingKey,
    decoding: DecodingKey,
    lifetime_secs: i64,
}

impl JwtIssuer {
    /// # Errors
    /// `Internal` for an empty secret.
    pub fn new(secret: &[u8], lifetime_secs: i64) -> DomainResult<Self> {
        Ok(Self {
            encoding: EncodingKey::from_secret(secret).map_err(DomainError::internal)?,
            decoding: DecodingKey::from_secret(secret).map_err(DomainError::internal)?,
            lifetime_secs,
        })
    }
}

impl TokenIssuer for JwtIssuer {
    fn issue(&self, user_id: UserId, role: Role, version: i32, now: i64) -> DomainResult<IssuedToken> {
        let claims = Claims {
            sub: user_id.to_string(),
            role: role.as_str().to_owned(),
            exp: now + self.lifetime_secs,
            iat: now,
            jti: uuid::Uuid::new_v4().simple().to_string(),
            ver: version,
        };
        let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding).map_err(DomainError::internal)?;
        Ok(IssuedToken { token, claims: TokenClaims { user_id, role, jti: claims.jti, issued_at: now, expires_at: claims.exp, version } })
    }

    fn decode(&self, token: &str, now: i64) -> DomainResult<TokenClaims> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 0;
        validation.set_required_spec_claims(&["exp", "iat", "sub", "jti"]);
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation).map_err(|_| DomainError::Unauthenticated)?;
        let c = data.claims;
        if c.exp <= now {
            return Err(DomainError::Unauthenticated);
        }
        let user_id = c.sub.parse().map_err(|_| DomainError::Unauthenticated)?;
        let role = Role::parse(&c.role).map_err(|_| DomainError::Unauthenticated)?;
        Ok(TokenClaims { user_id, role, jti: c.jti, issued_at: c.iat, expires_at: c.exp, version: c.ver })
    }
}

/// Reads the token-signing secret from `path`, creating a random one there the first time
/// (readable by the owner only), so a server without a configured secret still never uses
/// a built-in one.
/// # Errors
/// When the file cannot be read or written.
pub fn load_or_create_secret(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    use rand::RngCore;
    if let Ok(existing) = std::fs::read_to_string(path) {
        let trimmed = existing.trim();
        if trimmed.len() >= 32 {
            return Ok(trimmed.as_bytes().to_vec());
        }
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut bytes = [0u8; 48];
    rand::rng().fill_bytes(&mut bytes);
    let secret: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(path, &secret)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(secret.into_bytes())
}

#[async_trait]
impl RevokedTokens for Store {
    async fn revoke(&self, jti: &str, expires_at: i64) -> DomainResult<()> {
        let now = crate::db::now();
        let mut insert = Query::insert();
        insert.into_table("revoked_tokens").columns(["jti", "user_id", "expires_at"]).values_panic([
            jti.into(),
            0i64.into(),
            expires_at.into(),
        ]);
        match self.db.execute(&insert).await.map_err(db_err) {
            // Revoking twice is revoking once.
            Ok(_) | Err(DomainError::Conflict { code: ErrorCode::Duplicate, .. }) => {}
            Err(other) => return Err(other),
        }
        // Expired entries can go: their tokens are refused by expiry alone.
        let cleanup = Query::delete().from_table("revoked_tokens").and_where(Expr::col("expires_at").lt(now)).to_owned();
        self.db.execute(&cleanup).await.map_err(db_err)?;
        Ok(())
    }

    async fn is_revoked(&self, jti: &str) -> DomainResult<bool> {
        let query = Query::select().expr(Expr::val(1)).from("revoked_tokens").and_where(Expr::col("jti").eq(jti)).to_owned();
        Ok(self.db.query_one(&query).await.map_err(db_err)?.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_round_trips_and_a_tampered_one_is_refused() -> Result<(), DomainError> {
        let issuer = JwtIssuer::new(b"0123456789abcdef0123456789abcdef", 3600)?;
        let now = crate::db::now();
        let issued = issuer.issue(7, Role::Manager, 2, now)?;
        assert_eq!(issuer.decode(&issued.token, now)?, issued.claims);
        let other = JwtIssuer::new(b"another-secret-another-secret-xx", 3600)?;
        assert!(other.decode(&issued.token, now).is_err());
        Ok(())
    }

    #[test]
    fn an_expired_token_is_refused() -> Result<(), DomainError> {
        let issuer = JwtIssuer::new(b"0123456789abcdef0123456789abcdef", 60)?;
        let issued = issuer.issue(7, Role::Admin, 0, crate::db::now() - 120)?;
        assert!(issuer.decode(&issued.token, crate::db::now()).is_err());
        Ok(())
    }
}
