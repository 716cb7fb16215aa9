//! Settings: defaults, then an optional TOML file, then `PORTRAIT__SECTION__KEY`
//! environment variables. Secrets are never logged (`Debug` hides them). A setting the server
//! does not know is refused at start, so a misspelt one cannot silently do nothing.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub server: ServerSettings,
    pub auth: AuthSettings,
    pub throttle: ThrottleSettings,
    pub database: DatabaseSettings,
    pub assignment: AssignmentSettings,
    pub exchange: ExchangeSection,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    /// Largest accepted request body in bytes.
    pub body_limit_bytes: usize,
    /// Origins allowed to call the API from a browser (`scheme://host[:port]`, never `*`);
    /// empty means no cross-origin access.
    pub cors_origins: Vec<String>,
    /// The built web app; served at `/` when the directory exists.
    pub static_dir: String,
    /// Where the generated JWT secret and the default SQLite file live.
    pub data_dir: String,
    pub workers: usize,
    /// Proxies (addresses or CIDR ranges) whose `X-Forwarded-For` names the client; empty: the
    /// socket's peer is the client.
    pub trusted_proxies: crate::http::identity::TrustedProxies,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    /// HS256 signing secret; when unset a random one is generated once into the data dir.
    pub jwt_secret: Option<String>,
    pub token_lifetime_secs: i64,
    pub bcrypt_cost: u32,
}

impl AuthSettings {
    /// A configured JWT secret must be strong: see [`checks::check_jwt_secret`].
    fn check(&self) -> Result<(), config::ConfigError> {
        match &self.jwt_secret {
            Some(secret) => checks::check_jwt_secret(secret).map_err(config::ConfigError::Message),
            None => Ok(()),
        }
    }
}

impl std::fmt::Debug for AuthSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthSettings")
            .field("jwt_secret", &self.jwt_secret.as_ref().map(|_| "***"))
            .field("token_lifetime_secs", &self.token_lifetime_secs)
            .field("bcrypt_cost", &self.bcrypt_cost)
            .finish()
    }
}

/// See `portrait_domain::services::ThrottlePolicy` and docs/security.md.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThrottleSettings {
    /// Failed logins for one username from one address in `window_secs`.
    pub max_failures_per_username: u32,
    /// Failed logins for one username from every address together in `account_window_secs`.
    pub max_failures_per_account: u32,
    pub account_window_secs: i64,
    /// Failed logins from one address, any usernames, in `window_secs`.
    pub max_failures_per_client: u32,
    pub window_secs: i64,
    /// Registrations by anyone but an admin from one address in `registration_window_secs`.
    pub max_registrations_per_client: u32,
    pub registration_window_secs: i64,
}

impl ThrottleSettings {
    /// Every limit and window at least 1, and no window longer than a day.
    fn check(&self) -> Result<(), config::ConfigError> {
        let limits = [
            ("max_failures_per_username", self.max_failures_per_username),
            ("max_failures_per_account", self.max_failures_per_account),
            ("max_failures_per_client", self.max_failures_per_client),
            ("max_registrations_per_client", self.max_registrations_per_client),
        ];
        if let Some((name, _)) = limits.iter().find(|(_, limit)| *limit == 0) {
            return Err(config::ConfigError::Message(format!("throttle.{name} must be at least 1")));
        }
        let windows = [
            ("window_secs", self.window_secs),
            ("account_window_secs", self.account_window_secs),
            ("registration_window_secs", self.registration_window_secs),
        ];
        if let Some((name, _)) = windows.iter().find(|(_, secs)| !(1..=86_400).contains(secs)) {
            return Err(config::ConfigError::Message(format!("throttle.{name} must be between 1 and 86400")));
        }
        Ok(())
    }

