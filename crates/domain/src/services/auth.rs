//! Registration (throttled per address), login (throttled, constant-ish timing), token checks
//! and logout.

use std::sync::Arc;

use serde_json::json;

use crate::error::{DomainError, DomainResult, ErrorCode};
use crate::manager::ManagerCapacity;
use crate::organisation::{OrgUnits, admin_over};
use crate::ports::{AuditEntry, AuditLog, Clock, NewUser, PasswordHasher, RevokedTokens, TokenClaims, TokenIssuer, UserRepository};
use crate::services::throttle::LoginThrottle;
use crate::user::{Actor, DisplayName, MAX_PASSWORD_BYTES, NewPassword, Role, User, UserId, Username};

pub struct RegisterInput {
    pub username: String,
    pub password: String,
    pub name: Option<String>,
    pub role: Option<String>,
}

pub struct LoginOutcome {
    pub token: String,
    pub expires_at: i64,
    pub user: User,
}

/// A new account and, when its owner registered it themselves, their first session (as the
/// original system answered): an account an admin creates gets none, so the admin never
/// holds a session of someone else.
pub struct RegisterOutcome {
    pub user: User,
    pub session: Option<LoginOutcome>,
}

pub struct AuthService {
    pub users: Arc<dyn UserRepository>,
    pub revoked: Arc<dyn RevokedTokens>,
    pub hasher: Arc<dyn PasswordHasher>,
    pub tokens: Arc<dyn TokenIssuer>,
    pub audit: Arc<dyn AuditLog>,
    /// The organisation: a branch's admin sets passwords of their part's accounts only.
    pub units: Arc<dyn OrgUnits>,
    pub clock: Arc<dyn Clock>,
    pub throttle: LoginThrottle,
    pub default_capacity: u32,
    /// A real hash of a random password, verified against when the username is unknown
    /// so that unknown users take as long as wrong passwords.
    pub decoy_hash: String,
    /// Whether the demo accounts still open, as last checked.
    pub demo: super::demo::DemoCheck,
}

impl AuthService {
    /// Anonymous callers may create customers only; admins may create any role. Anyone but an
    /// admin is limited per client address, counted before the (slow) hash.
    /// # Errors
    /// `forbidden` for a role escalation, validation errors, `TooManyAttempts`,
    /// `UsernameTaken` (also for a name that differs from a taken one only in case).
    pub async fn register(&self, caller: Option<Actor>, input: RegisterInput, client: &str) -> DomainResult<RegisterOutcome> {
        let role = match input.role.as_deref() {
            None | Some("") => Role::Customer,
            Some(text) => Role::parse(text)?,
        };
        if role != Role::Customer && !caller.is_some_and(Actor::is_admin) {
            return Err(DomainError::forbidden("only an administrator can create managers and administrators"));
        }
        let username = Username::parse(&input.username)?;
        let password = NewPassword::parse(&input.password)?;
        let name = DisplayName::parse(input.name.as_deref().unwrap_or(username.as_str()))?;
        let capacity = ManagerCapacity::new(i64::from(self.default_capacity))?.get();
        let reserved = match caller {
            Some(actor) if actor.is_admin() => None,
            _ => Some(self.throttle.reserve_registration(client, self.clock.now()).await?),
        };
        let hash = self.hasher.hash(password.expose()).await?;
        let created = self
            .users
            .create(NewUser {
                username: username.as_str().to_owned(),
                display_name: name.as_str().to_owned(),
                password_hash: Some(hash),
                role,
                manager_capacity: capacity,
                created_by: caller.map(|c| c.id),
            })
            .await;
        // A taken username counts too: registration must not probe usernames for free.
        if let Some(reserved) = reserved {
            self.throttle.keep(reserved).await?;
        }
        let user = created?;
        self.audit
            .record(AuditEntry {
                actor_id: caller.map(|c| c.id).or(Some(user.id)),
                action: "user.register".into(),
                target: format!("user:{}", user.id),
                before: None,
                after: Some(json!({"username": user.username, "name": user.display_name, "role": user.role})),
                client: Some(client.to_owned()),
                unit_id: Some(user.unit_id),
            })
            .await?;
        if caller.is_some_and(Actor::is_admin) {
            return Ok(RegisterOutcome { user, session: None });
        }
        // The token version as login reads it, so this session ends like any other.
        let found = self.users.credentials(&user.username).await?.ok_or_else(|| DomainError::internal("registered user not found"))?;
        let session = self.open_session(found.user, found.token_version, client, self.clock.now()).await?;
        Ok(RegisterOutcome { user, session: Some(session) })
    }

