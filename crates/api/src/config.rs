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
    pub exchange: ExchangeSettings,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    /// Largest accepted request body in bytes.
    pub body_limit_bytes: usize,
    /// Origins allowed to call the API from a browser; empty means no cross-origin access.
    pub cors_origins: Vec<String>,
    /// The built web app; served at `/` when the directory exists.
    pub static_dir: String,
    /// Where the generated JWT secret and the default SQLite file live.
    pub data_dir: String,
    pub workers: usize,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    /// HS256 signing secret; when unset a random one is generated once into the data dir.
    pub jwt_secret: Option<String>,
    pub token_lifetime_secs: i64,
    pub bcrypt_cost: u32,
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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThrottleSettings {
    pub max_failures_per_username: u32,
    pub max_failures_per_client: u32,
    pub window_secs: i64,
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
    /// A run lock not refreshed for this long is taken over (a crashed server).
    pub stale_lock_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExchangeSettings {
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
            .set_default("auth.token_lifetime_secs", 8 * 3600)?
            .set_default("auth.bcrypt_cost", 12)?
            .set_default("throttle.max_failures_per_username", 5)?
            .set_default("throttle.max_failures_per_client", 50)?
            .set_default("throttle.window_secs", 900)?
            .set_default("database.max_connections", 8)?
            .set_default("database.acquire_timeout_secs", 5)?
            .set_default("assignment.default_capacity", 50)?
            .set_default("assignment.require_approval", false)?
            .set_default("assignment.wait_ms", 5_000)?
            .set_default("assignment.stale_lock_secs", 600)?
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
                .try_parsing(true)
                .source(environment),
        );
        let settings: Self = builder.build()?.try_deserialize()?;
        if !(4..=31).contains(&settings.auth.bcrypt_cost) {
            return Err(config::ConfigError::Message("auth.bcrypt_cost must be between 4 and 31".into()));
        }
        if !(1..=100_000).contains(&settings.exchange.batch_rows) {
            return Err(config::ConfigError::Message("exchange.batch_rows must be between 1 and 100000".into()));
        }
        if settings.auth.jwt_secret.as_ref().is_some_and(|s| s.len() < 32) {
            return Err(config::ConfigError::Message("auth.jwt_secret must be at least 32 characters".into()));
        }
        Ok(settings)
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