    /// The domain's policy from these settings.
    #[must_use]
    pub fn policy(&self) -> portrait_domain::services::ThrottlePolicy {
        portrait_domain::services::ThrottlePolicy {
            max_failures_per_username: self.max_failures_per_username,
            max_failures_per_account: self.max_failures_per_account,
            account_window_secs: self.account_window_secs,
            max_failures_per_client: self.max_failures_per_client,
            window_secs: self.window_secs,
            max_registrations_per_client: self.max_registrations_per_client,
            registration_window_secs: self.registration_window_secs,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSettings {
    pub max_connections: u32,
    pub acquire_timeout_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignmentSettings {
    pub default_capacity: u32,
    /// Maker-checker: a run proposed by one admin is committed by another.
    pub require_approval: bool,
    /// How long `auto-assign` waits for a run before answering 202 (milliseconds).
    pub wait_ms: u64,
    /// A job lock whose heartbeat (every few seconds while a job runs) is older than this
    /// belongs to a process presumed dead and is taken over (at least 10).
    pub stale_lock_secs: u64,
}

/// The settings file's `[exchange]` section (the exchange service's own settings, with the
/// job lock's, are `portrait_domain::exchange::ExchangeSettings`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExchangeSection {
    /// Largest CSV upload accepted by the import endpoints, in bytes.
    pub max_upload_bytes: u64,
    /// Rows an import validates and stages at a time.
    pub batch_rows: usize,
}

impl Settings {
    /// Loads the layered settings; `file` is optional and may be missing.
    /// # Errors
    /// When the file or an environment variable does not parse.
    pub fn load(file: Option<&str>) -> Result<Self, config::ConfigError> {
        Self::load_with(file, None)
    }

    /// [`Settings::load`] with the environment taken from `environment` instead of the
    /// process's when given.
    /// # Errors
    /// When the file or an environment variable does not parse, or names an unknown setting.
    pub fn load_with(file: Option<&str>, environment: Option<config::Map<String, String>>) -> Result<Self, config::ConfigError> {
        let mut builder = config::Config::builder()
            .set_default("server.body_limit_bytes", 1_048_576)?
            .set_default("server.cors_origins", Vec::<String>::new())?
            .set_default("server.static_dir", "web/dist")?
            .set_default("server.data_dir", "data")?
            .set_default("server.workers", 0)?
            .set_default("server.trusted_proxies", Vec::<String>::new())?
            .set_default("auth.token_lifetime_secs", 8 * 3600)?
            .set_default("auth.bcrypt_cost", 12)?
            .set_default("throttle.max_failures_per_username", 5)?
            .set_default("throttle.max_failures_per_account", 100)?
            .set_default("throttle.account_window_secs", 3600)?
            .set_default("throttle.max_failures_per_client", 50)?
            .set_default("throttle.window_secs", 900)?
            .set_default("throttle.max_registrations_per_client", 10)?
            .set_default("throttle.registration_window_secs", 3600)?
            .set_default("database.max_connections", 8)?
            .set_default("database.acquire_timeout_secs", 5)?
            .set_default("assignment.default_capacity", 50)?
            .set_default("assignment.require_approval", false)?
            .set_default("assignment.wait_ms", 5_000)?
            .set_default("assignment.stale_lock_secs", 60)?
            .set_default("exchange.max_upload_bytes", 536_870_912)?
            .set_default("exchange.batch_rows", 2_000)?;
        match file {
            Some(path) => builder = builder.add_source(config::File::with_name(path).required(true)),
            None => builder = builder.add_source(config::File::with_name("portrait").required(false)),
        }
        builder = builder.add_source(
            config::Environment::with_prefix("PORTRAIT")
                .prefix_separator("__")
                .separator("__")
                .list_separator(",")
                .with_list_parse_key("server.cors_origins")
                .with_list_parse_key("server.trusted_proxies")
                .try_parsing(true)
                .source(environment),
        );
        let settings: Self = builder.build()?.try_deserialize()?;
        settings.throttle.check()?;
        if !(4..=31).contains(&settings.auth.bcrypt_cost) {
            return Err(config::ConfigError::Message("auth.bcrypt_cost must be between 4 and 31".into()));
        }
        if !(1..=100_000).contains(&settings.exchange.batch_rows) {
            return Err(config::ConfigError::Message("exchange.batch_rows must be between 1 and 100000".into()));
        }
        settings.auth.check()?;
        checks::check_cors_origins(&settings.server.cors_origins).map_err(config::ConfigError::Message)?;
        if settings.assignment.stale_lock_secs < 10 {
            return Err(config::ConfigError::Message(
                "assignment.stale_lock_secs must be at least 10: a live job refreshes its lock every few seconds".into(),
            ));
        }
        Ok(settings)
    }
}

#[path = "config_checks.rs"]
mod checks;

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