    /// Issues a token for `user` and audits the login: the one way a session starts.
    async fn open_session(&self, user: User, token_version: i32, client: &str, now: i64) -> DomainResult<LoginOutcome> {
        let issued = self.tokens.issue(user.id, user.role, token_version, now)?;
        self.audit
            .record(AuditEntry {
                actor_id: Some(user.id),
                action: "auth.login".into(),
                target: format!("user:{}", user.id),
                client: Some(client.to_owned()),
                unit_id: Some(user.unit_id),
                ..AuditEntry::default()
            })
            .await?;
        Ok(LoginOutcome { token: issued.token, expires_at: issued.claims.expires_at, user })
    }

    /// The attempt is counted (reserved) before the password is checked, so parallel guesses
    /// count one each; usernames compare case-insensitively.
    /// # Errors
    /// `TooManyAttempts` when throttled, `InvalidCredentials` for any wrong username,
    /// password, inactive or password-less account — all alike.
    pub async fn login(&self, username: &str, password: &str, client: &str) -> DomainResult<LoginOutcome> {
        let now = self.clock.now();
        let username = username.trim();
        let reserved = self.throttle.reserve_login(username, client, now).await?;
        let credentials = self.users.credentials(username).await?;
        let (hash, usable) = match &credentials {
            Some(c) => match &c.password_hash {
                Some(h) => (h.as_str(), c.user.active),
                None => (self.decoy_hash.as_str(), false),
            },
            None => (self.decoy_hash.as_str(), false),
        };
        // bcrypt reads 72 bytes: a longer password was never set (it is checked all the same, so
        // it takes as long as any wrong one).
        let password_ok = self.hasher.verify(password, hash).await? && password.len() <= MAX_PASSWORD_BYTES;
        let Some(found) = credentials.filter(|_| password_ok && usable) else {
            self.throttle.keep(reserved).await?;
            self.audit
                .record(AuditEntry {
                    actor_id: None,
                    action: "auth.login_failed".into(),
                    target: format!("username:{}", username.chars().take(50).collect::<String>()),
                    client: Some(client.to_owned()),
                    ..AuditEntry::default()
                })
                .await?;
            return Err(DomainError::InvalidCredentials);
        };
        self.throttle.succeeded(reserved).await?;
        self.open_session(found.user, found.token_version, client, now).await
    }

    /// Checks a bearer token: signature, expiry, revocation, and that its user still
    /// exists, is active and has not had their tokens invalidated — and that the user need
    /// not change their password first.
    /// # Errors
    /// `Unauthenticated` for every failure of the token; `password_change_required`.
    pub async fn authenticate(&self, token: &str) -> DomainResult<(Actor, User, TokenClaims)> {
        let session = self.authenticate_session(token).await?;
        if session.1.must_change_password {
            return Err(DomainError::PasswordChangeRequired);
        }
        Ok(session)
    }

    /// [`Self::authenticate`] for what a user who must change their password may still do:
    /// check their session, change the password, log out.
    /// # Errors
    /// `Unauthenticated` for every failure.
    pub async fn authenticate_session(&self, token: &str) -> DomainResult<(Actor, User, TokenClaims)> {
        let claims = self.tokens.decode(token, self.clock.now())?;
        if self.revoked.is_revoked(&claims.jti).await? {
            return Err(DomainError::Unauthenticated);
        }
        let Some((user, version)) = self.users.session_state(claims.user_id).await? else {
            return Err(DomainError::Unauthenticated);
        };
        if !user.active || version != claims.version || user.role != claims.role {
            return Err(DomainError::Unauthenticated);
        }
        Ok((Actor::of(&user), user, claims))
    }

    /// An admin sets (or resets) a user's password, e.g. for an imported user who has none.
    /// Every session of that user ends. The password is never logged nor audited.
    /// # Errors
    /// `forbidden` unless an admin over the account's unit; `weak_password`,
    /// `password_too_long`; `not_found`.
    pub async fn set_password(&self, actor: Actor, user_id: UserId, password: &str, client: &str) -> DomainResult<User> {
        actor.require_any_admin()?;
        let password = NewPassword::parse(password)?;
        let (user, _) = self.users.session_state(user_id).await?.ok_or_else(|| DomainError::NotFound("user".into()))?;
        if !admin_over(self.units.as_ref(), actor, Some(user.unit_id)).await? {
            return Err(DomainError::forbidden("that account is outside your part of the organisation"));
        }
        let hash = self.hasher.hash(password.expose()).await?;
        if !self.users.set_password(user_id, &hash, actor.id).await? {
            return Err(DomainError::NotFound("user".into()));
        }
        self.demo.forget();
        self.audit
            .record(AuditEntry {
                actor_id: Some(actor.id),
                action: "user.password_set".into(),
                target: format!("user:{user_id}"),
                after: Some(json!({"sessions_ended": true})),
                client: Some(client.to_owned()),
                unit_id: Some(user.unit_id),
                ..AuditEntry::default()
            })
            .await?;
        Ok(user)
    }

    /// A user changes their own password: the current one is checked (and counted like a
    /// login attempt, so it cannot be guessed faster than a login), every session ends —
    /// other devices included — and this one goes on with the new token returned.
    /// # Errors
    /// `weak_password`, `password_too_long`; `wrong_password`; `too_many_attempts`.
    pub async fn change_own_password(&self, claims: &TokenClaims, current: &str, new: &str, client: &str) -> DomainResult<LoginOutcome> {
        let password = NewPassword::parse(new)?;
        let now = self.clock.now();
        let (user, _) = self.users.session_state(claims.user_id).await?.ok_or(DomainError::Unauthenticated)?;
        let reserved = self.throttle.reserve_login(&user.username, client, now).await?;
        let hash = self.users.credentials(&user.username).await?.and_then(|c| c.password_hash);
        let matches = self.hasher.verify(current, hash.as_deref().unwrap_or(&self.decoy_hash)).await?
            && hash.is_some()
            && current.len() <= MAX_PASSWORD_BYTES;
        if !matches {
            self.throttle.keep(reserved).await?;
            self.audit
                .record(AuditEntry {
                    actor_id: Some(user.id),
                    action: "user.password_change_failed".into(),
                    target: format!("user:{}", user.id),
                    client: Some(client.to_owned()),
                    unit_id: Some(user.unit_id),
                    ..AuditEntry::default()
                })
                .await?;
            return Err(DomainError::validation("current_password", ErrorCode::WrongPassword, "the current password is wrong"));
        }
        self.throttle.succeeded(reserved).await?;
        let new_hash = self.hasher.hash(password.expose()).await?;
        if !self.users.set_password(user.id, &new_hash, user.id).await? {
            return Err(DomainError::Unauthenticated);
        }
        self.demo.forget();
        self.revoked.revoke(&claims.jti, claims.expires_at).await?;
        self.audit
            .record(AuditEntry {
                actor_id: Some(user.id),
                action: "user.password_change".into(),
                target: format!("user:{}", user.id),
                after: Some(json!({"sessions_ended": true})),
                client: Some(client.to_owned()),
                unit_id: Some(user.unit_id),
                ..AuditEntry::default()
            })
            .await?;
        let (user, version) = self.users.session_state(user.id).await?.ok_or(DomainError::Unauthenticated)?;
        self.open_session(user, version, client, now).await
    }

    /// Revokes the token for good (kept until it would have expired anyway).
    /// # Errors
    /// Storage failures.
    pub async fn logout(&self, claims: &TokenClaims) -> DomainResult<()> {
        self.revoked.revoke(&claims.jti, claims.expires_at).await?;
        self.audit
            .record(AuditEntry {
                actor_id: Some(claims.user_id),
                action: "auth.logout".into(),
                target: format!("user:{}", claims.user_id),
                ..AuditEntry::default()
            })
            .await
    }
}

#[cfg(test)]
#[path = "auth_tests.rs"]
mod tests;
